function [theta, updates, path] = gd_quadratic(theta0, alpha, steps)
  % GD_QUADRATIC  Lab gd: replace this stub with your code.
  %   [theta, updates, path] = gd_quadratic(theta0, alpha, steps)
  %   Example sizes (gd::column-start-exact):
  %     theta0 3x1, alpha 1x1, steps 1x1 -> theta 3x1, updates 1x1, path 6x3
  error('lab:notImplemented', 'not implemented: gd_quadratic');
end
