function value = check_flag(value, name)
  % CHECK_FLAG  A logical scalar (true or false); numbers are refused, not read as 0/1.
  %   value = nnref.check_flag(value, name) raises nnref:badType '<name> must be true or
  %   false' otherwise. Python twin: nnref.optimizers.as_flag.
  %   Example: nnref.check_flag(true, 'amsgrad')  % true
  if ~islogical(value) || numel(value) ~= 1
    error('nnref:badType', '%s must be true or false', name);
  end
end

%!assert (nnref.check_flag (false, 'nesterov'), false)
%!error <amsgrad must be true or false> nnref.check_flag (1, 'amsgrad')
%!error id=nnref:badType nnref.check_flag ([true false], 'amsgrad')
