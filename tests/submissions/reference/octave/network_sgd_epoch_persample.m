function p = network_sgd_epoch_persample(sizes, p, X, Y, order, m, eta)
  % NETWORK_SGD_EPOCH_PERSAMPLE  The same epoch, one backprop call per sample.
  N = size(X, 2);
  for first = 1:m:N
    batch = order(first:min(first + m - 1, N));
    total = zeros(size(p));
    for j = batch
      total = total + network_backprop(sizes, p, X(:, j), Y(:, j));
    end
    p = p - (eta / numel(batch)) * total;
  end
end
