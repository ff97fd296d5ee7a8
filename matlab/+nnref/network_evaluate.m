function [correct, predicted] = network_evaluate(sizes, p, X, Y)
  % NETWORK_EVALUATE  How many samples a layered network classifies correctly (argmax).
  %   [correct, predicted] = nnref.network_evaluate(sizes, p, X, Y) with sizes, p, X (n0 x
  %   N), Y (nL x N, e.g. one-hot targets) as in nnref.network_cost: predicted(j) = the row
  %   of the largest output for column j (1-based; the FIRST one on a tie, as max does and
  %   numpy's argmax), a 1 x N row; correct = how many predicted(j) equal the row of the
  %   largest Y(:, j) (first on a tie). Python twin: nnref.network_sgd.network_evaluate. SPEC C.
  %   Example: [c, k] = nnref.network_evaluate([1 2], [1 -1 0 0], [2 -2], [1 0; 0 1])  % c = 1, k = [1 2]
  [sizes, W, b] = nnref.network_check(sizes, p);
  [X, Y] = nnref.network_check_data(sizes, X, Y);
  [~, a] = nnref.network_forward(W, b, X);
  [~, predicted] = max(a{end}, [], 1);
  [~, labels] = max(Y, [], 1);
  correct = sum(predicted == labels);
end

%!test
%! [c, k] = nnref.network_evaluate ([1 2], [1 -1 0 0], [2 -2], [1 0; 0 1]);
%! assert (c, 2);
%! assert (k, [1 2]);
%!test
%! [c, k] = nnref.network_evaluate ([1 3], [0 0 0 1 1 0], [5 6], [0 0; 1 1; 0 0]);
%! assert (k, [1 1]);  % a tie between rows 1 and 2: the first
%! assert (c, 0);
