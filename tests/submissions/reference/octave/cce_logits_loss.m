function loss = cce_logits_loss(y, z)
  % CCE_LOGITS_LOSS  -(1/m) sum y .* log softmax(z), samples in rows, by log-sum-exp.
  top = max(z, [], 2);
  lse = top + log(sum(exp(z - top), 2));
  loss = sum(sum(y .* (lse - z))) / size(z, 1);
end
