function p = network_sgd_epoch_core(W, b, X, Y, order, m, eta)
  % NETWORK_SGD_EPOCH_CORE  The loop of nnref.network_sgd_epoch, with no checks.
  %   p = nnref.network_sgd_epoch_core(W, b, X, Y, order, m, eta) with cell arrays W, b
  %   (nnref.network_unpack), X (n0 x N), Y (nL x N), order a permutation of 1..N, batch
  %   size m and step eta, all trusted; returns the flat p (a column) after one epoch of
  %   mini-batch SGD: each batch order(k*m+1 .. k*m+m) steps once, W^l = W^l - (eta/size)
  %   * dC/dW^l summed over the batch (the formulas of nnref.network_gradients). For callers
  %   that checked their data once (nnref.network_sgd_epoch, the MNIST benchmark): the data
  %   checks scan every element, which costs as much as a quarter of an MNIST epoch.
  %   Python twin: nnref.network_sgd.sgd_epoch. SPEC C.
  %   Example: [W, b] = nnref.network_unpack([1 1 1], [1.58 -0.14 2.45 -0.11]);
  %            p = nnref.network_sgd_epoch_core(W, b, [0.8 0.2], [1 0], [2 1], 1, 0.1)
  L = numel(W);
  a = cell(1, L + 1);
  % The gradients are computed inline, not by nnref.network_gradients, and each W^l is updated
  % as soon as dC/da^(l-1) has used it: at mini-batch 10 the cost is the interpreter's
  % per-statement and per-call overhead, not the arithmetic.
  N = size(X, 2);
  full_batches = floor(N / m);
  scale = eta / m;
  for k = 1:ceil(N / m)
    if k > full_batches        % the short last batch (a comparison: cheaper than min())
      batch = order(full_batches * m + 1:N);
      scale = eta / numel(batch);
    else
      batch = order((k - 1) * m + 1:k * m);
    end
    x = X(:, batch);
    a{1} = x;
    for l = 1:L
      x = 1 ./ (1 + exp(-(W{l} * x + b{l})));
      a{l + 1} = x;
    end
    d = (x - Y(:, batch)) .* x .* (1 - x);          % dC/db^L, one column per sample
    for l = L:-1:1
      dW = d * a{l}';
      b{l} = b{l} - scale * sum(d, 2);
      if l > 1
        x = a{l};
        d = (W{l}' * d) .* x .* (1 - x);            % dC/db^(l-1), with W^l before its update
      end
      W{l} = W{l} - scale * dW;
    end
  end
  p = nnref.network_pack(W, b);
end

%!test
%! [W, b] = nnref.network_unpack ([1 1 1], [1.58 -0.14 2.45 -0.11]);
%! p = nnref.network_sgd_epoch_core (W, b, [0.8 0.2 0.5], [1 0 1], [2 1 3], 2, 0.1);
%! assert (p, nnref.network_sgd_epoch ([1 1 1], [1.58; -0.14; 2.45; -0.11], [0.8 0.2 0.5], [1 0 1], [2 1 3], 2, 0.1));
%! assert (abs (p(1) - 1.58) > 1e-4);
