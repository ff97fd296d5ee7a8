function o1 = net221_feedforward_batch(w, b, X)
  % NET221_FEEDFORWARD_BATCH  Lab net221: replace this stub with your code.
  %   o1 = net221_feedforward_batch(w, b, X)
  %   Example sizes (net221::batch-a4-exact):
  %     w 1x6, b 1x3, X 4x2 -> o1 1x4
  error('lab:notImplemented', 'not implemented: net221_feedforward_batch');
end
