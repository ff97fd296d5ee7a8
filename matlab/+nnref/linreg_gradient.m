function g = linreg_gradient(theta, X, y)
  % LINREG_GRADIENT  Gradient of the least-squares cost: X' * (X*theta - y) / m (SPEC B3).
  %   g = nnref.linreg_gradient(theta, X, y) is an n x 1 column.
  %   Python twin: nnref.linreg.linreg_gradient.
  %   Example: [X, y] = nnref.linreg_data(); nnref.linreg_gradient([1; 1], X, y)
  [X, y] = nnref.linreg_check_data(X, y);
  theta = nnref.check_vector(theta, 'theta', size(X, 2));
  g = X' * (X * theta - y) / size(X, 1);
end

%!assert (nnref.linreg_gradient ([0 1], [1 1; 1 2], [1 4]), [-1; -2], 0)
%!test
%! [X, y] = nnref.linreg_data ();
%! assert (nnref.linreg_gradient ([7/51 477/323], X, y), [0; 0], 1e-13);
%!error <X has 2 rows, y has 1 elements> nnref.linreg_gradient ([0 1], [1 1; 1 2], 1)
