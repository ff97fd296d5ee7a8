function [ypred, label] = net221_predict(w, b, X)
  % NET221_PREDICT  Lab net221: replace this stub with your code.
  %   [ypred, label] = net221_predict(w, b, X)
  %   Example sizes (net221::predict-untrained-exact):
  %     w 1x6, b 1x3, X 2x2 -> ypred 1x2, label 1x2
  error('lab:notImplemented', 'not implemented: net221_predict');
end
