function [w, b, loss] = net221_train(w0, b0, X, y, learn_rate, epochs)
  % NET221_TRAIN  Lab net221: replace this stub with your code.
  %   [w, b, loss] = net221_train(w0, b0, X, y, learn_rate, epochs)
  %   May be called without its last arguments (defaults: learn_rate 0.1, epochs 1000).
  %   Example sizes (net221_train::train-three-rows-short):
  %     w0 1x6, b0 1x3, X 3x2, y 1x3, learn_rate 1x1, epochs 1x1 -> w 1x6, b 1x3, loss 1x3
  error('lab:notImplemented', 'not implemented: net221_train');
end
