function o1 = net221_feedforward(w, b, x)
  % NET221_FEEDFORWARD  Output o1 of the nine-parameter 2-2-1 network for one sample.
  %   o1 = nnref.net221_feedforward(w, b, x) with w = [w1 .. w6] (6 elements),
  %   b = [b1 b2 b3] (3 elements), x = [x1 x2]:
  %     h1 = sigma(w1*x1 + w2*x2 + b1), h2 = sigma(w3*x1 + w4*x2 + b2),
  %     o1 = sigma(w5*h1 + w6*h2 + b3).
  %   Python twin: nnref.net221.net221_feedforward. SPEC A2, A5.
  %   Example: nnref.net221_feedforward([0 1 0 1 0 1], [0 0 0], [2 3])  % 0.7216325609518421
  w = nnref.check_vector(w, 'w', 6);
  b = nnref.check_vector(b, 'b', 3);
  x = nnref.check_vector(x, 'x', 2);
  h1 = nnref.sigmoid(w(1) * x(1) + w(2) * x(2) + b(1));
  h2 = nnref.sigmoid(w(3) * x(1) + w(4) * x(2) + b(2));
  o1 = nnref.sigmoid(w(5) * h1 + w(6) * h2 + b(3));
end

%!assert (nnref.net221_feedforward ([0 1 0 1 0 1], [0 0 0], [2 3]), 0.7216325609518421, 1e-15)
%!error <w must have 6 elements, got 5> nnref.net221_feedforward ([0 1 0 1 0], [0 0 0], [2 3])
%!error id=nnref:badShape nnref.net221_feedforward ([0 1 0 1 0 1], [0 0 0], [2 3 4])
