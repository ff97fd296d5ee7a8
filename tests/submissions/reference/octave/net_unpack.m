function [W, b] = net_unpack(sizes, p)
  % NET_UNPACK  Weights and biases from the flat p: W1 row by row, then b1, then W2, b2, ...
  L = numel(sizes) - 1;
  W = cell(1, L);
  b = cell(1, L);
  k = 0;
  for l = 1:L
    rows = sizes(l + 1);
    cols = sizes(l);
    W{l} = reshape(p(k + 1:k + rows * cols), cols, rows)';
    k = k + rows * cols;
    b{l} = reshape(p(k + 1:k + rows), rows, 1);
    k = k + rows;
  end
end
