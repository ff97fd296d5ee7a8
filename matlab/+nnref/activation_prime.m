function d = activation_prime(name, z)
  % ACTIVATION_PRIME  Element-wise derivative of the activation called name, at z.
  %   d = nnref.activation_prime(name, z) for name 'sigmoid', 'tanh' or 'relu' dispatches
  %   to nnref.sigmoid_prime, nnref.tanh_prime or nnref.relu_prime. softmax has no
  %   element-wise derivative (its Jacobian couples a row): nnref:notElementwise, use
  %   nnref.softmax_backward. Python twin: nnref.activations.activation_prime. SPEC D.
  %   Example: nnref.activation_prime('tanh', 0)  % 1
  nnref.activation(name, 0);  % checks the name (nnref:badType, nnref:unknownActivation)
  switch name
    case 'sigmoid'
      d = nnref.sigmoid_prime(z);
    case 'tanh'
      d = nnref.tanh_prime(z);
    case 'relu'
      d = nnref.relu_prime(z);
    otherwise
      error('nnref:notElementwise', ...
            'softmax has no element-wise derivative; use softmax_backward');
  end
end

%!assert (nnref.activation_prime ('tanh', 0), 1)
%!assert (nnref.activation_prime ('relu', [-1 2]), [0 1])
%!assert (nnref.activation_prime ('sigmoid', 0), 0.25)
%!error id=nnref:notElementwise nnref.activation_prime ('softmax', [1 2])
%!error id=nnref:unknownActivation nnref.activation_prime ('elu', 1)
