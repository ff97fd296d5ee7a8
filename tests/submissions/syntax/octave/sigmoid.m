function a = sigmoid(z)
  % SIGMOID  A syntax error (a test submission): the parenthesis is never closed.
  a = 1 ./ (1 + exp(-z);
end
