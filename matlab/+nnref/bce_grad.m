function g = bce_grad(y, yhat)
  % BCE_GRAD  Gradient of nnref.bce_loss with respect to yhat: (yhat - y) ./ (yhat .* (1 - yhat)) / N.
  %   g = nnref.bce_grad(y, yhat) with y, yhat in [0, 1] of the same size, N = numel(y).
  %   The denominator is clamped at 1e-12, as in torch.nn.BCELoss's backward (torch uses
  %   the float32 value of 1e-12), so yhat = 0 or 1 gives a finite gradient.
  %   Python twin: nnref.losses.bce_grad. SPEC D.
  %   Example: nnref.bce_grad([1 0], [0.5 0.5])  % [-1 1]
  [y, yhat] = nnref.check_same_size(y, yhat, 'y', 'yhat');
  nnref.check_unit_interval(y, 'y');
  nnref.check_unit_interval(yhat, 'yhat');
  g = (yhat - y) ./ max(yhat .* (1 - yhat), 1e-12) / numel(y);
end

%!assert (nnref.bce_grad ([1 0], [0.5 0.5]), [-1 1])
%!assert (nnref.bce_grad (1, 0), -1e12)
%!assert (nnref.bce_grad (0, 0), 0)
%!error id=nnref:outOfRange nnref.bce_grad (1, -0.1)
