function [X, y] = linreg_data()
  % LINREG_DATA  Lab linreg: replace this stub with your code.
  %   [X, y] = linreg_data()
  %   Example sizes (linreg::b3-data):
  %     no arguments -> X 18x2, y 18x1
  error('lab:notImplemented', 'not implemented: linreg_data');
end
