function v = check_vector(value, name, len)
  % CHECK_VECTOR  A finite real vector as a column; refuse anything else.
  %   v = nnref.check_vector(value, name, len) accepts a row, a column or a scalar and
  %   returns it as a column of doubles; len = [] accepts any length, else exactly len
  %   elements (nnref:badShape). Python twin: nnref.checks.as_vector.
  %   Example: nnref.check_vector([1 2 3], 'w', 3)  % [1; 2; 3]
  nnref.check_real(value, name, false);
  if ndims(value) > 2 || (min(size(value)) ~= 1 && ~isempty(value))
    error('nnref:badShape', '%s must be a vector, got size %s', name, nnref.size_text(value));
  end
  v = double(value(:));
  if ~isempty(len) && numel(v) ~= len
    error('nnref:badShape', '%s must have %d elements, got %d', name, len, numel(v));
  end
end

%!assert (nnref.check_vector ([1 2 3], 'w', 3), [1; 2; 3])
%!assert (nnref.check_vector (int8 ([1; 2]), 'w', []), [1; 2])
%!error <w must be a vector, got size 2x2> nnref.check_vector (eye (2), 'w', [])
%!error <w must have 6 elements, got 2> nnref.check_vector ([1 2], 'w', 6)
