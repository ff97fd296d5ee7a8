function o1 = net221_feedforward_batch(w, b, X)
  % NET221_FEEDFORWARD_BATCH  Output o1 of the 2-2-1 network for every row of X.
  %   o1 = nnref.net221_feedforward_batch(w, b, X) with w = [w1 .. w6], b = [b1 b2 b3]
  %   and X an n x 2 matrix (one sample [x1 x2] per row); o1 is a 1 x n row:
  %     h1 = sigma(w1*x1 + w2*x2 + b1), h2 = sigma(w3*x1 + w4*x2 + b2),
  %     o1 = sigma(w5*h1 + w6*h2 + b3), element-wise over the rows.
  %   Python twin: nnref.net221.net221_feedforward_batch. SPEC A2, A5.
  %   Example: nnref.net221_feedforward_batch([0 1 0 1 0 1], [0 0 0], [2 3; 2 3])
  %            % [0.72163 0.72163]
  w = nnref.check_vector(w, 'w', 6);
  b = nnref.check_vector(b, 'b', 3);
  X = nnref.net221_check_samples(X);
  x1 = X(:, 1)';
  x2 = X(:, 2)';
  h1 = nnref.sigmoid(w(1) .* x1 + w(2) .* x2 + b(1));
  h2 = nnref.sigmoid(w(3) .* x1 + w(4) .* x2 + b(2));
  o1 = nnref.sigmoid(w(5) .* h1 + w(6) .* h2 + b(3));
end

%!assert (nnref.net221_feedforward_batch ([0 1 0 1 0 1], [0 0 0], [2 3; 2 3]), [1 1] * 0.7216325609518421, 1e-15)
%!test
%! w = [0.5 -1 2 0.25 -0.75 1.5];
%! b = [0.1 -0.2 0.3];
%! X = [-2 -1; 25 6; 17 4];
%! o1 = nnref.net221_feedforward_batch (w, b, X);
%! for i = 1:3
%!   assert (o1(i), nnref.net221_feedforward (w, b, X(i, :)), 1e-15);
%! end
%!error <X must have 2 columns and at least one row \(one sample per row\), got size 3x3> nnref.net221_feedforward_batch (ones (1, 6), ones (1, 3), zeros (3, 3))
%!error id=nnref:badShape nnref.net221_feedforward_batch (ones (1, 5), ones (1, 3), zeros (3, 2))
