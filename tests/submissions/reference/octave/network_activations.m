function [z, a] = network_activations(sizes, p, X)
  % NETWORK_ACTIVATIONS  z^1..z^L and a^1..a^L stacked, one column per sample.
  [W, b] = net_unpack(sizes, p);
  [zs, as] = net_forward(W, b, X);
  z = vertcat(zs{:});
  a = vertcat(as{2:end});
end
