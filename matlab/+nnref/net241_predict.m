function labels = net241_predict(X, W1, B1, W2, B2)
  % NET241_PREDICT  Class labels of the 2-4-1 network: 1 where Yhat >= 0.5, else 0 (m x 1).
  %   labels = nnref.net241_predict(X, W1, B1, W2, B2): the predict the published code
  %   calls but never defines (SPEC D). Python twin: nnref.net241.net241_predict.
  %   Example: nnref.net241_predict([0 0; 1 1], ones(2, 4), zeros(1, 4), ones(4, 1), 0)  % [1; 1]
  labels = double(nnref.net241_forward(X, W1, B1, W2, B2) >= 0.5);
end

%!assert (nnref.net241_predict ([0 0; 1 1], ones (2, 4), zeros (1, 4), ones (4, 1), -1), [0; 1])
%!assert (class (nnref.net241_predict (0, 0, 0, 0, 0)), 'double')
