function [ypred, label] = net221_predict(w, b, X)
  % NET221_PREDICT  Outputs for the rows of X and the labels ypred > 0.5.
  ypred = net221_feedforward_batch(w, b, X);
  label = ypred > 0.5;
end
