function J = linreg_cost(theta, X, y)
  % LINREG_COST  Least-squares cost J(theta) = sum((X*theta - y).^2) / (2m) (SPEC B3).
  %   J = nnref.linreg_cost(theta, X, y) with X m x n, y m targets, theta n elements.
  %   Python twin: nnref.linreg.linreg_cost.
  %   Example: [X, y] = nnref.linreg_data(); nnref.linreg_cost([1; 1], X, y)  % 6.5555...
  [X, y] = nnref.linreg_check_data(X, y);
  theta = nnref.check_vector(theta, 'theta', size(X, 2));
  J = sum((X * theta - y) .^ 2) / (2 * size(X, 1));
end

%!test
%! [X, y] = nnref.linreg_data ();
%! assert (nnref.linreg_cost ([7/51; 477/323], X, y), 0.440660474716202, 1e-12);
%!assert (nnref.linreg_cost ([0 1], [1 1; 1 2], [1 4]), 1, 0)
%!error <theta must have 2 elements, got 3> nnref.linreg_cost ([1 1 1], [1 1; 1 2], [1 4])
