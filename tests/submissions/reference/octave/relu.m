function out = relu(z)
  % RELU  max(z, 0), element-wise.
  out = max(z, 0);
end
