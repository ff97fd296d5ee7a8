function loss = bce_loss(y, yhat)
  % BCE_LOSS  -mean(y log(yhat) + (1 - y) log(1 - yhat)), each log clamped at -100.
  log_p = max(log(yhat), -100);
  log_q = max(log1p(-yhat), -100);
  terms = y .* log_p + (1 - y) .* log_q;
  loss = -mean(terms(:));
end
