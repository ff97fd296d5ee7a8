function s = check_scalar(value, name)
  % CHECK_SCALAR  A finite real scalar, as a double; nnref:badShape otherwise.
  %   s = nnref.check_scalar(value, name). Python twin: nnref.checks.as_scalar.
  %   Example: nnref.check_scalar(4, 'b')  % 4
  nnref.check_real(value, name, false);
  if numel(value) ~= 1
    error('nnref:badShape', '%s must be a scalar, got size %s', name, nnref.size_text(value));
  end
  s = double(value);
end

%!assert (nnref.check_scalar (int32 (4), 'b'), 4)
%!error <b must be a scalar, got size 1x2> nnref.check_scalar ([4 4], 'b')
