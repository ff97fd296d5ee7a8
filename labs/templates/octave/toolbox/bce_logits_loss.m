function loss = bce_logits_loss(y, z)
  % BCE_LOGITS_LOSS  Lab toolbox: replace this stub with your code.
  %   loss = bce_logits_loss(y, z)
  %   Example sizes (losses::bce-logits-exact):
  %     y 1x8, z 1x8 -> loss 1x1
  error('lab:notImplemented', 'not implemented: bce_logits_loss');
end
