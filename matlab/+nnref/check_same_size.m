function [a, b] = check_same_size(a, b, a_name, b_name)
  % CHECK_SAME_SIZE  Two finite real arrays of the same, non-empty size, as doubles.
  %   [a, b] = nnref.check_same_size(a, b, a_name, b_name) refuses NaN, Inf and
  %   non-numeric input (nnref.check_real), arrays of different sizes (a row and a column
  %   of equal length too: broadcasting would build an outer difference) and empty arrays,
  %   all nnref:badShape. Python twin: nnref.losses.require_same_size.
  %   Example: [y, yhat] = nnref.check_same_size([1 0], [0.5 0.5], 'y', 'yhat')
  nnref.check_real(a, a_name, false);
  nnref.check_real(b, b_name, false);
  if ~isequal(size(a), size(b))
    error('nnref:badShape', '%s is %s, %s is %s', a_name, nnref.size_text(a), b_name, ...
          nnref.size_text(b));
  end
  if isempty(a)
    error('nnref:badShape', '%s and %s are empty', a_name, b_name);
  end
  a = double(a);
  b = double(b);
end

%!test
%! [a, b] = nnref.check_same_size (int8 ([1 2]), [3 4], 'a', 'b');
%! assert (a, [1 2]); assert (class (a), 'double'); assert (b, [3 4]);
%!error <y is 1x2, yhat is 2x1> nnref.check_same_size ([1 0], [1; 0], 'y', 'yhat')
%!error <y and yhat are empty> nnref.check_same_size ([], [], 'y', 'yhat')
%!error id=nnref:notFinite nnref.check_same_size ([1 Inf], [1 0], 'y', 'yhat')
