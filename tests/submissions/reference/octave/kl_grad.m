function grad = kl_grad(p, q)
  % KL_GRAD  -p ./ q / m, 0 where p = 0.
  mask = p > 0;
  grad = zeros(size(p));
  grad(mask) = -p(mask) ./ q(mask);
  grad = grad / size(p, 1);
end
