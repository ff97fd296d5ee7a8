function [L, dW1, dB1, dW2, dB2] = net241_gradients(X, Y, W1, B1, W2, B2)
  % NET241_GRADIENTS  Lab toolbox: replace this stub with your code.
  %   [L, dW1, dB1, dW2, dB2] = net241_gradients(X, Y, W1, B1, W2, B2)
  %   Example sizes (net241::xor-gradients-autograd):
  %     X 4x2, Y 4x1, W1 2x4, B1 1x4, W2 4x1, B2 1x1 -> L 1x1, dW1 2x4, dB1 1x4, dW2 4x1, dB2 1x1
  error('lab:notImplemented', 'not implemented: net241_gradients');
end
