function [params, state_sum, step] = adagrad_step(params, grads, state_sum, step, lr, lr_decay, weight_decay, eps)
  % ADAGRAD_STEP  One torch.optim.Adagrad step.
  if nargin < 5
    lr = 1e-2;
  end
  if nargin < 6
    lr_decay = 0;
  end
  if nargin < 7
    weight_decay = 0;
  end
  if nargin < 8
    eps = 1e-10;
  end
  step = step + 1;
  g = grads + weight_decay * params;
  clr = lr / (1 + (step - 1) * lr_decay);
  state_sum = state_sum + g .* g;
  params = params - clr * (g ./ (sqrt(state_sum) + eps));
end
