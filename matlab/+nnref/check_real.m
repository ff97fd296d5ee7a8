function check_real(value, name, allow_inf)
  % CHECK_REAL  Refuse anything but a real numeric array (the door check of every function).
  %   nnref.check_real(value, name, allow_inf) raises nnref:badType for strings, logicals,
  %   cells, structs and complex numbers, nnref:nanInput for NaN and, when allow_inf is
  %   false, nnref:notFinite for Inf. Python twin: nnref.checks.as_real_array.
  %   Example: nnref.check_real([1 2], 'x', false)  % returns quietly
  if ~isnumeric(value) || ~isreal(value)
    error('nnref:badType', '%s must be a real numeric array', name);
  end
  if any(isnan(value(:)))
    error('nnref:nanInput', '%s contains NaN', name);
  end
  if ~allow_inf && any(isinf(value(:)))
    error('nnref:notFinite', '%s contains Inf', name);
  end
end

%!test nnref.check_real ([1 Inf], 'x', true)
%!error <x must be a real numeric array> nnref.check_real (1i, 'x', true)
%!error id=nnref:badType nnref.check_real (true, 'x', true)
%!error id=nnref:badType nnref.check_real ({1}, 'x', true)
%!error <x contains Inf> nnref.check_real ([1 -Inf], 'x', false)
