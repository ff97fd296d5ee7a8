function [dC_dW, dC_db, C, hidden] = network_backprop_sample(W, b, x, y)
  % NETWORK_BACKPROP_SAMPLE  The book's backprop for ONE sample, layer by layer (no checks).
  %   [dC_dW, dC_db, C, hidden] = nnref.network_backprop_sample(W, b, x, y) with cell
  %   arrays W, b as in nnref.network_forward, x (n0 x 1) and y (nL x 1) columns.
  %   C = 0.5 * ||a^L - y||^2; dC/da^L = a^L - y; for l = L..1: dC_db{l} = sigma'(z^l) .*
  %   dC/da^l with sigma'(z) = sigma(z) .* (1 - sigma(z)) computed from z^l, dC_dW{l} =
  %   dC_db{l} * a^(l-1)', dC/da^(l-1) = W{l}' * dC_db{l}; hidden{l} = dC/da^l for the
  %   hidden layers l = 1..L-1. Trusts its arguments. Python twin:
  %   nnref.network.backprop_sample. SPEC C.
  %   Example: [dW, db, C, h] = nnref.network_backprop_sample({1.58, 2.45}, {-0.14, -0.11}, 0.8, 1);
  L = numel(W);
  [z, a] = nnref.network_forward(W, b, x);
  dC_da = a{L + 1} - y;
  C = 0.5 * sum(dC_da .* dC_da);
  dC_dW = cell(1, L);
  dC_db = cell(1, L);
  hidden = cell(1, L - 1);
  for l = L:-1:1
    s = 1 ./ (1 + exp(-z{l}));
    dC_db{l} = s .* (1 - s) .* dC_da;
    dC_dW{l} = dC_db{l} * a{l}';
    if l > 1
      dC_da = W{l}' * dC_db{l};
      hidden{l - 1} = dC_da;
    end
  end
end

%!test
%! [dW, db, C, h] = nnref.network_backprop_sample ({1.58, 2.45}, {-0.14, -0.11}, 0.8, 1);
%! assert (h{1}, -0.04653130523311476, 1e-17);
%! assert (dW{2}, -0.014334109526226761, 1e-17);
%! assert (db{1}, -0.008613534018377424, 1e-17);
%! assert (C, 0.011164479170294499, 1e-17);
