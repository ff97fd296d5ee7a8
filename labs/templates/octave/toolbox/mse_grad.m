function grad = mse_grad(y_true, y_pred)
  % MSE_GRAD  Lab toolbox: replace this stub with your code.
  %   grad = mse_grad(y_true, y_pred)
  %   Example sizes (losses::mse-grad-exact):
  %     y_true 1x8, y_pred 1x8 -> grad 1x8
  error('lab:notImplemented', 'not implemented: mse_grad');
end
