function p_new = network_sgd_epoch_persample(sizes, p, X, Y, order, m, eta)
  % NETWORK_SGD_EPOCH_PERSAMPLE  One epoch of mini-batch SGD the book's way, sample by sample.
  %   p_new = nnref.network_sgd_epoch_persample(sizes, p, X, Y, order, m, eta): the same
  %   arguments and result as nnref.network_sgd_epoch (order a permutation of 1..N,
  %   batches of m, the last may be smaller; p_new of the size of p), computed as the book
  %   does: for each mini-batch, backprop each of its samples (nnref.network_backprop_sample),
  %   add up the gradients, then step p = p - (eta/size) * sum. The same weights as the
  %   matrix form within rounding; the baseline the MNIST benchmark times.
  %   Python twin: nnref.network_persample.network_sgd_epoch_persample. SPEC C.
  %   Example: nnref.network_sgd_epoch_persample([1 1 1], [1.58 -0.14 2.45 -0.11], 0.8, 1, 1, 1, 0.1)
  [sizes, W, b] = nnref.network_check(sizes, p);
  [X, Y] = nnref.network_check_data(sizes, X, Y);
  N = size(X, 2);
  [order, m, eta] = nnref.network_check_epoch(N, order, m, eta);
  L = numel(W);
  for start = 1:m:N
    batch = order(start:min(start + m - 1, N));
    sum_dC_dW = cell(1, L);
    sum_dC_db = cell(1, L);
    for l = 1:L
      sum_dC_dW{l} = zeros(size(W{l}));
      sum_dC_db{l} = zeros(size(b{l}));
    end
    for j = batch
      [dC_dW, dC_db] = nnref.network_backprop_sample(W, b, X(:, j), Y(:, j));
      for l = 1:L
        sum_dC_dW{l} = sum_dC_dW{l} + dC_dW{l};
        sum_dC_db{l} = sum_dC_db{l} + dC_db{l};
      end
    end
    scale = eta / numel(batch);
    for l = 1:L
      W{l} = W{l} - scale * sum_dC_dW{l};
      b{l} = b{l} - scale * sum_dC_db{l};
    end
  end
  p_new = reshape(nnref.network_pack(W, b), size(p));
end

%!test
%! s = [2 3 2]; p = sin (1:17); X = [0.1 0.5 0.9 0.4; 0.3 0.2 0.7 0.8]; Y = [0 1 1 0; 1 0 1 1];
%! a = nnref.network_sgd_epoch_persample (s, p, X, Y, [3 1 4 2], 3, 0.5);
%! assert (a, nnref.network_sgd_epoch (s, p, X, Y, [3 1 4 2], 3, 0.5), 1e-14);
%!error <m must be a positive integer \(the mini-batch size\)> nnref.network_sgd_epoch_persample ([1 1], [1 2], 1, 0, 1, -2, 0.1)
