% run_BPNeural  The published driver: random start, train, then predict Emily and Frank.
%   As published, BPNeural returns nothing, so the predictions below use the untrained
%   random parameters (SPEC A8 defect 5). Not run by the checker.
data = [-2 -1; 25 6; 17 4; -15 -6];
all_y_trues = [1 0 0 1];
MyWeightValue = randn(1, 6);
MyBias = randn(1, 3);
BPNeural(MyWeightValue, MyBias, data, all_y_trues);
emily = [-7 -3];
frank = [20 2];
fprintf('Emily: %.4f\n', feedforward(MyWeightValue, MyBias, emily));
fprintf('Frank: %.4f\n', feedforward(MyWeightValue, MyBias, frank));
