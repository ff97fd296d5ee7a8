function varargout = net221_backprop(w, b, x, y)
  % NET221_BACKPROP  Forward values and every partial of L = (y - o1)^2 for one sample.
  %   [sum_h1, h1, sum_h2, h2, sum_o1, o1, dL_dypred, dypred_dw5, dypred_dw6, dypred_db3,
  %    dypred_dh1, dypred_dh2, dh1_dw1, dh1_dw2, dh1_db1, dh2_dw3, dh2_dw4, dh2_db2,
  %    dL_dw1, dL_dw2, dL_dw3, dL_dw4, dL_dw5, dL_dw6, dL_db1, dL_db2, dL_db3]
  %     = nnref.net221_backprop(w, b, x, y)
  %   with w = [w1 .. w6], b = [b1 b2 b3], x = [x1 x2] and the label y. The chain rule of
  %   SPEC A5: dypred/dw5 = h1*sigma'(sum_o1), dypred/dh1 = w5*sigma'(sum_o1),
  %   dh1/dw1 = x1*sigma'(sum_h1), ..., dL/dw1 = dL/dypred * dypred/dh1 * dh1/dw1, ...
  %   Python twin: nnref.net221.net221_backprop (a tuple in this order).
  %   Example (SPEC A6, Alice): [~, ~, ~, ~, ~, o1] = nnref.net221_backprop(ones(1, 6), ...
  %            zeros(1, 3), [-2 -1], 1)  % o1 = 0.5236951740839997
  w = nnref.check_vector(w, 'w', 6);
  b = nnref.check_vector(b, 'b', 3);
  x = nnref.check_vector(x, 'x', 2);
  y = nnref.check_scalar(y, 'y');
  values = nnref.net221_step_values(w, b, x(1), x(2), y, 0);
  varargout = num2cell(values(1:max(nargout, 1)));
end

%!test
%! [~, h1, ~, h2, sum_o1, o1, dL_dypred, ~, ~, ~, dypred_dh1, ~, dh1_dw1, ~, ~, ~, ~, ~, ...
%!  dL_dw1] = nnref.net221_backprop (ones (1, 6), zeros (1, 3), [-2 -1], 1);
%! assert ([h1 h2 sum_o1 o1], [0.04742587317756678 0.04742587317756678 ...
%!          0.09485174635513356 0.5236951740839997], 1e-15);
%! assert ([dL_dypred dypred_dh1 dh1_dw1 dL_dw1], [-0.9526096518320006 ...
%!          0.24943853872512894 -0.09035331946182427 0.02146953526581111], 1e-14);
%!error id=nnref:badShape nnref.net221_backprop (ones (1, 6), zeros (1, 3), [-2 -1], [1 0])
%!error <x must have 2 elements, got 3> nnref.net221_backprop (ones (1, 6), zeros (1, 3), [1 2 3], 1)
