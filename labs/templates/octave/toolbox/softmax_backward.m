function dZ = softmax_backward(z, dA)
  % SOFTMAX_BACKWARD  Lab toolbox: replace this stub with your code.
  %   dZ = softmax_backward(z, dA)
  %   Example sizes (activations::softmax-backward-exact):
  %     z 3x4, dA 3x4 -> dZ 3x4
  error('lab:notImplemented', 'not implemented: softmax_backward');
end
