function d = relu_prime(z)
  % RELU_PRIME  Derivative of ReLU, element-wise: 1 where z > 0, else 0.
  %   d = nnref.relu_prime(z) for a real array z of any size. At z = 0 the derivative
  %   is taken as 0, as torch does. Python twin: nnref.activations.relu_prime. SPEC D.
  %   Example: nnref.relu_prime([-2 0 3])  % [0 0 1]
  nnref.check_real(z, 'z', true);
  d = double(double(z) > 0);
end

%!assert (nnref.relu_prime ([-2 0 3]), [0 0 1])
%!assert (class (nnref.relu_prime (int8 (3))), 'double')
%!error id=nnref:nanInput nnref.relu_prime ([0 NaN])
