function grad = bce_grad(y, yhat)
  % BCE_GRAD  Lab toolbox: replace this stub with your code.
  %   grad = bce_grad(y, yhat)
  %   Example sizes (losses::bce-grad-exact):
  %     y 1x8, yhat 1x8 -> grad 1x8
  error('lab:notImplemented', 'not implemented: bce_grad');
end
