function [W1, B1, W2, B2, losses] = net241_train_code(X, Y, W1, B1, W2, B2, epochs, code, hyper_values)
  % NET241_TRAIN_CODE  Lab toolbox: replace this stub with your code.
  %   [W1, B1, W2, B2, losses] = net241_train_code(X, Y, W1, B1, W2, B2, epochs, code, hyper_values)
  %   Example sizes (net241::xor-sgd):
  %     X 4x2, Y 4x1, W1 2x4, B1 1x4, W2 4x1, B2 1x1, epochs 1x1, code 1x1, hyper_values 1x1 -> W1 2x4, B1 1x4, W2 4x1, B2 1x1, losses 1x200
  error('lab:notImplemented', 'not implemented: net241_train_code');
end
