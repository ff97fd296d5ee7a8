function [correct, predicted] = network_evaluate(sizes, p, X, Y)
  % NETWORK_EVALUATE  Row of the largest output per column, and how many match Y's largest.
  aL = network_feedforward(sizes, p, X);
  [~, predicted] = max(aL, [], 1);
  [~, target] = max(Y, [], 1);
  correct = sum(predicted == target);
end
