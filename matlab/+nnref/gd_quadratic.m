function [theta, updates, path] = gd_quadratic(theta0, alpha, steps)
  % GD_QUADRATIC  Gradient descent on J(theta) = sum(theta.^2), gradient 2*theta (SPEC B1, B2).
  %   [theta, updates, path] = nnref.gd_quadratic(theta0, alpha, steps) takes `steps` updates
  %   of nnref.gradient_descent from theta0; theta is the last iterate in theta0's shape, path
  %   is (steps + 1) x numel(theta0), one iterate per row.
  %   Python twin: nnref.gd.gd_quadratic.
  %   Example: [~, ~, path] = nnref.gd_quadratic(1, 0.4, 3)      % B1: [1; 0.2; 0.04; 0.008]
  %            theta = nnref.gd_quadratic([2 3], 0.1, 99)        % B2: [5.09e-10 7.64e-10]
  [path, updates] = nnref.gradient_descent(@(theta) 2 * theta, theta0, alpha, 'steps', steps);
  theta = reshape(path(end, :), size(theta0));
end

%!test
%! [theta, updates, path] = nnref.gd_quadratic (1, 0.4, 3);
%! assert (path, [1; 0.2; 0.04; 0.008], 1e-15);
%! assert ([theta updates], [0.008 3], 1e-15);
%!test
%! [theta, updates] = nnref.gd_quadratic ([2; 3], 0.1, 99);
%! assert (theta, [5.09e-10; 7.64e-10], 5e-13);
%! assert (updates, 99);
%!error id=nnref:badStep nnref.gd_quadratic (1, -0.1, 3)
%!error <theta is not finite after 2 updates> nnref.gd_quadratic (1, 1e200, 5)
%!error <gradient is not finite after 0 updates> nnref.gd_quadratic (1e308, 0.1, 1)
