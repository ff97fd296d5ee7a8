function a = sigmoid(z)
  % SIGMOID  Fault injection for tests: never returns (shadows the real nnref.sigmoid).
  pause(600);
  a = z;
end
