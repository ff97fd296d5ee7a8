function o1 = net221_feedforward(w, b, x)
  % NET221_FEEDFORWARD  Output of the 2-2-1 network for one sample x = [x1 x2].
  o1 = net221_feedforward_batch(w, b, x(:)');
end
