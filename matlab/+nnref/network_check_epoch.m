function [order, m, eta] = network_check_epoch(N, order, m, eta)
  % NETWORK_CHECK_EPOCH  Door check of an SGD epoch's sample order, mini-batch size and step.
  %   [order, m, eta] = nnref.network_check_epoch(N, order, m, eta) refuses an order that
  %   is not a permutation of the sample numbers 1..N (nnref:badOrder; 1-based in Python
  %   too, so both languages take the same batches), an m that is not a positive integer
  %   (nnref:badBatchSize) and an eta that is not a finite real scalar. order is returned
  %   as a row. Python twin: nnref.network_sgd.check_epoch. SPEC C.
  %   Example: [order, m, eta] = nnref.network_check_epoch(3, [3 1 2], 2, 0.5);
  order = nnref.check_vector(order, 'order', [])';
  if numel(order) ~= N || ~isequal(sort(order), 1:N)
    error('nnref:badOrder', 'order must be a permutation of 1..%d (sample numbers, 1-based)', N);
  end
  m = nnref.check_scalar(m, 'm');
  if m < 1 || m ~= round(m)
    error('nnref:badBatchSize', 'm must be a positive integer (the mini-batch size)');
  end
  eta = nnref.check_scalar(eta, 'eta');
end

%!test
%! [order, m, eta] = nnref.network_check_epoch (3, [3; 1; 2], 2, 0.5);
%! assert (order, [3 1 2]);
%! assert ([m eta], [2 0.5]);
%!error <order must be a permutation of 1..3 \(sample numbers, 1-based\)> nnref.network_check_epoch (3, [0 1 2], 1, 1)
%!error id=nnref:badOrder nnref.network_check_epoch (3, [1 1 2], 1, 1)
%!error <m must be a positive integer \(the mini-batch size\)> nnref.network_check_epoch (3, [1 2 3], 0, 1)
%!error id=nnref:badBatchSize nnref.network_check_epoch (3, [1 2 3], 1.5, 1)
%!error <eta contains NaN> nnref.network_check_epoch (3, [1 2 3], 1, NaN)
