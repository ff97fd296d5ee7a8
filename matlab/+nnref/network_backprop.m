function [g, C, dC_da] = network_backprop(sizes, p, x, y)
  % NETWORK_BACKPROP  Gradient of the quadratic cost for ONE sample, by backpropagation.
  %   [g, C, dC_da] = nnref.network_backprop(sizes, p, x, y) with sizes, p as in
  %   nnref.network_feedforward, x (n0 elements) and y (nL elements):
  %   C = 0.5 * ||a^L - y||^2; g = dC/dp packed like p (W^1 row by row, b^1, ...) and of
  %   the size of p; dC_da = [dC/da^1; ...; dC/da^(L-1)], the hidden layers, a column
  %   (0 x 1 without a hidden layer). Backward (SPEC C): dC/da^L = a^L - y, dC/db^l =
  %   sigma'(z^l) .* dC/da^l, dC/dW^l = dC/db^l * a^(l-1)', dC/da^(l-1) = W^l' * dC/db^l.
  %   Python twin: nnref.network.network_backprop. SPEC C, C1.
  %   Example: g = nnref.network_backprop([1 1 1], [1.58 -0.14 2.45 -0.11], 0.8, 1)
  %   gives [dC/dw1 dC/db1 dC/dw2 dC/db2] = [-0.006890827214701939 -0.008613534018377424
  %   -0.014334109526226761 -0.018992369482903983].
  [sizes, W, b] = nnref.network_check(sizes, p);
  x = nnref.check_vector(x, 'x', sizes(1));
  y = nnref.check_vector(y, 'y', sizes(end));
  [dC_dW, dC_db, C, hidden] = nnref.network_backprop_sample(W, b, x, y);
  g = reshape(nnref.network_pack(dC_dW, dC_db), size(p));
  dC_da = vertcat(zeros(0, 1), hidden{:});
end

%!test
%! [g, C, dC_da] = nnref.network_backprop ([1 1 1], [1.58 -0.14 2.45 -0.11], 0.8, 1);
%! assert (g, [-0.006890827214701939 -0.008613534018377424 -0.014334109526226761 -0.018992369482903983], 1e-17);
%! assert (dC_da, -0.04653130523311476, 1e-17);
%!assert (size (nthargout (3, @nnref.network_backprop, [2 1], [1 2 3], [1 1], 0)), [0 1])
%!error <y must have 1 elements, got 2> nnref.network_backprop ([2 1], [1 2 3], [1 1], [0 1])
