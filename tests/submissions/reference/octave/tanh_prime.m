function out = tanh_prime(z)
  % TANH_PRIME  1 - tanh(z).^2, as 4e ./ (1 + e).^2 with e = exp(-2|z|).
  e = exp(-2 * abs(z));
  out = 4 * e ./ (1 + e) .^ 2;
end
