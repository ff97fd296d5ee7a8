function [dL_dw, dL_db] = net221_partials(w, b, x, y)
  % NET221_PARTIALS  The nine partials of L = (y - o1)^2, shaped like w and b.
  v = net221_values(w, b, x(1), x(2), y);
  dL_dw = v(19:24);
  dL_db = v(25:27);
end
