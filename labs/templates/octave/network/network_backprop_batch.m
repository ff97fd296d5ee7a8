function [g, C] = network_backprop_batch(sizes, p, X, Y)
  % NETWORK_BACKPROP_BATCH  Lab network: replace this stub with your code.
  %   [g, C] = network_backprop_batch(sizes, p, X, Y)
  %   Example sizes (network::net3-5-4-2-backprop-batch-autograd):
  %     sizes 1x4, p 1x54, X 3x7, Y 2x7 -> g 1x54, C 1x1
  error('lab:notImplemented', 'not implemented: network_backprop_batch');
end
