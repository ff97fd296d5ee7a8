function p_new = network_sgd_step(sizes, p, X, Y, eta)
  % NETWORK_SGD_STEP  One gradient step on the batch X, Y: p - (eta / N) * summed gradient.
  [W, b] = net_unpack(sizes, p);
  [dW, db] = net_gradients(W, b, X, Y);
  scale = eta / size(X, 2);
  for l = 1:numel(W)
    W{l} = W{l} - scale * dW{l};
    b{l} = b{l} - scale * db{l};
  end
  p_new = net_pack(W, b, p);
end
