function L = cce_logits_loss(y, z)
  % CCE_LOGITS_LOSS  Categorical cross-entropy from logits: -(1/m) sum(sum(y .* log(softmax(z)))).
  %   L = nnref.cce_logits_loss(y, z) with z an m x k matrix of logits (samples in rows; a
  %   row vector is one sample) and targets y of the same size in [0, 1] (one-hot or class
  %   probabilities). log(softmax(z)) is z - logsumexp(z, row), with
  %   logsumexp = max + log(sum(exp(z - max))): finite for every finite z
  %   (torch.nn.CrossEntropyLoss with probability targets).
  %   Python twin: nnref.losses.cce_logits_loss. SPEC D (the toolbox).
  %   Example: nnref.cce_logits_loss([1 0], [0 0])  % log(2) = 0.6931...
  [y, z] = nnref.check_same_size(y, z, 'y', 'z');
  if ndims(z) > 2
    error('nnref:badShape', 'z must be a vector or matrix, got size %s', nnref.size_text(z));
  end
  nnref.check_unit_interval(y, 'y');
  top = max(z, [], 2);
  logsumexp = top + log(sum(exp(z - top), 2));
  terms = y .* (logsumexp - z);
  L = sum(terms(:)) / size(z, 1);
end

%!assert (nnref.cce_logits_loss ([1 0], [0 0]), log (2), 1e-15)
%!assert (nnref.cce_logits_loss ([1 0; 0 1], [1000 0; 0 1000]), 0)
%!assert (nnref.cce_logits_loss ([0 1], [1000 0]), 1000)
%!error <y is 1x2, z is 1x3> nnref.cce_logits_loss ([1 0], [0 0 0])
