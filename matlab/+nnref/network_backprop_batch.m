function [g, C] = network_backprop_batch(sizes, p, X, Y)
  % NETWORK_BACKPROP_BATCH  Mean gradient and mean cost over a batch, in matrix form.
  %   [g, C] = nnref.network_backprop_batch(sizes, p, X, Y) with sizes, p, X (n0 x N) and
  %   Y (nL x N) as in nnref.network_cost: g = (1/N) * sum over the N columns of dC/dp,
  %   packed like p and of the size of p; C = the mean cost. One matrix product per layer
  %   and direction for the whole batch (nnref.network_gradients), no loop over samples;
  %   g equals the mean of nnref.network_backprop over the columns.
  %   Python twin: nnref.network.network_backprop_batch. SPEC C.
  %   Example: [g, C] = nnref.network_backprop_batch([1 1 1], [1.58 -0.14 2.45 -0.11], [0.8 0.2], [1 0]);
  [sizes, W, b] = nnref.network_check(sizes, p);
  [X, Y] = nnref.network_check_data(sizes, X, Y);
  [dC_dW, dC_db, cost] = nnref.network_gradients(W, b, X, Y);
  N = size(X, 2);
  g = reshape(nnref.network_pack(dC_dW, dC_db) / N, size(p));
  C = cost / N;
end

%!test
%! s = [2 3 2]; p = sin (1:17); X = [0.1 0.5 0.9; 0.3 0.2 0.7]; Y = [0 1 1; 1 0 1];
%! [g, C] = nnref.network_backprop_batch (s, p, X, Y);
%! G = zeros (3, 17); c = zeros (1, 3);
%! for j = 1:3
%!   [G(j, :), c(j)] = nnref.network_backprop (s, p, X(:, j), Y(:, j));
%! end
%! assert (g, mean (G, 1), 1e-15);
%! assert (C, mean (c), 1e-15);
%! assert (size (g), [1 17]);
