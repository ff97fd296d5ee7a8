function loss = bce_loss(y, yhat)
  % BCE_LOSS  Lab toolbox: replace this stub with your code.
  %   loss = bce_loss(y, yhat)
  %   Example sizes (losses::bce-exact):
  %     y 1x8, yhat 1x8 -> loss 1x1
  error('lab:notImplemented', 'not implemented: bce_loss');
end
