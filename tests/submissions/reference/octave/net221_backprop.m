function varargout = net221_backprop(w, b, x, y)
  % NET221_BACKPROP  The 27 intermediates of one backpropagation, in computation order.
  v = net221_values(w, b, x(1), x(2), y);
  varargout = num2cell(v(1:max(nargout, 1)));
end
