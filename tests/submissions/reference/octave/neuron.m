function y = neuron(w, b, x)
  % NEURON  sigma(w . x + b) for weight and input vectors of equal length.
  total = b;
  for i = 1:numel(w)
    total = total + w(i) * x(i);
  end
  y = sigmoid(total);
end
