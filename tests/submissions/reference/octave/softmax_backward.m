function dZ = softmax_backward(z, dA)
  % SOFTMAX_BACKWARD  s .* (dA - sum(dA .* s, 2)) with s = softmax(z), row by row.
  s = softmax(z);
  dZ = s .* (dA - sum(dA .* s, 2));
end
