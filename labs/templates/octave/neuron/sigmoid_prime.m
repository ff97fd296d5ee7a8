function d = sigmoid_prime(z)
  % SIGMOID_PRIME  Lab neuron: replace this stub with your code.
  %   d = sigmoid_prime(z)
  %   Example sizes (sigmoid::prime-row-exact):
  %     z 1x9 -> d 1x9
  error('lab:notImplemented', 'not implemented: sigmoid_prime');
end
