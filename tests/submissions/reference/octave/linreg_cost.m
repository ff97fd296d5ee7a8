function J = linreg_cost(theta, X, y)
  % LINREG_COST  sum((X * theta - y).^2) / (2m).
  m = size(X, 1);
  r = X * theta(:) - y(:);
  J = sum(r .^ 2) / (2 * m);
end
