function loss = mse(y_true, y_pred)
  % MSE  mean((y_true - y_pred).^2) over all elements.
  d = y_true - y_pred;
  loss = mean(d(:) .^ 2);
end
