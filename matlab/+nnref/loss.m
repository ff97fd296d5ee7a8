function L = loss(name, y, yhat)
  % LOSS  The loss called name: 'mse', 'bce', 'bce_logits', 'cce_logits' or 'kl'.
  %   L = nnref.loss(name, y, yhat) dispatches to nnref.mse, nnref.bce_loss,
  %   nnref.bce_logits_loss, nnref.cce_logits_loss or nnref.kl_loss (target first, then
  %   the prediction). An unknown name is nnref:unknownLoss.
  %   Python twin: nnref.losses.loss. SPEC D (the toolbox).
  %   Example: nnref.loss('mse', [1 0 0 1], [0 0 0 0])  % 0.5
  switch loss_name(name)
    case 'mse'
      L = nnref.mse(y, yhat);
    case 'bce'
      L = nnref.bce_loss(y, yhat);
    case 'bce_logits'
      L = nnref.bce_logits_loss(y, yhat);
    case 'cce_logits'
      L = nnref.cce_logits_loss(y, yhat);
    otherwise
      L = nnref.kl_loss(y, yhat);
  end
end

function name = loss_name(name)
  name = nnref.check_name(name, {'mse', 'bce', 'bce_logits', 'cce_logits', 'kl'}, 'loss');
end

%!assert (nnref.loss ('mse', [1 0 0 1], [0 0 0 0]), 0.5)
%!assert (nnref.loss ('bce', [1 0], [0.5 0.5]), log (2), 1e-15)
%!assert (nnref.loss ('kl', [1 0], [0.5 0.5]), log (2), 1e-15)
%!error <unknown loss 'hinge'; known: mse, bce, bce_logits, cce_logits, kl> nnref.loss ('hinge', 1, 1)
