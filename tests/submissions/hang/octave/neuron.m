function y = neuron(w, b, x)
  % NEURON  Never returns (a test submission: the per-case timeout must stop it).
  y = 0;
  while true
    y = y + 1;
  end
end
