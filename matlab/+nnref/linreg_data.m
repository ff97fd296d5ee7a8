function [X, y] = linreg_data()
  % LINREG_DATA  The data of SPEC B3: X = [ones(18, 1), (1:18)'] and the 18 targets y.
  %   [X, y] = nnref.linreg_data() returns X (18 x 2) and y (18 x 1).
  %   Python twin: nnref.linreg.linreg_data.
  %   Example: [X, y] = nnref.linreg_data(); theta = nnref.linreg_normal(X, y)
  m = 18;
  X = [ones(m, 1), (1:m)'];
  y = [2 3 3 5 8 10 10 13 15 15 16 19 19 20 22 22 25 28]';
end

%!test
%! [X, y] = nnref.linreg_data ();
%! assert (size (X), [18 2]);
%! assert (X(18, :), [1 18]);
%! assert (y([1 18]), [2; 28]);
