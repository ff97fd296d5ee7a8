function [dL_dw, dL_db] = net221_partials(w, b, x, y)
  % NET221_PARTIALS  The nine partials of L = (y - o1)^2 for one sample, shaped like w, b.
  %   [dL_dw, dL_db] = nnref.net221_partials(w, b, x, y): dL_dw = [dL/dw1 .. dL/dw6]
  %   (1 x 6), dL_db = [dL/db1 dL/db2 dL/db3] (1 x 3), by the chain rule of SPEC A5
  %   (see nnref.net221_backprop). Python twin: nnref.net221.net221_partials.
  %   Example (SPEC A6): dL_dw = nnref.net221_partials(ones(1, 6), zeros(1, 3), [-2 -1], 1)
  %            % dL_dw(1) = 0.02146953526581111
  w = nnref.check_vector(w, 'w', 6);
  b = nnref.check_vector(b, 'b', 3);
  x = nnref.check_vector(x, 'x', 2);
  y = nnref.check_scalar(y, 'y');
  values = nnref.net221_step_values(w, b, x(1), x(2), y, 0);
  dL_dw = values(19:24);
  dL_db = values(25:27);
end

%!test
%! [dL_dw, dL_db] = nnref.net221_partials (ones (1, 6), zeros (1, 3), [-2 -1], 1);
%! assert (dL_dw(1), 0.02146953526581111, 1e-15);
%! assert (dL_dw([1 2]), dL_dw([3 4]));
%! assert (size (dL_db), [1 3]);
%!error <b must have 3 elements, got 2> nnref.net221_partials (ones (1, 6), zeros (1, 2), [-2 -1], 1)
