function y = sigmoid(x)
% sigmoid activation function, element-wise: f(x) = 1 ./ (1 + e^(-x))
y = 1 ./ (1 + exp(-x));
end
