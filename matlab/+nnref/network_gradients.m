function [dC_dW, dC_db, cost] = network_gradients(W, b, X, Y)
  % NETWORK_GRADIENTS  Matrix-form backprop: gradients SUMMED over a batch (no checks).
  %   [dC_dW, dC_db, cost] = nnref.network_gradients(W, b, X, Y) with cell arrays W, b
  %   as in nnref.network_forward, X (n0 x N) and Y (nL x N), one column per sample.
  %   dC/da^L = a^L - Y; for l = L..1: dC/db^l = sigma'(z^l) .* dC/da^l with sigma'(z^l) =
  %   a^l .* (1 - a^l) (one column per sample), dC_db{l} = its row sums, dC_dW{l} =
  %   dC/db^l * a^(l-1)' (one product sums the N outer products), dC/da^(l-1) = W{l}' *
  %   dC/db^l with W{l} before any update. cost = sum of 0.5 * ||a^L - y||^2 over columns.
  %   No loop over samples. Trusts its arguments. Python twin: nnref.network.gradients. SPEC C.
  %   Example: [dW, db] = nnref.network_gradients({1.58, 2.45}, {-0.14, -0.11}, 0.8, 1);
  L = numel(W);
  [~, a] = nnref.network_forward(W, b, X);
  dC_da = a{L + 1} - Y;
  cost = 0.5 * sum(dC_da(:) .* dC_da(:));
  dC_dW = cell(1, L);
  dC_db = cell(1, L);
  for l = L:-1:1
    dC_dz = a{l + 1} .* (1 - a{l + 1}) .* dC_da;
    dC_db{l} = sum(dC_dz, 2);
    dC_dW{l} = dC_dz * a{l}';
    if l > 1
      dC_da = W{l}' * dC_dz;
    end
  end
end

%!test
%! [dW, db, cost] = nnref.network_gradients ({1.58, 2.45}, {-0.14, -0.11}, 0.8, 1);
%! assert (db{2}, -0.018992369482903983, 1e-17);
%! assert (dW{1}, -0.006890827214701939, 1e-17);
%! assert (cost, 0.011164479170294499, 1e-17);
%!test
%! [dW, db] = nnref.network_gradients ({[1 2; 3 4]}, {[0; 1]}, [1 2; 3 4], [0 1; 1 0]);
%! [dW1, db1] = nnref.network_gradients ({[1 2; 3 4]}, {[0; 1]}, [1; 3], [0; 1]);
%! [dW2, db2] = nnref.network_gradients ({[1 2; 3 4]}, {[0; 1]}, [2; 4], [1; 0]);
%! assert (dW{1}, dW1{1} + dW2{1}, 1e-15);
%! assert (db{1}, db1{1} + db2{1}, 1e-15);
