function Yhat = net241_forward(X, W1, B1, W2, B2)
  % NET241_FORWARD  sigma(tanh(X W1 + B1) W2 + B2), samples in rows.
  Yhat = tb_sigma(tanh(X * W1 + B1) * W2 + B2);
end
