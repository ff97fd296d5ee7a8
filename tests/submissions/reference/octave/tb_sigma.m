function s = tb_sigma(z)
  % TB_SIGMA  The logistic function without overflow (the toolbox lab's own copy).
  e = exp(-abs(z));
  s = 1 ./ (1 + e);
  s(z < 0) = e(z < 0) ./ (1 + e(z < 0));
end
