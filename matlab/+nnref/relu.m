function a = relu(z)
  % RELU  Rectified linear unit, element-wise: a = max(z, 0).
  %   a = nnref.relu(z) for a real array z of any size; NaN is refused.
  %   Python twin: nnref.activations.relu. SPEC D (the toolbox).
  %   Example: nnref.relu([-2 0 3])  % [0 0 3]
  nnref.check_real(z, 'z', true);
  z = double(z);
  a = zeros(size(z));
  positive = z > 0;
  a(positive) = z(positive);
end

%!assert (nnref.relu ([-2 0 3]), [0 0 3])
%!assert (nnref.relu ([-Inf; Inf]), [0; Inf])
%!assert (size (nnref.relu (zeros (2, 3))), [2 3])
%!error id=nnref:nanInput nnref.relu (NaN)
