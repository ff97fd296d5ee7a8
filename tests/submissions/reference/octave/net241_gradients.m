function [L, dW1, dB1, dW2, dB2] = net241_gradients(X, Y, W1, B1, W2, B2)
  % NET241_GRADIENTS  Binary cross-entropy (from the logits) and its gradients.
  m = size(X, 1);
  A1 = tanh(X * W1 + B1);
  Z2 = A1 * W2 + B2;
  Yhat = tb_sigma(Z2);
  L = bce_logits_loss(Y, Z2);
  dZ2 = Yhat - Y;
  dW2 = A1' * dZ2 / m;
  dB2 = sum(dZ2, 1) / m;
  dZ1 = (dZ2 * W2') .* (1 - A1 .^ 2);
  dW1 = X' * dZ1 / m;
  dB1 = sum(dZ1, 1) / m;
end
