function g = linreg_gradient(theta, X, y)
  % LINREG_GRADIENT  Lab linreg: replace this stub with your code.
  %   g = linreg_gradient(theta, X, y)
  %   Example sizes (linreg::b3-gradient-at-start-exact):
  %     theta 1x2, X 18x2, y 18x1 -> g 2x1
  error('lab:notImplemented', 'not implemented: linreg_gradient');
end
