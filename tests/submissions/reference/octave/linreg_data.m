function [X, y] = linreg_data()
  % LINREG_DATA  The 18 samples of SPEC B3: a column of ones and 1..18; the targets.
  y = [2 3 3 5 8 10 10 13 15 15 16 19 19 20 22 22 25 28]';
  X = [ones(18, 1), (1:18)'];
end
