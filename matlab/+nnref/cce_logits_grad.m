function g = cce_logits_grad(y, z)
  % CCE_LOGITS_GRAD  Gradient of nnref.cce_logits_loss with respect to z.
  %   g = nnref.cce_logits_grad(y, z) = (softmax(z) .* sum(y, 2) - y) / m, m = size(z, 1):
  %   softmax(z) - y divided by m when each row of y sums to 1.
  %   Python twin: nnref.losses.cce_logits_grad. SPEC D (the toolbox).
  %   Example: nnref.cce_logits_grad([1 0], [0 0])  % [-0.5 0.5]
  [y, z] = nnref.check_same_size(y, z, 'y', 'z');
  if ndims(z) > 2
    error('nnref:badShape', 'z must be a vector or matrix, got size %s', nnref.size_text(z));
  end
  nnref.check_unit_interval(y, 'y');
  g = (nnref.softmax(z) .* sum(y, 2) - y) / size(z, 1);
end

%!assert (nnref.cce_logits_grad ([1 0], [0 0]), [-0.5 0.5])
%!assert (nnref.cce_logits_grad ([1 0; 0 0], [0 0; 5 5]), [-0.25 0.25; 0 0])
%!error id=nnref:outOfRange nnref.cce_logits_grad ([2 0], [0 0])
