function [params, state_sum, step] = adagrad_step(params, grads, state_sum, step, lr, lr_decay, weight_decay, eps)
  % ADAGRAD_STEP  One Adagrad step (torch.optim.Adagrad).
  %   [params, state_sum, step] = nnref.adagrad_step(params, grads, state_sum, step, lr,
  %   lr_decay, weight_decay, eps): t = step + 1; g = grads + weight_decay*params;
  %   clr = lr / (1 + (t - 1)*lr_decay); state_sum = state_sum + g.^2;
  %   params = params - clr * g ./ (sqrt(state_sum) + eps); returns t as step.
  %   state_sum starts at torch's initial_accumulator_value (nnref.optimizer_init).
  %   Defaults (torch): lr = 1e-2, lr_decay = 0, weight_decay = 0, eps = 1e-10.
  %   Python twin: nnref.optimizers.adagrad_step. SPEC D (the toolbox).
  %   Example: p = nnref.adagrad_step([1 2], [0.5 -1], [0 0], 0, 0.1)  % [0.9 2.1] (to 1e-9)
  if nargin < 5, lr = 1e-2; end
  if nargin < 6, lr_decay = 0; end
  if nargin < 7, weight_decay = 0; end
  if nargin < 8, eps = 1e-10; end
  [params, grads] = nnref.check_same_size(params, grads, 'params', 'grads');
  [~, state_sum] = nnref.check_same_size(params, state_sum, 'params', 'state_sum');
  if any(state_sum(:) < 0)
    error('nnref:badState', 'state_sum must be >= 0');
  end
  t = nnref.check_step(step) + 1;
  lr = nnref.check_hyper(lr, 'lr');
  lr_decay = nnref.check_hyper(lr_decay, 'lr_decay');
  weight_decay = nnref.check_hyper(weight_decay, 'weight_decay');
  eps = nnref.check_hyper(eps, 'eps');
  g = grads;
  if weight_decay ~= 0
    g = grads + weight_decay * params;
  end
  clr = lr / (1 + (t - 1) * lr_decay);
  state_sum = state_sum + g .* g;
  params = params - clr * (g ./ (sqrt(state_sum) + eps));
  step = t;
end

%!test
%! [p, s, t] = nnref.adagrad_step ([1 2], [0.5 -1], [0 0], 0, 0.1);
%! assert (p, [0.9 2.1], 1e-9); assert (s, [0.25 1]); assert (t, 1);
%!error <state_sum must be>  nnref.adagrad_step (1, 1, -1, 0)
%!error <eps must be>  nnref.adagrad_step (1, 1, 0, 0, 0.1, 0, 0, -1e-10)
