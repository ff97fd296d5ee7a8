function out = tanh_activation(z)
  % TANH_ACTIVATION  Lab toolbox: replace this stub with your code.
  %   out = tanh_activation(z)
  %   Example sizes (activations::tanh-row-exact):
  %     z 1x9 -> out 1x9
  error('lab:notImplemented', 'not implemented: tanh_activation');
end
