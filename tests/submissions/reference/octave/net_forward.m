function [zs, as] = net_forward(W, b, X)
  % NET_FORWARD  z^l and a^l of every layer for the columns of X (as{1} = X).
  L = numel(W);
  zs = cell(1, L);
  as = cell(1, L + 1);
  as{1} = X;
  for l = 1:L
    zs{l} = W{l} * as{l} + b{l};
    as{l + 1} = 1 ./ (1 + exp(-zs{l}));
  end
end
