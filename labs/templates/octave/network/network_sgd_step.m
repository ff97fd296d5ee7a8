function p_new = network_sgd_step(sizes, p, X, Y, eta)
  % NETWORK_SGD_STEP  Lab network: replace this stub with your code.
  %   p_new = network_sgd_step(sizes, p, X, Y, eta)
  %   Example sizes (network::c2-step-published):
  %     sizes 1x3, p 1x17, X 2x1, Y 2x1, eta 1x1 -> p_new 1x17
  error('lab:notImplemented', 'not implemented: network_sgd_step');
end
