function grad = bce_grad(y, yhat)
  % BCE_GRAD  (yhat - y) ./ max(yhat (1 - yhat), 1e-12) / N.
  grad = (yhat - y) ./ max(yhat .* (1 - yhat), 1e-12) / numel(y);
end
