function grad = mse_grad(y_true, y_pred)
  % MSE_GRAD  2 (y_pred - y_true) / N.
  grad = 2 * (y_pred - y_true) / numel(y_true);
end
