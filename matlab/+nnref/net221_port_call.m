function result = net221_port_call(name, nout, varargin)
  % NET221_PORT_CALL  Call a function of a port under test, catching its errors and output.
  %   result = nnref.net221_port_call(name, nout, arg1, arg2, ...) calls
  %   name(arg1, arg2, ...) with nout outputs (0 allowed) and returns a struct:
  %   ok (true when it returned), outputs (1 x nout cell), identifier and message
  %   (of its error, '' when ok) and printed (what it printed, captured by evalc, so a
  %   port's disp/fprintf never reaches the checker's stdout). Used by the port checker
  %   (nnref check-port net221) on a neutralised copy of the port.
  %   Python twin: nnref.ports.net221.port_call (which calls this in a fresh Octave).
  %   Example: r = nnref.net221_port_call('max', 2, [3 9 4]);  % r.outputs = {9, 2}
  result = struct('ok', false, 'identifier', '', 'message', '', 'printed', '');
  outputs = cell(1, nout);
  try
    if nout > 0
      result.printed = evalc('[outputs{:}] = feval(name, varargin{:});');
    else
      result.printed = evalc('feval(name, varargin{:});');
    end
    result.ok = true;
  catch err
    result.identifier = err.identifier;
    result.message = err.message;
  end
  result.outputs = outputs;
end

%!test
%! r = nnref.net221_port_call ('max', 2, [3 9 4]);
%! assert (r.ok);
%! assert (r.outputs, {9, 2});
%!test
%! r = nnref.net221_port_call ('disp', 0, 'hello');
%! assert (r.ok);
%! assert (strtrim (r.printed), 'hello');
%!test
%! r = nnref.net221_port_call ('error', 0, 'port:failed', 'it failed');
%! assert (r.ok, false);
%! assert (r.identifier, 'port:failed');
%! assert (r.message, 'it failed');
