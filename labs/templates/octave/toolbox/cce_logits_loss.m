function loss = cce_logits_loss(y, z)
  % CCE_LOGITS_LOSS  Lab toolbox: replace this stub with your code.
  %   loss = cce_logits_loss(y, z)
  %   Example sizes (losses::cce-logits-exact):
  %     y 3x4, z 3x4 -> loss 1x1
  error('lab:notImplemented', 'not implemented: cce_logits_loss');
end
