function L = kl_loss(p, q)
  % KL_LOSS  Kullback-Leibler divergence KL(p || q) = (1/m) sum(sum(p .* log(p ./ q))).
  %   L = nnref.kl_loss(p, q) with target p and prediction q in [0, 1], the same size;
  %   rows are distributions (samples), m = size(p, 1), a row vector is one sample.
  %   Terms with p = 0 count as 0 (0 log 0 = 0); q = 0 where p > 0 gives the true value
  %   Inf (torch.nn.functional.kl_div(log(q), p, reduction='batchmean')).
  %   Python twin: nnref.losses.kl_loss. SPEC D (the toolbox, beyond the tutorial).
  %   Example: nnref.kl_loss([1 0], [0.5 0.5])  % log(2) = 0.6931...
  [p, q] = nnref.check_distributions(p, q);
  positive = p > 0;
  terms = zeros(size(p));
  terms(positive) = p(positive) .* (log(p(positive)) - log(q(positive)));
  L = sum(terms(:)) / size(p, 1);
end

%!assert (nnref.kl_loss ([1 0], [0.5 0.5]), log (2), 1e-15)
%!assert (nnref.kl_loss ([0.3 0.7; 1 0], [0.3 0.7; 1 0]), 0)
%!assert (nnref.kl_loss ([0.5 0.5], [1 0]), Inf)
%!error <q must lie in \[0, 1\]> nnref.kl_loss ([1 0], [2 0])
