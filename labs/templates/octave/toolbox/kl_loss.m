function loss = kl_loss(p, q)
  % KL_LOSS  Lab toolbox: replace this stub with your code.
  %   loss = kl_loss(p, q)
  %   Example sizes (losses::kl-exact):
  %     p 2x3, q 2x3 -> loss 1x1
  error('lab:notImplemented', 'not implemented: kl_loss');
end
