function [params, exp_avg, exp_avg_sq, max_exp_avg_sq, step] = adam_step(params, grads, exp_avg, exp_avg_sq, max_exp_avg_sq, step, lr, beta1, beta2, eps, weight_decay, amsgrad)
  % ADAM_STEP  One torch.optim.Adam step.
  if nargin < 7
    lr = 1e-3;
  end
  if nargin < 8
    beta1 = 0.9;
  end
  if nargin < 9
    beta2 = 0.999;
  end
  if nargin < 10
    eps = 1e-8;
  end
  if nargin < 11
    weight_decay = 0;
  end
  if nargin < 12
    amsgrad = false;
  end
  step = step + 1;
  g = grads + weight_decay * params;
  exp_avg = beta1 * exp_avg + (1 - beta1) * g;
  exp_avg_sq = beta2 * exp_avg_sq + (1 - beta2) * (g .* g);
  if amsgrad
    max_exp_avg_sq = max(max_exp_avg_sq, exp_avg_sq);
    v = max_exp_avg_sq;
  else
    v = exp_avg_sq;
  end
  denom = sqrt(v) / sqrt(1 - beta2 ^ step) + eps;
  params = params - lr / (1 - beta1 ^ step) * (exp_avg ./ denom);
end
