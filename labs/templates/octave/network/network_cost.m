function C = network_cost(sizes, p, X, Y)
  % NETWORK_COST  Lab network: replace this stub with your code.
  %   C = network_cost(sizes, p, X, Y)
  %   Example sizes (network::net3-5-4-2-cost-autograd):
  %     sizes 1x4, p 1x54, X 3x7, Y 2x7 -> C 1x1
  error('lab:notImplemented', 'not implemented: network_cost');
end
