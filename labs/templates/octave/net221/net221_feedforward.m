function o1 = net221_feedforward(w, b, x)
  % NET221_FEEDFORWARD  Lab net221: replace this stub with your code.
  %   o1 = net221_feedforward(w, b, x)
  %   Example sizes (net221::a2-published):
  %     w 1x6, b 1x3, x 1x2 -> o1 1x1
  error('lab:notImplemented', 'not implemented: net221_feedforward');
end
