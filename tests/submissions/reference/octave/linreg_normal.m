function theta = linreg_normal(X, y)
  % LINREG_NORMAL  The least-squares theta: (X' * X) \ (X' * y).
  theta = (X' * X) \ (X' * y(:));
end
