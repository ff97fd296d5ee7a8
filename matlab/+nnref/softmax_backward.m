function dZ = softmax_backward(z, dA)
  % SOFTMAX_BACKWARD  Gradient through softmax: dZ = s .* (dA - sum(dA .* s, 2)), s = softmax(z).
  %   dZ = nnref.softmax_backward(z, dA) with dA the gradient of a loss with respect to
  %   s = nnref.softmax(z) (same size as z) gives the gradient with respect to z: each row's
  %   Jacobian diag(s) - s' * s applied to that row of dA.
  %   Python twin: nnref.activations.softmax_backward. SPEC D (the toolbox).
  %   Example: nnref.softmax_backward([0 0], [1 0])  % [0.25 -0.25]
  s = nnref.softmax(z);
  nnref.check_real(dA, 'dA', false);
  if ~isequal(size(z), size(dA))
    error('nnref:badShape', 'z is %s, dA is %s', nnref.size_text(z), nnref.size_text(dA));
  end
  dA = double(dA);
  dZ = s .* (dA - sum(dA .* s, 2));
end

%!assert (nnref.softmax_backward ([0 0], [1 0]), [0.25 -0.25])
%!assert (nnref.softmax_backward ([1 2 3], [1 1 1]), [0 0 0], 1e-16)
%!error <z is 1x2, dA is 2x1> nnref.softmax_backward ([0 0], [1; 0])
