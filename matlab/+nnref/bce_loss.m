function L = bce_loss(y, yhat)
  % BCE_LOSS  Binary cross-entropy: L = -mean(y .* log(yhat) + (1 - y) .* log(1 - yhat)).
  %   L = nnref.bce_loss(y, yhat) with targets y and probabilities yhat in [0, 1], of the
  %   same size; the mean runs over all elements. Each log term is clamped at -100, as in
  %   torch.nn.BCELoss, so yhat = 0 or 1 gives a finite loss; log(1 - yhat) is
  %   log1p(-yhat). For logits use nnref.bce_logits_loss (no clamping needed).
  %   Python twin: nnref.losses.bce_loss. SPEC D.
  %   Example: nnref.bce_loss([1 0], [0.5 0.5])  % log(2) = 0.6931...
  [y, yhat] = nnref.check_same_size(y, yhat, 'y', 'yhat');
  nnref.check_unit_interval(y, 'y');
  nnref.check_unit_interval(yhat, 'yhat');
  log_p = max(log(yhat), -100);
  log_q = max(log1p(-yhat), -100);
  terms = y .* log_p + (1 - y) .* log_q;
  L = -mean(terms(:));
end

%!assert (nnref.bce_loss ([1 0], [0.5 0.5]), log (2), 1e-15)
%!assert (nnref.bce_loss ([1 0], [0 1]), 100)
%!assert (nnref.bce_loss ([1; 0], [1; 0]), 0)
%!error <yhat must lie in \[0, 1\]> nnref.bce_loss ([1 0], [1.5 0])
%!error <y must lie in \[0, 1\]> nnref.bce_loss ([2 0], [0.5 0])
%!error id=nnref:badShape nnref.bce_loss ([1 0], [1; 0])
