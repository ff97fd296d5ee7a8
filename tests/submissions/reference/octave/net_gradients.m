function [dW, db, C, dA] = net_gradients(W, b, X, Y)
  % NET_GRADIENTS  dC/dW, dC/db summed over the columns, the summed cost, and dC/da of the
  %   hidden layers (dA{l} for l = 1..L-1).
  [~, as] = net_forward(W, b, X);
  L = numel(W);
  err = as{L + 1} - Y;
  C = 0.5 * sum(err(:) .^ 2);
  delta = err .* as{L + 1} .* (1 - as{L + 1});
  dW = cell(1, L);
  db = cell(1, L);
  dA = cell(1, L - 1);
  for l = L:-1:1
    dW{l} = delta * as{l}';
    db{l} = sum(delta, 2);
    if l > 1
      dA{l - 1} = W{l}' * delta;
      delta = dA{l - 1} .* as{l} .* (1 - as{l});
    end
  end
end
