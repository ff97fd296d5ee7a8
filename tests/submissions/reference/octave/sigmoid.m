function a = sigmoid(z)
  % SIGMOID  The logistic function, element-wise (a student's reference port, neuron lab).
  a = 1 ./ (1 + exp(-z));
end
