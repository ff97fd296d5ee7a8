function gradient = gradient_function(theta, X, y, m)
  % GRADIENT_FUNCTION  Gradient of the least-squares cost: X' * (X * theta - y) / m.
  gradient = X' * (X * theta - y) / m;
end
