function [theta, updates, path, J_history] = linreg_gd(X, y, theta0, alpha, tol, max_iter)
  % LINREG_GD  Lab linreg: replace this stub with your code.
  %   [theta, updates, path, J_history] = linreg_gd(X, y, theta0, alpha, tol, max_iter)
  %   Example sizes (linreg::small-gd-path-exact):
  %     X 4x2, y 1x4, theta0 1x2, alpha 1x1, tol 1x1, max_iter 1x1 -> theta 2x1, updates 1x1, path 166x2, J_history 1x166
  error('lab:notImplemented', 'not implemented: linreg_gd');
end
