function loss = kl_loss(p, q)
  % KL_LOSS  (1/m) sum p log(p / q), terms with p = 0 counted as 0.
  mask = p > 0;
  terms = zeros(size(p));
  terms(mask) = p(mask) .* (log(p(mask)) - log(q(mask)));
  loss = sum(terms(:)) / size(p, 1);
end
