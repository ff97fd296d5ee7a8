function aL = network_feedforward(sizes, p, X)
  % NETWORK_FEEDFORWARD  Output of the network for every column of X.
  [W, b] = net_unpack(sizes, p);
  [~, as] = net_forward(W, b, X);
  aL = as{end};
end
