function [g, C, dC_da] = network_backprop(sizes, p, x, y)
  % NETWORK_BACKPROP  Gradient (packed like p), cost and hidden dC/da for one sample.
  [W, b] = net_unpack(sizes, p);
  [dW, db, C, dA] = net_gradients(W, b, x(:), y(:));
  g = net_pack(dW, db, p);
  dC_da = zeros(0, 1);
  if ~isempty(dA)
    dC_da = vertcat(dA{:});
  end
end
