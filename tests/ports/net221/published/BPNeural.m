function BPNeural(MyWeightValue, MyBias, X_matrix, all_y_trues)
% BPNeural  Train the 2-2-1 network of the tutorial by back-propagation.
%   A faithful copy of the published MATLAB port, written from SPEC A8 for the nnref
%   tests: its defects are kept on purpose (nnref check-port net221 names all six).
learn_rate = 0.1;
epochs = 1000;
losses = [];
for epoch = 1:epochs
    i = mod(epoch - 1, 4) + 1;
    X = X_matrix(i, :);
    y_true = all_y_trues(i);

    sum_h1 = MyWeightValue(1) * X(1) + MyWeightValue(2) * X(1) + MyBias(1);
    h1 = sigmoid(sum_h1);
    sum_h2 = MyWeightValue(3) * X(1) + MyWeightValue(4) * X(2) + MyBias(2);
    h2 = sigmoid(sum_h2);
    sum_o1 = MyWeightValue(5) * h1 + MyWeightValue(6) * h2 + MyBias(3);
    o1 = sigmoid(sum_o1);
    y_pred = o1;

    d_L_d_ypred = -2 * (y_true - y_pred);

    d_ypred_d_w5 = h1 * deriv_sigmoid(sum_o1);
    d_ypred_d_w6 = h2 * deriv_sigmoid(sum_o1);
    d_ypred_d_b3 = deriv_sigmoid(sum_o1);
    d_ypred_d_h1 = MyWeightValue(5) * deriv_sigmoid(sum_o1);
    d_ypred_d_h2 = MyWeightValue(6) * deriv_sigmoid(sum_o1);

    d_h1_d_w1 = X(1) * deriv_sigmoid(sum_h1);
    d_h1_d_w2 = X(2) * deriv_sigmoid(sum_h1);
    d_h1_d_b1 = deriv_sigmoid(sum_h1);

    d_h2_d_w3 = X(1) * deriv_sigmoid(sum_h2);
    d_h2_d_w4 = X(2) * deriv_sigmoid(sum_h2);
    d_h2_d_b2 = deriv_sigmoid(sum_h2);

    MyWeightValue(1) = MyWeightValue(1) - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1;
    MyWeightValue(2) = MyWeightValue(2) - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2;
    MyBias(1) = MyBias(1) - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1;

    MyWeightValue(3) = MyWeightValue(3) - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3;
    MyWeightValue(4) = MyWeightValue(4) - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4;
    MyBias(2) = MyBias(2) - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h2_d_b2;

    MyWeightValue(5) = MyWeightValue(5) - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_ypred_d_w5;
    MyWeightValue(6) = MyWeightValue(6) - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_ypred_d_w6;
    MyBias(3) = MyBias(3) - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_ypred_d_b3;

    if mod(epoch, 10) == 0
        y_preds = feedforward(MyWeightValue, MyBias, X_matrix);
        loss = mse_loss(all_y_trues, y_preds);
        losses = [losses loss];
        fprintf('Epoch %d loss: %.3f\n', epoch, loss);
    end
end
plot(10:10:epochs, losses);
end
