function out = relu_prime(z)
  % RELU_PRIME  Lab toolbox: replace this stub with your code.
  %   out = relu_prime(z)
  %   Example sizes (activations::relu-prime-autograd):
  %     z 1x8 -> out 1x8
  error('lab:notImplemented', 'not implemented: relu_prime');
end
