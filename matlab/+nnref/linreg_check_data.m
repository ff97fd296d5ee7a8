function [X, y] = linreg_check_data(X, y)
  % LINREG_CHECK_DATA  The door check of the linreg functions: X an m x n matrix, y m targets.
  %   [X, y] = nnref.linreg_check_data(X, y) returns X as doubles and y as an m x 1 column;
  %   refuses NaN/Inf (nnref:nanInput, nnref:notFinite), an empty or N-d X and a y whose
  %   length is not the number of rows of X (nnref:badShape).
  %   Python twin: nnref.linreg.check_data. SPEC B3.
  %   Example: [X, y] = nnref.linreg_check_data([1 1; 1 2], [3 4])  % y = [3; 4]
  nnref.check_real(X, 'X', false);
  if ndims(X) > 2
    error('nnref:badShape', 'X must be a matrix, got size %s', nnref.size_text(X));
  end
  if isempty(X)
    error('nnref:badShape', 'X is empty');
  end
  X = double(X);
  y = nnref.check_vector(y, 'y', []);
  if numel(y) ~= size(X, 1)
    error('nnref:badShape', 'X has %d rows, y has %d elements', size(X, 1), numel(y));
  end
end

%!test
%! [X, y] = nnref.linreg_check_data ([1 1; 1 2], [3 4]);
%! assert (X, [1 1; 1 2]);
%! assert (y, [3; 4]);
%!error <X has 2 rows, y has 3 elements> nnref.linreg_check_data ([1 1; 1 2], [3 4 5])
%!error <X is empty> nnref.linreg_check_data (zeros (0, 2), [])
%!error <X must be a matrix, got size 1x2x2> nnref.linreg_check_data (ones (1, 2, 2), 1)
%!error id=nnref:nanInput nnref.linreg_check_data ([1 NaN], 1)
