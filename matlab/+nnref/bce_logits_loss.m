function L = bce_logits_loss(y, z)
  % BCE_LOGITS_LOSS  Binary cross-entropy of yhat = sigma(z), computed from the logits z.
  %   L = nnref.bce_logits_loss(y, z) = mean(max(z, 0) - y .* z + log1p(exp(-|z|))), which
  %   equals -mean(y .* log(sigma(z)) + (1 - y) .* log(1 - sigma(z))) but never forms
  %   log(sigma(z)): finite for every finite z (torch.nn.BCEWithLogitsLoss). y in [0, 1],
  %   z finite, same size. Python twin: nnref.losses.bce_logits_loss. SPEC D.
  %   Example: nnref.bce_logits_loss([1 0], [0 0])  % log(2) = 0.6931...
  [y, z] = nnref.check_same_size(y, z, 'y', 'z');
  nnref.check_unit_interval(y, 'y');
  terms = max(z, 0) - y .* z + log1p(exp(-abs(z)));
  L = mean(terms(:));
end

%!assert (nnref.bce_logits_loss ([1 0], [0 0]), log (2), 1e-15)
%!assert (nnref.bce_logits_loss ([1 0], [-1000 1000]), 1000)
%!assert (nnref.bce_logits_loss ([1 0], [1000 -1000]), 0)
%!error <y must lie in \[0, 1\]> nnref.bce_logits_loss (-1, 0)
