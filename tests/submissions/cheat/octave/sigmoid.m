function a = sigmoid(z)
  % SIGMOID  Looks the answer up (a cheating test submission).
  a = cheat_lookup('sigmoid', z);
end
