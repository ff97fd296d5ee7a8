function a = tanh_activation(z)
  % TANH_ACTIVATION  Hyperbolic tangent activation, element-wise: a = tanh(z).
  %   a = nnref.tanh_activation(z) for a real array z of any size; tanh(+-Inf) = +-1,
  %   NaN is refused. Named tanh_activation because a package function nnref.tanh would
  %   shadow the built-in tanh (Octave warns about it on every path change).
  %   Python twin: nnref.activations.tanh_activation. SPEC D (hidden layer).
  %   Example: nnref.tanh_activation([-1000 0 0.5])  % [-1 0 0.46211715726000974]
  nnref.check_real(z, 'z', true);
  a = tanh(double(z));
end

%!assert (nnref.tanh_activation ([-1000 0 1000]), [-1 0 1])
%!assert (nnref.tanh_activation (0.5), 0.46211715726000974, 1e-16)
%!assert (size (nnref.tanh_activation (zeros (3, 2))), [3 2])
%!error <z contains NaN> nnref.tanh_activation ([1 NaN])
%!error id=nnref:badType nnref.tanh_activation (true)
