function g = mse_grad(y_true, y_pred)
  % MSE_GRAD  Gradient of the mean squared error with respect to y_pred: 2*(y_pred - y_true)/N.
  %   g = nnref.mse_grad(y_true, y_pred) with finite arrays of the same size; N is the
  %   number of elements (nnref.mse averages over all of them).
  %   Python twin: nnref.losses.mse_grad. SPEC A3, D (the toolbox).
  %   Example: nnref.mse_grad([1 0], [0 0])  % [-1 0]
  [y_true, y_pred] = nnref.check_same_size(y_true, y_pred, 'y_true', 'y_pred');
  g = 2 * (y_pred - y_true) / numel(y_true);
end

%!assert (nnref.mse_grad ([1 0], [0 0]), [-1 0])
%!assert (nnref.mse_grad ([1 2; 3 4], [1 2; 3 6]), [0 0; 0 1])
%!error <y_true is 1x2, y_pred is 2x1> nnref.mse_grad ([1 0], [1; 0])
