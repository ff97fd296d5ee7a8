function [values, names] = net221_step_values(w, b, x1, x2, y, learn_rate)
  % NET221_STEP_VALUES  Every intermediate of one SGD step of the 2-2-1 network (kernel).
  %   [values, names] = nnref.net221_step_values(w, b, x1, x2, y, learn_rate) returns a
  %   1 x 36 row in the order of names (a 1 x 36 cell): sum_h1, h1, sum_h2, h2, sum_o1,
  %   o1, dL_dypred, the local partials dypred_dw5 .. dh2_db2, the nine partials of
  %   L = (y - o1)^2 (dL_dw1 .. dL_db3) and the updated parameters w1 .. b3, each
  %   p - learn_rate * dL/dp with all partials taken before the update (SPEC A5).
  %   No door checks: w (6 elements), b (3), scalars x1, x2, y, learn_rate are trusted;
  %   the checked entry points are nnref.net221_backprop, net221_step and net221_train.
  %   Python twin: nnref.net221.step_values (names: nnref.net221.STEP_NAMES).
  %   Example: v = nnref.net221_step_values(ones(1, 6), zeros(1, 3), -2, -1, 1, 0.1);
  %            v(19)  % dL_dw1 = 0.021469535265811...
  sum_h1 = w(1) * x1 + w(2) * x2 + b(1);
  sum_h2 = w(3) * x1 + w(4) * x2 + b(2);
  [h, d_h] = sigma_and_prime([sum_h1 sum_h2]);
  h1 = h(1);
  h2 = h(2);
  sum_o1 = w(5) * h1 + w(6) * h2 + b(3);
  [o1, d_o1] = sigma_and_prime(sum_o1);
  dL_dypred = -2 * (y - o1);
  d = [d_o1 d_h];
  local = [h1 * d(1), h2 * d(1), d(1), w(5) * d(1), w(6) * d(1), ...
           x1 * d(2), x2 * d(2), d(2), x1 * d(3), x2 * d(3), d(3)];
  dypred_dh1 = local(4);
  dypred_dh2 = local(5);
  partials = [dL_dypred * dypred_dh1 * local(6), dL_dypred * dypred_dh1 * local(7), ...
              dL_dypred * dypred_dh2 * local(9), dL_dypred * dypred_dh2 * local(10), ...
              dL_dypred * local(1), dL_dypred * local(2), ...
              dL_dypred * dypred_dh1 * local(8), dL_dypred * dypred_dh2 * local(11), ...
              dL_dypred * local(3)];
  updated = [w(:)' b(:)'] - learn_rate .* partials;
  values = [sum_h1, h1, sum_h2, h2, sum_o1, o1, dL_dypred, local, partials, updated];
  if nargout > 1
    names = {'sum_h1', 'h1', 'sum_h2', 'h2', 'sum_o1', 'o1', 'dL_dypred', ...
             'dypred_dw5', 'dypred_dw6', 'dypred_db3', 'dypred_dh1', 'dypred_dh2', ...
             'dh1_dw1', 'dh1_dw2', 'dh1_db1', 'dh2_dw3', 'dh2_dw4', 'dh2_db2', ...
             'dL_dw1', 'dL_dw2', 'dL_dw3', 'dL_dw4', 'dL_dw5', 'dL_dw6', ...
             'dL_db1', 'dL_db2', 'dL_db3', ...
             'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'b1', 'b2', 'b3'};
  end
end

function [s, d] = sigma_and_prime(z)
  % nnref.sigmoid and nnref.sigmoid_prime, the same formulas inlined without door checks:
  % a training run calls this 8000 times (SPEC A7), and the checks would double its time.
  e = exp(-abs(z));
  s = 1 ./ (1 + e);
  negative = z < 0;
  s(negative) = e(negative) ./ (1 + e(negative));
  d = e ./ (1 + e) .^ 2;
end

%!test
%! [v, names] = nnref.net221_step_values (ones (1, 6), zeros (1, 3), -2, -1, 1, 0.1);
%! assert (size (v), [1 36]);
%! assert (numel (names), 36);
%! assert (v(strcmp (names, 'o1')), 0.5236951740839997, 1e-15);
%! assert (v(strcmp (names, 'dL_dw1')), 0.02146953526581111, 1e-15);
%! assert (v(strcmp (names, 'w1')), 1 - 0.1 * 0.02146953526581111, 1e-15);
%!test
%! z = [-800 -3 -0.5 0 0.5 3 800];
%! for k = 1:numel (z)
%!   v = nnref.net221_step_values ([0 0 0 0 1 0], [z(k) 0 0], 0, 0, 1, 0.1);
%!   assert (v(2), nnref.sigmoid (z(k)));
%!   assert (v(15), nnref.sigmoid_prime (z(k)));
%! end
