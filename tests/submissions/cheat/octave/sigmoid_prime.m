function a = sigmoid_prime(z)
  % SIGMOID_PRIME  Looks the answer up (a cheating test submission).
  a = cheat_lookup('sigmoid_prime', z);
end
