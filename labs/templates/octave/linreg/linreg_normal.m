function theta = linreg_normal(X, y)
  % LINREG_NORMAL  Lab linreg: replace this stub with your code.
  %   theta = linreg_normal(X, y)
  %   Example sizes (linreg::b3-normal-exact):
  %     X 18x2, y 18x1 -> theta 2x1
  error('lab:notImplemented', 'not implemented: linreg_normal');
end
