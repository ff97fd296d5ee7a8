function [w, b] = net221_step(w, b, x, y, learn_rate)
  % NET221_STEP  One SGD step on one sample: all partials first, then every update.
  v = net221_values(w, b, x(1), x(2), y);
  w = w - learn_rate * reshape(v(19:24), size(w));
  b = b - learn_rate * reshape(v(25:27), size(b));
end
