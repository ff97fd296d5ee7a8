function C = network_cost(sizes, p, X, Y)
  % NETWORK_COST  Mean quadratic cost of a layered network over the columns of X and Y.
  %   C = nnref.network_cost(sizes, p, X, Y) = (1/N) * sum over the N columns of
  %   0.5 * ||a^L - y||^2, with sizes, p, X as in nnref.network_feedforward and Y nL x N.
  %   Python twin: nnref.network.network_cost. SPEC C, C1.
  %   Example: nnref.network_cost([1 1 1], [1.58 -0.14 2.45 -0.11], 0.8, 1)  % 0.011164479170294499
  [sizes, W, b] = nnref.network_check(sizes, p);
  [X, Y] = nnref.network_check_data(sizes, X, Y);
  [~, a] = nnref.network_forward(W, b, X);
  dC_da = a{end} - Y;
  C = 0.5 * sum(dC_da(:) .* dC_da(:)) / size(X, 2);
end

%!assert (nnref.network_cost ([1 1 1], [1.58 -0.14 2.45 -0.11], 0.8, 1), 0.011164479170294499, 1e-17)
%!assert (nnref.network_cost ([1 1], [0 0], [1 2], [0.5 0.5]), 0)
%!error <Y must have size 1x2 \(one column per sample\), got size 1x3> nnref.network_cost ([1 1], [0 0], [1 2], [1 2 3])
