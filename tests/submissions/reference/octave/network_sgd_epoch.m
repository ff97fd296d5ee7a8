function p = network_sgd_epoch(sizes, p, X, Y, order, m, eta)
  % NETWORK_SGD_EPOCH  One epoch: batches order(1:m), order(m+1:2m), ... (the last may be short).
  N = size(X, 2);
  for first = 1:m:N
    batch = order(first:min(first + m - 1, N));
    p = network_sgd_step(sizes, p, X(:, batch), Y(:, batch), eta);
  end
end
