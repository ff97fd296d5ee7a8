function labels = net241_predict(X, W1, B1, W2, B2)
  % NET241_PREDICT  1 where the output is >= 0.5, else 0.
  labels = double(net241_forward(X, W1, B1, W2, B2) >= 0.5);
end
