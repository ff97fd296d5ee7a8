function [rel_err, g, g_numeric] = network_gradcheck(sizes, p, X, Y, backprop, h)
  % NETWORK_GRADCHECK  Backprop against central differences of the mean cost.
  %   [rel_err, g, g_numeric] = nnref.network_gradcheck(sizes, p, X, Y, backprop, h)
  %   with sizes, p, X (n0 x N), Y (nL x N) as in nnref.network_cost. g = the first
  %   output of backprop(sizes, p, X, Y), the gradient of the mean cost packed like p
  %   (default @nnref.network_backprop_batch); g_numeric(i) = (C(p + h e_i) -
  %   C(p - h e_i)) / (2h) with C = nnref.network_cost (default h = 1e-5); rel_err =
  %   norm(g_numeric - g) / norm(g_numeric + g), as the classic course's checkNNGradients.
  %   A correct backprop gives about 1e-11 on small networks; g, g_numeric are columns.
  %   Python twin: nnref.gradcheck.network_gradcheck. SPEC C.
  %   Example: nnref.network_gradcheck([2 3 2], sin(1:17), [0.1 0.5; 0.3 0.2], [0 1; 1 0])  % < 1e-9
  if nargin < 5 || isempty(backprop)
    backprop = @nnref.network_backprop_batch;
  end
  if nargin < 6
    h = 1e-5;
  end
  [sizes, ~, ~] = nnref.network_check(sizes, p);
  [X, Y] = nnref.network_check_data(sizes, X, Y);
  h = nnref.check_scalar(h, 'h');
  p = double(p(:));
  g = backprop(sizes, p, X, Y);
  g = g(:);
  g_numeric = zeros(size(p));
  for i = 1:numel(p)
    step = zeros(size(p));
    step(i) = h;
    g_numeric(i) = (nnref.network_cost(sizes, p + step, X, Y) - ...
                    nnref.network_cost(sizes, p - step, X, Y)) / (2 * h);
  end
  rel_err = norm(g_numeric - g) / norm(g_numeric + g);
end

%!assert (nnref.network_gradcheck ([2 3 2], sin (1:17), [0.1 0.5; 0.3 0.2], [0 1; 1 0]) < 1e-9)
%!test
%! sample = @(s, p, X, Y) nnref.network_backprop (s, p, X, Y);
%! assert (nnref.network_gradcheck ([3 4 2], cos (1:26), [0.1; 0.5; 0.9], [1; 0], sample) < 1e-9);
%!test
%! wrong = @(s, p, X, Y) 1.01 * nnref.network_backprop_batch (s, p, X, Y);
%! assert (nnref.network_gradcheck ([2 2], sin (1:6), [1; 2], [0; 1], wrong) > 1e-3);
