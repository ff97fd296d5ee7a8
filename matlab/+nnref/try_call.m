function results = try_call(name, nout, calls)
  % TRY_CALL  Call nnref.<name> on many argument lists; catch each error with its identifier.
  %   results = nnref.try_call(name, nout, calls) where calls is a cell array, each element a
  %   cell array of arguments. results is a cell array of the same length; each element is a
  %   struct with fields outputs (a 1 x nout cell array, empty after an error),
  %   error_identifier and error_message ('' when the call returned).
  %   One call from Python runs a whole batch (an oct2py round trip costs 5-15 ms), and the
  %   error identifier, which oct2py drops, comes back as data.
  %   Python twin: nnref.runners.python_try.
  %   Example: r = nnref.try_call('sigmoid', 1, {{0}, {'a'}}); r{2}.error_identifier
  if ~ischar(name) || ~iscell(calls)
    error('nnref:badType', 'try_call takes a function name and a cell array of argument lists');
  end
  f = str2func(['nnref.' name]);
  results = cell(size(calls));
  for k = 1:numel(calls)
    r = struct('error_identifier', '', 'error_message', '');
    r.outputs = cell(1, nout);
    args = calls{k};
    if ~iscell(args)
      args = {args};
    end
    try
      [r.outputs{:}] = f(args{:});
    catch err
      r.outputs = {};
      r.error_identifier = err.identifier;
      r.error_message = err.message;
    end
    results{k} = r;
  end
end

%!test
%! r = nnref.try_call ('sigmoid', 1, {{0}, {'a'}});
%! assert (r{1}.outputs{1}, 0.5);
%! assert (r{2}.error_identifier, 'nnref:badType');
%! assert (r{2}.error_message, 'z must be a real numeric array');
%!error id=nnref:badType nnref.try_call ('sigmoid', 1, 3)
