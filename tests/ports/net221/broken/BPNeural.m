function [MyWeightValue, MyBias, losses] = BPNeural(MyWeightValue, MyBias, X_matrix, all_y_trues)
% BPNeural  A port that cannot be loaded: a parenthesis is never closed (for the nnref tests).
learn_rate = 0.1;
losses = [];
for epoch = 1:1000
    h1 = sigmoid((MyWeightValue(1) * X_matrix(1, 1) + MyBias(1);
end
end
