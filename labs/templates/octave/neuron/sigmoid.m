function a = sigmoid(z)
  % SIGMOID  Lab neuron: replace this stub with your code.
  %   a = sigmoid(z)
  %   Example sizes (sigmoid::row-exact):
  %     z 1x9 -> a 1x9
  error('lab:notImplemented', 'not implemented: sigmoid');
end
