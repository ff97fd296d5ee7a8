function [ypred, label] = net221_predict(w, b, X)
  % NET221_PREDICT  Predictions of a (trained) 2-2-1 network for every row of X.
  %   [ypred, label] = nnref.net221_predict(w, b, X): ypred = o1 for each row of X
  %   (nnref.net221_feedforward_batch, a 1 x n row) and label = ypred > 0.5, logical
  %   (1 = female in SPEC A4). A trained network gives Emily [-7 -3] label 1 and Frank
  %   [20 2] label 0 (SPEC A7). Python twin: nnref.net221.net221_predict.
  %   Example: [p, female] = nnref.net221_predict(w, b, [-7 -3; 20 2])
  ypred = nnref.net221_feedforward_batch(w, b, X);
  label = ypred > 0.5;
end

%!test
%! [p, label] = nnref.net221_predict ([0 1 0 1 0 1], [0 0 0], [2 3; 2 3]);
%! assert (p, [1 1] * 0.7216325609518421, 1e-15);
%! assert (label, [true true]);
%!test
%! [p, label] = nnref.net221_predict ([0 0 0 0 0 0], [0 0 -1], [1 1]);
%! assert (label, false);
%!error id=nnref:badShape nnref.net221_predict (ones (1, 6), ones (1, 2), [1 1])
