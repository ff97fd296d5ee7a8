function g = kl_grad(p, q)
  % KL_GRAD  Gradient of nnref.kl_loss with respect to q: -p ./ q / m.
  %   g = nnref.kl_grad(p, q) with p, q in [0, 1] of the same size, m = size(p, 1); the
  %   gradient is 0 where p = 0 and -Inf where q = 0 < p.
  %   Python twin: nnref.losses.kl_grad. SPEC D (the toolbox).
  %   Example: nnref.kl_grad([1 0], [0.5 0.5])  % [-2 0]
  [p, q] = nnref.check_distributions(p, q);
  positive = p > 0;
  g = zeros(size(p));
  g(positive) = -p(positive) ./ q(positive);
  g = g / size(p, 1);
end

%!assert (nnref.kl_grad ([1 0], [0.5 0.5]), [-2 0])
%!assert (nnref.kl_grad ([1 0; 0.5 0.5], [0.5 0; 0.25 0.5]), [-1 0; -1 -0.5])
%!error id=nnref:outOfRange nnref.kl_grad ([-1 0], [0.5 0.5])
