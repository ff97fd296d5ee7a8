function [g, C] = network_backprop_batch(sizes, p, X, Y)
  % NETWORK_BACKPROP_BATCH  Mean gradient and mean cost over the columns of X, Y.
  [W, b] = net_unpack(sizes, p);
  [dW, db, C] = net_gradients(W, b, X, Y);
  N = size(X, 2);
  g = net_pack(dW, db, p) / N;
  C = C / N;
end
