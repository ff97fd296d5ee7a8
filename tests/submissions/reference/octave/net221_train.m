function [w, b, loss] = net221_train(w0, b0, X, y, learn_rate, epochs)
  % NET221_TRAIN  Per-sample SGD over the rows of X in order; the loss after epochs 1, 11, 21, ...
  if nargin < 5
    learn_rate = 0.1;
  end
  if nargin < 6
    epochs = 1000;
  end
  w = w0;
  b = b0;
  loss = [];
  for epoch = 1:epochs
    for i = 1:size(X, 1)
      v = net221_values(w, b, X(i, 1), X(i, 2), y(i));
      w = w - learn_rate * reshape(v(19:24), size(w));
      b = b - learn_rate * reshape(v(25:27), size(b));
    end
    if mod(epoch - 1, 10) == 0
      ypred = net221_feedforward_batch(w, b, X);
      loss(end + 1) = mean((y(:)' - ypred) .^ 2);
    end
  end
end
