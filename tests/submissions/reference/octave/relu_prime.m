function out = relu_prime(z)
  % RELU_PRIME  1 where z > 0, else 0.
  out = double(z > 0);
end
