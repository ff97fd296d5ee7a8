function o1 = net221_feedforward_batch(w, b, X)
  % NET221_FEEDFORWARD_BATCH  Output for every row of X, as a row.
  h1 = net221_sigma(w(1) * X(:, 1) + w(2) * X(:, 2) + b(1));
  h2 = net221_sigma(w(3) * X(:, 1) + w(4) * X(:, 2) + b(2));
  o1 = net221_sigma(w(5) * h1 + w(6) * h2 + b(3))';
end
