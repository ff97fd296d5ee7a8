function [w, b, loss, trace] = net221_train(w0, b0, X, y, learn_rate, epochs)
  % NET221_TRAIN  Train the 2-2-1 network by per-sample SGD (SPEC A7).
  %   [w, b, loss] = nnref.net221_train(w0, b0, X, y) starts from w0 (6 weights) and b0
  %   (3 biases), and in each of 1000 epochs visits the rows of X (n x 2, one sample per
  %   row) in order, taking one SGD step per row (nnref.net221_step, learning rate 0.1).
  %   After epochs 0, 10, 20, ... (0-based) it records mean((y - ypred).^2) over the
  %   whole set: loss is 1 x ceil(epochs / 10) (100 values). Returns w (1 x 6), b (1 x 3).
  %   nnref.net221_train(w0, b0, X, y, learn_rate, epochs) sets the rate and the epochs.
  %   [w, b, loss, trace] = ... also returns the trace of every step: a struct whose
  %   fields are the names of nnref.net221_step_values, each a column (one row per step),
  %   and loss, NaN on the steps after which no loss was recorded. Opens no figures.
  %   Python twin: nnref.net221.net221_train (its trace is a list of dicts).
  %   Example: X = [-2 -1; 25 6; 17 4; -15 -6]; y = [1 0 0 1];
  %            [w, b, loss] = nnref.net221_train(randn(1, 6), randn(1, 3), X, y);
  %            nnref.net221_predict(w, b, [-7 -3; 20 2])  % Emily > 0.5, Frank < 0.5
  if nargin < 5
    learn_rate = 0.1;
  end
  if nargin < 6
    epochs = 1000;
  end
  w = nnref.check_vector(w0, 'w0', 6)';
  b = nnref.check_vector(b0, 'b0', 3)';
  [X, y] = nnref.net221_check_data(X, y);
  learn_rate = nnref.net221_check_rate(learn_rate);
  epochs = nnref.check_scalar(epochs, 'epochs');
  if epochs < 1 || epochs ~= floor(epochs)
    error('nnref:badValue', 'epochs must be a positive integer, got %g', epochs);
  end
  n = size(X, 1);
  keep_trace = nargout > 3;
  if keep_trace
    rows = zeros(epochs * n, 36);
    loss_column = NaN(epochs * n, 1);
  end
  loss = zeros(1, ceil(epochs / 10));
  step = 0;
  for epoch = 0:(epochs - 1)
    for i = 1:n
      values = nnref.net221_step_values(w, b, X(i, 1), X(i, 2), y(i), learn_rate);
      w = values(28:33);
      b = values(34:36);
      step = step + 1;
      if keep_trace
        rows(step, :) = values;
      end
    end
    if mod(epoch, 10) == 0
      loss(epoch / 10 + 1) = nnref.mse(y, nnref.net221_feedforward_batch(w, b, X));
      if keep_trace
        loss_column(step) = loss(epoch / 10 + 1);
      end
    end
  end
  if keep_trace
    [~, names] = nnref.net221_step_values(w, b, 0, 0, 0, 0);
    trace = cell2struct(num2cell([rows loss_column], 1), [names {'loss'}], 2);
  end
end

%!test
%! X = [-2 -1; 25 6; 17 4; -15 -6];
%! [w, b, loss] = nnref.net221_train ([1 -1 0.5 0.2 -0.3 0.8], [0 0.1 -0.1], X, [1 0 0 1]);
%! assert (size (loss), [1 100]);
%! assert (loss(end) < loss(1));
%! [~, label] = nnref.net221_predict (w, b, [-7 -3; 20 2]);
%! assert (label, [true false]);
%!test
%! X = [-2 -1; 25 6];
%! [w, b, loss, t] = nnref.net221_train (ones (1, 6), zeros (1, 3), X, [1 0], 0.1, 11);
%! assert (size (t.dL_dw1), [22 1]);
%! assert (find (~isnan (t.loss))', [2 22]);
%! assert (t.loss(~isnan (t.loss))', loss);
%! assert ([t.w1(end) t.w6(end) t.b3(end)], [w(1) w(6) b(3)]);
%! [w1, b1] = nnref.net221_step (ones (1, 6), zeros (1, 3), X(1, :), 1, 0.1);
%! assert ([t.w1(1) t.b2(1)], [w1(1) b1(2)]);
%!error <y must have 4 elements \(one per row of X\), got 3> nnref.net221_train (ones (1, 6), zeros (1, 3), zeros (4, 2), [1 0 0])
%!error <epochs must be a positive integer, got 2.5> nnref.net221_train (ones (1, 6), zeros (1, 3), zeros (4, 2), [1 0 0 1], 0.1, 2.5)
%!error <w0 must have 6 elements, got 5> nnref.net221_train (ones (1, 5), zeros (1, 3), zeros (4, 2), [1 0 0 1])
