function grad = kl_grad(p, q)
  % KL_GRAD  Lab toolbox: replace this stub with your code.
  %   grad = kl_grad(p, q)
  %   Example sizes (losses::kl-grad-exact):
  %     p 2x3, q 2x3 -> grad 2x3
  error('lab:notImplemented', 'not implemented: kl_grad');
end
