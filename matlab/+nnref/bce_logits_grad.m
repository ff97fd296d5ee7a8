function g = bce_logits_grad(y, z)
  % BCE_LOGITS_GRAD  Gradient of nnref.bce_logits_loss with respect to z: (sigma(z) - y) / N.
  %   g = nnref.bce_logits_grad(y, z) with y in [0, 1], z finite, same size; N = numel(y).
  %   This is SPEC D's dZ2 = Yhat - Y, divided by m. Evaluated as
  %   ((1 - y) .* sigma(z) - y .* sigma(-z)) / N: the same value, without the cancellation
  %   of sigma(z) - 1 when y = 1 and z is large. Python twin: nnref.losses.bce_logits_grad.
  %   Example: nnref.bce_logits_grad([1 0], [0 0])  % [-0.25 0.25]
  [y, z] = nnref.check_same_size(y, z, 'y', 'z');
  nnref.check_unit_interval(y, 'y');
  g = ((1 - y) .* nnref.sigmoid(z) - y .* nnref.sigmoid(-z)) / numel(y);
end

%!assert (nnref.bce_logits_grad ([1 0], [0 0]), [-0.25 0.25])
%!assert (nnref.bce_logits_grad ([1 0], [1000 -1000]), [0 0])
%!assert (nnref.bce_logits_grad (1, 40), -exp (-40), 1e-15 * exp (-40))
%!error id=nnref:badShape nnref.bce_logits_grad ([1 0], [0 0 0])
