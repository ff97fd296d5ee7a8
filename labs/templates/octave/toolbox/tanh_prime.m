function out = tanh_prime(z)
  % TANH_PRIME  Lab toolbox: replace this stub with your code.
  %   out = tanh_prime(z)
  %   Example sizes (activations::tanh-prime-row-exact):
  %     z 1x9 -> out 1x9
  error('lab:notImplemented', 'not implemented: tanh_prime');
end
