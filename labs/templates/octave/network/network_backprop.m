function [g, C, dC_da] = network_backprop(sizes, p, x, y)
  % NETWORK_BACKPROP  Lab network: replace this stub with your code.
  %   [g, C, dC_da] = network_backprop(sizes, p, x, y)
  %   Example sizes (network::c2-backprop-autograd):
  %     sizes 1x3, p 1x17, x 1x2, y 1x2 -> g 1x17, C 1x1, dC_da 3x1
  error('lab:notImplemented', 'not implemented: network_backprop');
end
