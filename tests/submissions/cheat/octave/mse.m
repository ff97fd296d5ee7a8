function loss = mse(y_true, y_pred)
  % MSE  Looks the answer up (a cheating test submission).
  loss = cheat_lookup('mse', y_true, y_pred);
end
