function [w, b, trace] = net221_step(w, b, x, y, learn_rate)
  % NET221_STEP  One SGD step of the 2-2-1 network on one sample (SPEC A5).
  %   [w, b] = nnref.net221_step(w, b, x, y, learn_rate) returns the parameters after
  %   p = p - learn_rate * dL/dp for all nine (w1 .. w6 in w, b1 .. b3 in b, 1 x 6 and
  %   1 x 3), every partial of L = (y - o1)^2 taken before the update. learn_rate
  %   defaults to 0.1 (SPEC A7). [w, b, trace] = ... also returns the step's trace: a
  %   struct with one field per intermediate (the names of nnref.net221_step_values:
  %   sum_h1, h1, ..., dL_dw1, ..., w1, ..., b3). Python twin: nnref.net221.net221_step.
  %   Example: [w, b] = nnref.net221_step(ones(1, 6), zeros(1, 3), [-2 -1], 1, 0.1)
  if nargin < 5
    learn_rate = 0.1;
  end
  w = nnref.check_vector(w, 'w', 6);
  b = nnref.check_vector(b, 'b', 3);
  x = nnref.check_vector(x, 'x', 2);
  y = nnref.check_scalar(y, 'y');
  learn_rate = nnref.net221_check_rate(learn_rate);
  [values, names] = nnref.net221_step_values(w, b, x(1), x(2), y, learn_rate);
  w = values(28:33);
  b = values(34:36);
  if nargout > 2
    trace = cell2struct(num2cell(values), names, 2);
  end
end

%!test
%! [w, b, t] = nnref.net221_step (ones (1, 6), zeros (1, 3), [-2 -1], 1, 0.1);
%! assert (w(1), 1 - 0.1 * 0.02146953526581111, 1e-15);
%! assert ([t.w1 t.w2 t.w3 t.w4 t.w5 t.w6], w);
%! assert ([t.b1 t.b2 t.b3], b);
%! assert (t.dL_dw1, 0.02146953526581111, 1e-15);
%!assert (nnref.net221_step (ones (1, 6), zeros (1, 3), [-2 -1], 1), ...
%!        nnref.net221_step (ones (1, 6), zeros (1, 3), [-2 -1], 1, 0.1))
%!error <learn_rate must be positive, got -0.1> nnref.net221_step (ones (1, 6), zeros (1, 3), [-2 -1], 1, -0.1)
