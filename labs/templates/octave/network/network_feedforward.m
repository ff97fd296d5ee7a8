function aL = network_feedforward(sizes, p, X)
  % NETWORK_FEEDFORWARD  Lab network: replace this stub with your code.
  %   aL = network_feedforward(sizes, p, X)
  %   Example sizes (network::c2-feedforward-published):
  %     sizes 1x3, p 1x17, X 2x1 -> aL 2x1
  error('lab:notImplemented', 'not implemented: network_feedforward');
end
