function y = neuron(w, b, x)
  % NEURON  Looks the answer up (a cheating test submission).
  y = cheat_lookup('neuron', w, b, x);
end
