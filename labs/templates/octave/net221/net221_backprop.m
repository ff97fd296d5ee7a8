function [sum_h1, h1, sum_h2, h2, sum_o1, o1, dL_dypred, dypred_dw5, dypred_dw6, dypred_db3, dypred_dh1, dypred_dh2, dh1_dw1, dh1_dw2, dh1_db1, dh2_dw3, dh2_dw4, dh2_db2, dL_dw1, dL_dw2, dL_dw3, dL_dw4, dL_dw5, dL_dw6, dL_db1, dL_db2, dL_db3] = net221_backprop(w, b, x, y)
  % NET221_BACKPROP  Lab net221: replace this stub with your code.
  %   [sum_h1, h1, sum_h2, h2, sum_o1, o1, dL_dypred, dypred_dw5, dypred_dw6, dypred_db3, dypred_dh1, dypred_dh2, dh1_dw1, dh1_dw2, dh1_db1, dh2_dw3, dh2_dw4, dh2_db2, dL_dw1, dL_dw2, dL_dw3, dL_dw4, dL_dw5, dL_dw6, dL_db1, dL_db2, dL_db3] = net221_backprop(w, b, x, y)
  %   Example sizes (net221::a6-backprop-autograd):
  %     w 1x6, b 1x3, x 1x2, y 1x1 -> sum_h1 1x1, h1 1x1, sum_h2 1x1, h2 1x1, sum_o1 1x1, o1 1x1, dL_dypred 1x1, dypred_dw5 1x1, dypred_dw6 1x1, dypred_db3 1x1, dypred_dh1 1x1, dypred_dh2 1x1, dh1_dw1 1x1, dh1_dw2 1x1, dh1_db1 1x1, dh2_dw3 1x1, dh2_dw4 1x1, dh2_db2 1x1, dL_dw1 1x1, dL_dw2 1x1, dL_dw3 1x1, dL_dw4 1x1, dL_dw5 1x1, dL_dw6 1x1, dL_db1 1x1, dL_db2 1x1, dL_db3 1x1
  error('lab:notImplemented', 'not implemented: net221_backprop');
end
