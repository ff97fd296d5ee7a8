function [dL_dw, dL_db] = net221_partials(w, b, x, y)
  % NET221_PARTIALS  Lab net221: replace this stub with your code.
  %   [dL_dw, dL_db] = net221_partials(w, b, x, y)
  %   Example sizes (net221::a6-partials-autograd):
  %     w 1x6, b 1x3, x 1x2, y 1x1 -> dL_dw 1x6, dL_db 1x3
  error('lab:notImplemented', 'not implemented: net221_partials');
end
