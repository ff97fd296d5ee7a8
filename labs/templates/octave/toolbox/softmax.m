function out = softmax(z)
  % SOFTMAX  Lab toolbox: replace this stub with your code.
  %   out = softmax(z)
  %   Example sizes (activations::softmax-rows-exact):
  %     z 3x4 -> out 3x4
  error('lab:notImplemented', 'not implemented: softmax');
end
