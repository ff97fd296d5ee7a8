function p_new = network_sgd_epoch(sizes, p, X, Y, order, m, eta)
  % NETWORK_SGD_EPOCH  Lab network: replace this stub with your code.
  %   p_new = network_sgd_epoch(sizes, p, X, Y, order, m, eta)
  %   Example sizes (network::c1-epoch-published):
  %     sizes 1x3, p 1x4, X 1x1, Y 1x1, order 1x1, m 1x1, eta 1x1 -> p_new 1x4
  error('lab:notImplemented', 'not implemented: network_sgd_epoch');
end
