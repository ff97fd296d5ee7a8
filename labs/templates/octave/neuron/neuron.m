function y = neuron(w, b, x)
  % NEURON  Lab neuron: replace this stub with your code.
  %   y = neuron(w, b, x)
  %   Example sizes (neuron::random5-exact):
  %     w 1x5, b 1x1, x 1x5 -> y 1x1
  error('lab:notImplemented', 'not implemented: neuron');
end
