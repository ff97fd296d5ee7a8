function g = loss_grad(name, y, yhat)
  % LOSS_GRAD  Gradient, with respect to yhat, of the loss called name (see nnref.loss).
  %   g = nnref.loss_grad(name, y, yhat) dispatches to nnref.mse_grad, nnref.bce_grad,
  %   nnref.bce_logits_grad, nnref.cce_logits_grad or nnref.kl_grad.
  %   Python twin: nnref.losses.loss_grad. SPEC D (the toolbox).
  %   Example: nnref.loss_grad('bce_logits', [1 0], [0 0])  % [-0.25 0.25]
  nnref.loss(name, 0, 0);  % checks the name (nnref:badType, nnref:unknownLoss)
  switch name
    case 'mse'
      g = nnref.mse_grad(y, yhat);
    case 'bce'
      g = nnref.bce_grad(y, yhat);
    case 'bce_logits'
      g = nnref.bce_logits_grad(y, yhat);
    case 'cce_logits'
      g = nnref.cce_logits_grad(y, yhat);
    otherwise
      g = nnref.kl_grad(y, yhat);
  end
end

%!assert (nnref.loss_grad ('bce_logits', [1 0], [0 0]), [-0.25 0.25])
%!assert (nnref.loss_grad ('mse', [1 0], [0 0]), [-1 0])
%!error id=nnref:unknownLoss nnref.loss_grad ('hinge', 1, 1)
%!error id=nnref:badType nnref.loss_grad ({'mse'}, 1, 1)
