function [w, b] = net221_step(w, b, x, y, learn_rate)
  % NET221_STEP  Lab net221: replace this stub with your code.
  %   [w, b] = net221_step(w, b, x, y, learn_rate)
  %   Example sizes (net221::a6-step-autograd):
  %     w 1x6, b 1x3, x 1x2, y 1x1, learn_rate 1x1 -> w 1x6, b 1x3
  error('lab:notImplemented', 'not implemented: net221_step');
end
