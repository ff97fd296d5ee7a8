function out = softmax(z)
  % SOFTMAX  exp over each row, normalised, the row maximum subtracted first.
  e = exp(z - max(z, [], 2));
  out = e ./ sum(e, 2);
end
