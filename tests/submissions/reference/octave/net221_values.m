function v = net221_values(w, b, x1, x2, y)
  % NET221_VALUES  The 27 values of one backpropagation on the sample (x1, x2), label y:
  %   sum_h1, h1, sum_h2, h2, sum_o1, o1, dL_dypred, the eleven local partials, the nine dL/d.
  sum_h1 = w(1) * x1 + w(2) * x2 + b(1);
  h1 = 1 / (1 + exp(-sum_h1));
  sum_h2 = w(3) * x1 + w(4) * x2 + b(2);
  h2 = 1 / (1 + exp(-sum_h2));
  sum_o1 = w(5) * h1 + w(6) * h2 + b(3);
  o1 = 1 / (1 + exp(-sum_o1));
  dL_dypred = -2 * (y - o1);
  d_o1 = o1 * (1 - o1);
  d_h1 = h1 * (1 - h1);
  d_h2 = h2 * (1 - h2);
  dypred_dw5 = h1 * d_o1;
  dypred_dw6 = h2 * d_o1;
  dypred_db3 = d_o1;
  dypred_dh1 = w(5) * d_o1;
  dypred_dh2 = w(6) * d_o1;
  dh1_dw1 = x1 * d_h1;
  dh1_dw2 = x2 * d_h1;
  dh1_db1 = d_h1;
  dh2_dw3 = x1 * d_h2;
  dh2_dw4 = x2 * d_h2;
  dh2_db2 = d_h2;
  dL_dw1 = dL_dypred * dypred_dh1 * dh1_dw1;
  dL_dw2 = dL_dypred * dypred_dh1 * dh1_dw2;
  dL_dw3 = dL_dypred * dypred_dh2 * dh2_dw3;
  dL_dw4 = dL_dypred * dypred_dh2 * dh2_dw4;
  dL_dw5 = dL_dypred * dypred_dw5;
  dL_dw6 = dL_dypred * dypred_dw6;
  dL_db1 = dL_dypred * dypred_dh1 * dh1_db1;
  dL_db2 = dL_dypred * dypred_dh2 * dh2_db2;
  dL_db3 = dL_dypred * dypred_db3;
  v = [sum_h1, h1, sum_h2, h2, sum_o1, o1, dL_dypred, dypred_dw5, dypred_dw6, dypred_db3, ...
       dypred_dh1, dypred_dh2, dh1_dw1, dh1_dw2, dh1_db1, dh2_dw3, dh2_dw4, dh2_db2, ...
       dL_dw1, dL_dw2, dL_dw3, dL_dw4, dL_dw5, dL_dw6, dL_db1, dL_db2, dL_db3];
end
