function y = neuron(w, b, x)
  % NEURON  Output of one sigmoid neuron: sigma(w . x + b).
  %   y = nnref.neuron(w, b, x) with w, x finite vectors of equal length, b a scalar.
  %   Python twin: nnref.neuron.neuron. SPEC A1.
  %   Example: nnref.neuron([0 1], 4, [2 3])  % 0.9990889488055994
  w = nnref.check_vector(w, 'w', []);
  x = nnref.check_vector(x, 'x', []);
  b = nnref.check_scalar(b, 'b');
  if numel(w) ~= numel(x)
    error('nnref:badShape', 'w has %d elements, x has %d', numel(w), numel(x));
  end
  y = nnref.sigmoid(w' * x + b);
end

%!assert (nnref.neuron ([0 1], 4, [2 3]), 0.9990889488055994, 1e-15)
%!assert (nnref.neuron ([0; 1], 0, [2 3]), 0.9525741268224334, 1e-15)
%!error <w has 2 elements, x has 3> nnref.neuron ([0 1], 4, [2 3 4])
%!error id=nnref:badShape nnref.neuron ([0 1], [4 4], [2 3])
%!error id=nnref:notFinite nnref.neuron ([0 Inf], 4, [2 3])
