function grad = bce_logits_grad(y, z)
  % BCE_LOGITS_GRAD  (sigma(z) - y) / N, as ((1 - y) sigma(z) - y sigma(-z)) / N.
  grad = ((1 - y) .* tb_sigma(z) - y .* tb_sigma(-z)) / numel(y);
end
