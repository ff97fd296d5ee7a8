function p_new = network_sgd_epoch(sizes, p, X, Y, order, m, eta)
  % NETWORK_SGD_EPOCH  One epoch of mini-batch SGD of a layered network, matrix form.
  %   p_new = nnref.network_sgd_epoch(sizes, p, X, Y, order, m, eta) with sizes, p, X
  %   (n0 x N), Y (nL x N) as in nnref.network_cost. The samples (columns) are taken in
  %   order, a permutation of the sample numbers 1..N (1-based in Python too, so both
  %   languages take the same batches), in batches order(1:m), order(m+1:2m), ...; the
  %   last batch holds the N mod m samples left over, if any. Each batch steps once:
  %   p = p - (eta/size) * sum of its gradients, the sum from one matrix product per
  %   layer (nnref.network_sgd_epoch_core, after the checks). p_new has the size of p.
  %   Python twin: nnref.network_sgd.network_sgd_epoch. SPEC C.
  %   Example: nnref.network_sgd_epoch([1 1 1], [1.58 -0.14 2.45 -0.11], [0.8 0.2], [1 0], [2 1], 1, 0.1)
  [sizes, W, b] = nnref.network_check(sizes, p);
  [X, Y] = nnref.network_check_data(sizes, X, Y);
  N = size(X, 2);
  [order, m, eta] = nnref.network_check_epoch(N, order, m, eta);
  p_new = reshape(nnref.network_sgd_epoch_core(W, b, X, Y, order, m, eta), size(p));
end

%!test
%! s = [1 1 1]; p = [1.58 -0.14 2.45 -0.11];
%! assert (nnref.network_sgd_epoch (s, p, 0.8, 1, 1, 1, 0.1), nnref.network_sgd_step (s, p, 0.8, 1, 0.1));
%! p2 = nnref.network_sgd_step (s, nnref.network_sgd_step (s, p, 0.2, 0, 0.1), 0.8, 1, 0.1);
%! assert (nnref.network_sgd_epoch (s, p, [0.8 0.2], [1 0], [2 1], 1, 0.1), p2);
%! p3 = nnref.network_sgd_step (s, nnref.network_sgd_step (s, p, [0.2 0.8], [0 1], 0.1), 0.5, 1, 0.1);
%! assert (nnref.network_sgd_epoch (s, p, [0.8 0.2 0.5], [1 0 1], [2 1 3], 2, 0.1), p3, 1e-15);
%!error <order must be a permutation of 1..2 \(sample numbers, 1-based\)> nnref.network_sgd_epoch ([1 1], [1 2], [1 2], [0 1], [0 1], 1, 0.1)
