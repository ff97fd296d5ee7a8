function [z, a] = network_activations(sizes, p, X)
  % NETWORK_ACTIVATIONS  Weighted inputs and activations of every layer, stacked.
  %   [z, a] = nnref.network_activations(sizes, p, X) with sizes, p, X as in
  %   nnref.network_feedforward: z = [z^1; z^2; ...; z^L] and a = [a^1; ...; a^L], each
  %   (n1 + ... + nL) x N, one column per sample; z^l = W^l a^(l-1) + b^l, a^l = sigma(z^l).
  %   Python twin: nnref.network.network_activations. SPEC C, C1.
  %   Example: [z, a] = nnref.network_activations([1 1 1], [1.58 -0.14 2.45 -0.11], 0.8)
  %   gives z = [1.124; 1.73908830732614], a = [0.7547299213576082; 0.850571226530534].
  [sizes, W, b] = nnref.network_check(sizes, p);
  X = nnref.network_check_data(sizes, X);
  [z, a] = nnref.network_forward(W, b, X);
  z = vertcat(z{:});
  a = vertcat(a{2:end});
end

%!test
%! [z, a] = nnref.network_activations ([1 1 1], [1.58 -0.14 2.45 -0.11], 0.8);
%! assert (z, [1.124; 1.73908830732614], 1e-15);
%! assert (a, [0.7547299213576082; 0.850571226530534], 1e-15);
%!error id=nnref:badSizes nnref.network_activations ([1 -1 1], [], 0.8)
