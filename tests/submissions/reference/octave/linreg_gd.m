function [theta, updates, path, J_history] = linreg_gd(X, y, theta0, alpha, tol, max_iter)
  % LINREG_GD  Batch gradient descent until every |gradient component| <= tol.
  if nargin < 6
    max_iter = 100000;
  end
  theta = theta0(:);
  path = theta';
  J_history = linreg_cost(theta, X, y);
  updates = 0;
  m = size(X, 1);
  g = X' * (X * theta - y(:)) / m;
  while any(abs(g) > tol)
    if updates == max_iter
      error('linreg:noConvergence', 'no convergence within %d updates', max_iter);
    end
    theta = theta - alpha * g;
    updates = updates + 1;
    path(end + 1, :) = theta';
    J_history(end + 1) = linreg_cost(theta, X, y);
    g = X' * (X * theta - y(:)) / m;
  end
end
