function out = relu(z)
  % RELU  Lab toolbox: replace this stub with your code.
  %   out = relu(z)
  %   Example sizes (activations::relu-closed-form):
  %     z 1x7 -> out 1x7
  error('lab:notImplemented', 'not implemented: relu');
end
