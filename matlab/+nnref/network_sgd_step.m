function p_new = network_sgd_step(sizes, p, X, Y, eta)
  % NETWORK_SGD_STEP  One gradient-descent step of a layered network on one mini-batch.
  %   p_new = nnref.network_sgd_step(sizes, p, X, Y, eta) with sizes, p, X (n0 x N), Y
  %   (nL x N) as in nnref.network_cost: p_new = p - (eta/N) * sum over the N columns of
  %   dC/dp (sums from nnref.network_gradients, matrix form); p_new has the size of p.
  %   Python twin: nnref.network_sgd.network_sgd_step. SPEC C, C1, C2.
  %   Example: nnref.network_sgd_step([1 1 1], [1.58 -0.14 2.45 -0.11], 0.8, 1, 0.1)
  %   gives [1.5806890827214704 -0.13913864659816227 2.451433410952623 -0.1081007630517096].
  [sizes, W, b] = nnref.network_check(sizes, p);
  [X, Y] = nnref.network_check_data(sizes, X, Y);
  eta = nnref.check_scalar(eta, 'eta');
  [dC_dW, dC_db] = nnref.network_gradients(W, b, X, Y);
  scale = eta / size(X, 2);
  for l = 1:numel(W)
    W{l} = W{l} - scale * dC_dW{l};
    b{l} = b{l} - scale * dC_db{l};
  end
  p_new = reshape(nnref.network_pack(W, b), size(p));
end

%!assert (nnref.network_sgd_step ([1 1 1], [1.58 -0.14 2.45 -0.11], 0.8, 1, 0.1), [1.5806890827214704 -0.13913864659816227 2.451433410952623 -0.1081007630517096], 1e-15)
%!assert (size (nnref.network_sgd_step ([1 1], [1; 2], 0.5, 1, 0.1)), [2 1])
%!error <eta must be a scalar, got size 1x2> nnref.network_sgd_step ([1 1], [1 2], 0.5, 1, [1 2])
