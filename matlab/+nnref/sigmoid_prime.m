function d = sigmoid_prime(z)
  % SIGMOID_PRIME  Derivative of the sigmoid, element-wise: sigma(z) .* (1 - sigma(z)).
  %   d = nnref.sigmoid_prime(z) for a real array z of any size.
  %   Evaluated as e ./ (1 + e).^2 with e = exp(-|z|): the same function (sigma' is even),
  %   accurate for large |z| where 1 - sigma(z) would cancel. Python twin:
  %   nnref.sigmoid.sigmoid_prime. SPEC A5.
  %   Example: nnref.sigmoid_prime(0)  % 0.25
  nnref.check_real(z, 'z', true);
  e = exp(-abs(double(z)));
  d = e ./ (1 + e) .^ 2;
end

%!assert (nnref.sigmoid_prime (0), 0.25)
%!assert (nnref.sigmoid_prime ([-3 3]), [1 1] * 0.045176659730912, 1e-15)
%!assert (nnref.sigmoid_prime ([-1000; 1000]), [0; 0])
%!error id=nnref:nanInput nnref.sigmoid_prime (NaN)
