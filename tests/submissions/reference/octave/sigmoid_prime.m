function d = sigmoid_prime(z)
  % SIGMOID_PRIME  sigma(z) .* (1 - sigma(z)), element-wise, as exp(-|z|) ./ (1 + exp(-|z|)).^2.
  e = exp(-abs(z));
  d = e ./ (1 + e) .^ 2;
end
