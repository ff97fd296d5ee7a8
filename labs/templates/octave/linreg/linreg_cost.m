function J = linreg_cost(theta, X, y)
  % LINREG_COST  Lab linreg: replace this stub with your code.
  %   J = linreg_cost(theta, X, y)
  %   Example sizes (linreg::b3-cost-at-gd-exact):
  %     theta 2x1, X 18x2, y 18x1 -> J 1x1
  error('lab:notImplemented', 'not implemented: linreg_cost');
end
