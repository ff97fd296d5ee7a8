function g = linreg_gradient(theta, X, y)
  % LINREG_GRADIENT  X' * (X * theta - y) / m, a column.
  m = size(X, 1);
  g = X' * (X * theta(:) - y(:)) / m;
end
