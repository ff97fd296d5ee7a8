function C = network_cost(sizes, p, X, Y)
  % NETWORK_COST  Mean over the columns of 0.5 * ||a^L - y||^2.
  aL = network_feedforward(sizes, p, X);
  C = 0.5 * sum(sum((aL - Y) .^ 2)) / size(X, 2);
end
