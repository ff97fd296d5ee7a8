function out = tanh_activation(z)
  % TANH_ACTIVATION  tanh, element-wise.
  out = tanh(z);
end
