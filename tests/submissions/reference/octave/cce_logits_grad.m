function grad = cce_logits_grad(y, z)
  % CCE_LOGITS_GRAD  (softmax(z) .* sum(y, 2) - y) / m.
  grad = (softmax(z) .* sum(y, 2) - y) / size(z, 1);
end
