function [g, C] = network_backprop_mutant(sizes, p, X, Y)
  % NETWORK_BACKPROP_MUTANT  A deliberately broken backprop for the gradient check to catch.
  %   [g, C] = network_backprop_mutant(sizes, p, X, Y) is nnref.network_backprop_batch with
  %   one classic bug: sigma' evaluated at the activation, sigma'(a^l), instead of at the
  %   weighted input, sigma'(z^l) = a^l .* (1 - a^l). Used by tests/test_gradcheck.py; the
  %   Python twin is network_backprop_mutant.py beside it.
  %   Example: nnref.network_gradcheck([2 3 2], sin(1:17), [0.1; 0.3], [0; 1], @network_backprop_mutant)
  [sizes, W, b] = nnref.network_check(sizes, p);
  [X, Y] = nnref.network_check_data(sizes, X, Y);
  L = numel(W);
  [~, a] = nnref.network_forward(W, b, X);
  dC_da = a{L + 1} - Y;
  cost = 0.5 * sum(dC_da(:) .* dC_da(:));
  dC_dW = cell(1, L);
  dC_db = cell(1, L);
  for l = L:-1:1
    s = 1 ./ (1 + exp(-a{l + 1}));  % BUG: sigma'(a^l) instead of sigma'(z^l)
    dC_dz = s .* (1 - s) .* dC_da;
    dC_db{l} = sum(dC_dz, 2);
    dC_dW{l} = dC_dz * a{l}';
    dC_da = W{l}' * dC_dz;
  end
  N = size(X, 2);
  g = reshape(nnref.network_pack(dC_dW, dC_db) / N, size(p));
  C = cost / N;
end

%!assert (norm (network_backprop_mutant ([2 2], 1:6, [1; 2], [0; 1]) - nnref.network_backprop_batch ([2 2], 1:6, [1; 2], [0; 1])) > 1e-3)
