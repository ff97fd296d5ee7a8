function [z, a] = network_activations(sizes, p, X)
  % NETWORK_ACTIVATIONS  Lab network: replace this stub with your code.
  %   [z, a] = network_activations(sizes, p, X)
  %   Example sizes (network::net3-5-4-2-activations-autograd):
  %     sizes 1x4, p 1x54, X 3x7 -> z 11x7, a 11x7
  error('lab:notImplemented', 'not implemented: network_activations');
end
