function loss = bce_logits_loss(y, z)
  % BCE_LOGITS_LOSS  mean(max(z, 0) - y z + log1p(exp(-|z|))).
  terms = max(z, 0) - y .* z + log1p(exp(-abs(z)));
  loss = mean(terms(:));
end
