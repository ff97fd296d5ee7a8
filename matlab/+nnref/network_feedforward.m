function aL = network_feedforward(sizes, p, X)
  % NETWORK_FEEDFORWARD  Output a^L of a layered sigmoid network for every column of X.
  %   aL = nnref.network_feedforward(sizes, p, X) with layer sizes [n0 ... nL], flat
  %   parameters p (W{1} row by row, b{1}, W{2} row by row, b{2}, ...; nnref.network_unpack)
  %   and X (n0 x N, one column per sample): a^0 = X, a^l = sigma(W^l a^(l-1) + b^l);
  %   aL is nL x N. Python twin: nnref.network.network_feedforward. SPEC C, C2.
  %   Example: nnref.network_feedforward([1 1 1], [1.58 -0.14 2.45 -0.11], 0.8)  % 0.850571226530534
  [sizes, W, b] = nnref.network_check(sizes, p);
  X = nnref.network_check_data(sizes, X);
  [~, a] = nnref.network_forward(W, b, X);
  aL = a{end};
end

%!assert (nnref.network_feedforward ([1 1 1], [1.58 -0.14 2.45 -0.11], 0.8), 0.850571226530534, 1e-15)
%!assert (size (nnref.network_feedforward ([2 3 4], zeros (1, 25), ones (2, 5))), [4 5])
%!error <X must have 2 rows \(one column per sample\), got 5> nnref.network_feedforward ([2 1], [1 2 3], ones (5, 2))
