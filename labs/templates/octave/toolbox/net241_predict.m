function labels = net241_predict(X, W1, B1, W2, B2)
  % NET241_PREDICT  Lab toolbox: replace this stub with your code.
  %   labels = net241_predict(X, W1, B1, W2, B2)
  %   Example sizes (net241::xor-predict-trained):
  %     X 4x2, W1 2x4, B1 1x4, W2 4x1, B2 1x1 -> labels 4x1
  error('lab:notImplemented', 'not implemented: net241_predict');
end
