function s = net221_sigma(z)
  % NET221_SIGMA  The logistic function, element-wise (the net221 lab's own copy).
  s = 1 ./ (1 + exp(-z));
end
