function [theta, updates, path] = gd_quadratic(theta0, alpha, steps)
  % GD_QUADRATIC  `steps` gradient-descent updates on sum(theta.^2); every iterate a row of path.
  theta = theta0;
  path = zeros(steps + 1, numel(theta0));
  path(1, :) = theta0(:)';
  for k = 1:steps
    theta = theta - alpha * 2 * theta;
    path(k + 1, :) = theta(:)';
  end
  updates = steps;
end
