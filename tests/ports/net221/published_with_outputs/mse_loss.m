function loss = mse_loss(y_true, y_pred)
% mean squared error of two vectors of the same length
loss = mean((y_true - y_pred) .^ 2);
end
