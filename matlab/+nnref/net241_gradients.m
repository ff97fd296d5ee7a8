function [L, dW1, dB1, dW2, dB2] = net241_gradients(X, Y, W1, B1, W2, B2)
  % NET241_GRADIENTS  Binary cross-entropy of the 2-4-1 network and its gradients (SPEC D).
  %   [L, dW1, dB1, dW2, dB2] = nnref.net241_gradients(X, Y, W1, B1, W2, B2) with X m x 2,
  %   targets Y m x 1 in [0, 1] and the parameters as in nnref.net241_forward:
  %     Z1 = X*W1 + B1, A1 = tanh(Z1), Z2 = A1*W2 + B2, Yhat = sigma(Z2),
  %     L = -mean(Y.*log(Yhat) + (1 - Y).*log(1 - Yhat))  (from Z2: nnref.bce_logits_loss)
  %     dZ2 = Yhat - Y, dW2 = A1'*dZ2/m, dB2 = sum(dZ2, 1)/m, dA1 = dZ2*W2',
  %     dZ1 = dA1 .* (1 - A1.^2), dW1 = X'*dZ1/m, dB1 = sum(dZ1, 1)/m.
  %   Python twin: nnref.net241.net241_gradients. SPEC D (backward pass).
  %   Example: [L, dW1] = nnref.net241_gradients([0 1], 1, ones(2, 4), zeros(1, 4), ones(4, 1), 0)
  [X, W1, B1, W2, B2, Y] = nnref.net241_check(X, W1, B1, W2, B2, Y);
  m = size(X, 1);
  A1 = tanh(X * W1 + B1);
  Z2 = A1 * W2 + B2;
  Yhat = nnref.sigmoid(Z2);
  L = nnref.bce_logits_loss(Y, Z2);
  dZ2 = Yhat - Y;
  dW2 = A1' * dZ2 / m;
  dB2 = sum(dZ2, 1) / m;
  dA1 = dZ2 * W2';
  dZ1 = dA1 .* (1 - A1 .^ 2);
  dW1 = X' * dZ1 / m;
  dB1 = sum(dZ1, 1) / m;
end

%!test
%! [L, dW1, dB1, dW2, dB2] = nnref.net241_gradients ([0 0], 1, ones (2, 4), zeros (1, 4), ones (4, 1), 0);
%! assert (L, log (2), 1e-15); assert (dB2, -0.5); assert (dW2, zeros (4, 1));
%! assert (dB1, -0.5 * ones (1, 4)); assert (dW1, zeros (2, 4));
%!error <Y must be 1x1, got 1x2> nnref.net241_gradients ([0 0], [1 0], ones (2, 4), zeros (1, 4), ones (4, 1), 0)
