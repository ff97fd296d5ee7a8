function [correct, predicted] = network_evaluate(sizes, p, X, Y)
  % NETWORK_EVALUATE  Lab network: replace this stub with your code.
  %   [correct, predicted] = network_evaluate(sizes, p, X, Y)
  %   Example sizes (network::net3-5-4-2-evaluate-torch-loop):
  %     sizes 1x4, p 1x54, X 3x12, Y 2x12 -> correct 1x1, predicted 1x12
  error('lab:notImplemented', 'not implemented: network_evaluate');
end
