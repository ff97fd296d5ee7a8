function y = sigmoid(x)
% sigmoid activation function: f(x) = 1 / (1 + e^(-x))
y = 1 / (1 + exp(-x));
end
