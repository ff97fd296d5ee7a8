function y_preds = feedforward(MyWeightValue, MyBias, X_matrix)
% outputs o1 of the network for every row of X_matrix
n = size(X_matrix, 1);
y_preds = zeros(1, n);
for i = 1:n
    h1 = sigmoid(MyWeightValue(1) * X_matrix(i, 1) + MyWeightValue(2) * X_matrix(i, 2) + MyBias(1));
    h2 = sigmoid(MyWeightValue(3) * X_matrix(i, 1) + MyWeightValue(4) * X_matrix(i, 2) + MyBias(2));
    y_preds(i) = sigmoid(MyWeightValue(5) * h1 + MyWeightValue(6) * h2 + MyBias(3));
end
end
