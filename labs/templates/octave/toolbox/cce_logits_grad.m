function grad = cce_logits_grad(y, z)
  % CCE_LOGITS_GRAD  Lab toolbox: replace this stub with your code.
  %   grad = cce_logits_grad(y, z)
  %   Example sizes (losses::cce-logits-grad-exact):
  %     y 3x4, z 3x4 -> grad 3x4
  error('lab:notImplemented', 'not implemented: cce_logits_grad');
end
