function neuron(w, b, x)
  % NEURON  Forgets its output argument (a test submission: wrong number of outputs).
  total = b;
  for i = 1:numel(w)
    total = total + w(i) * x(i);
  end
  disp(sigmoid(total));
end
