function Yhat = net241_forward(X, W1, B1, W2, B2)
  % NET241_FORWARD  Lab toolbox: replace this stub with your code.
  %   Yhat = net241_forward(X, W1, B1, W2, B2)
  %   Example sizes (net241::xor-forward-exact):
  %     X 4x2, W1 2x4, B1 1x4, W2 4x1, B2 1x1 -> Yhat 4x1
  error('lab:notImplemented', 'not implemented: net241_forward');
end
