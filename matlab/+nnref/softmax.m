function s = softmax(z)
  % SOFTMAX  Softmax over each row: s(i,j) = exp(z(i,j)) / sum_k exp(z(i,k)).
  %   s = nnref.softmax(z) for a finite vector (one sample) or an m x k matrix (m samples
  %   in rows, k classes: the row-sample convention of SPEC D); a column k x 1 is k
  %   samples of one class each (all ones). The row maximum is subtracted first, so every
  %   exponent is <= 0: no overflow for any finite z, the same function.
  %   Python twin: nnref.activations.softmax. SPEC D (the toolbox).
  %   Example: nnref.softmax([1000 1000])  % [0.5 0.5]
  nnref.check_real(z, 'z', false);
  if ndims(z) > 2 || isempty(z)
    error('nnref:badShape', 'z must be a non-empty vector or matrix, got size %s', ...
          nnref.size_text(z));
  end
  z = double(z);
  e = exp(z - max(z, [], 2));
  s = e ./ sum(e, 2);
end

%!assert (nnref.softmax ([1000 1000]), [0.5 0.5])
%!assert (nnref.softmax ([0 log(3)]), [0.25 0.75], 1e-15)
%!assert (sum (nnref.softmax ([1 2 3; -1000 0 1000]), 2), [1; 1], 1e-15)
%!assert (nnref.softmax ([1; 2]), [1; 1])
%!error <z must be a non-empty vector or matrix, got size 0x0> nnref.softmax ([])
%!error id=nnref:notFinite nnref.softmax ([1 Inf])
