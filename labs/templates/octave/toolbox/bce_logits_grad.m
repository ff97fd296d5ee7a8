function grad = bce_logits_grad(y, z)
  % BCE_LOGITS_GRAD  Lab toolbox: replace this stub with your code.
  %   grad = bce_logits_grad(y, z)
  %   Example sizes (losses::bce-logits-grad-autograd):
  %     y 1x8, z 1x8 -> grad 1x8
  error('lab:notImplemented', 'not implemented: bce_logits_grad');
end
