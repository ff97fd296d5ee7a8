function d = tanh_prime(z)
  % TANH_PRIME  Derivative of tanh, element-wise: 1 - tanh(z).^2.
  %   d = nnref.tanh_prime(z) for a real array z of any size. Evaluated as
  %   4*e ./ (1 + e).^2 with e = exp(-2*|z|): the same function (tanh' is even), accurate
  %   to a few ULP for large |z|, where 1 - tanh(z).^2 cancels to 0 too early.
  %   Python twin: nnref.activations.tanh_prime. SPEC D (dZ1 = dA1 .* (1 - A1.^2)).
  %   Example: nnref.tanh_prime(0)  % 1
  nnref.check_real(z, 'z', true);
  e = exp(-2 * abs(double(z)));
  d = 4 * e ./ (1 + e) .^ 2;
end

%!assert (nnref.tanh_prime (0), 1)
%!assert (nnref.tanh_prime ([-1 1]), 1 - tanh ([-1 1]) .^ 2, 1e-15)
%!assert (nnref.tanh_prime ([-1000; 1000]), [0; 0])
%!assert (nnref.tanh_prime (20) > 0)
%!error id=nnref:nanInput nnref.tanh_prime (NaN)
