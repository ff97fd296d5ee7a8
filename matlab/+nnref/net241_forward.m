function Yhat = net241_forward(X, W1, B1, W2, B2)
  % NET241_FORWARD  Output of the 2-4-1 network: Yhat = sigma(tanh(X*W1 + B1)*W2 + B2).
  %   Yhat = nnref.net241_forward(X, W1, B1, W2, B2) with samples in the rows of X (m x 2),
  %   W1 2x4, B1 1x4 (added to every row), W2 4x1, B2 1x1; Yhat is m x 1.
  %   Python twin: nnref.net241.net241_forward. SPEC D (forward pass).
  %   Example: nnref.net241_forward([0 0; 1 1], ones(2, 4), zeros(1, 4), ones(4, 1), 0)
  [X, W1, B1, W2, B2] = nnref.net241_check(X, W1, B1, W2, B2);
  A1 = tanh(X * W1 + B1);
  Yhat = nnref.sigmoid(A1 * W2 + B2);
end

%!assert (nnref.net241_forward ([0 0; 1 1], ones (2, 4), zeros (1, 4), ones (4, 1), 0), [0.5; 1 ./ (1 + exp (-4 * tanh (2)))], 1e-15)
%!error id=nnref:badShape nnref.net241_forward (zeros (4, 3), zeros (2, 4), zeros (1, 4), zeros (4, 1), 0)
