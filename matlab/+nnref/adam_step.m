function [params, exp_avg, exp_avg_sq, max_exp_avg_sq, step] = adam_step(params, grads, exp_avg, exp_avg_sq, max_exp_avg_sq, step, lr, beta1, beta2, eps, weight_decay, amsgrad)
  % ADAM_STEP  One Adam step (torch.optim.Adam, betas = (beta1, beta2)).
  %   [params, exp_avg, exp_avg_sq, max_exp_avg_sq, step] = nnref.adam_step(params, grads,
  %   exp_avg, exp_avg_sq, max_exp_avg_sq, step, lr, beta1, beta2, eps, weight_decay,
  %   amsgrad): t = step + 1; g = grads + weight_decay*params;
  %   m = beta1*m + (1 - beta1)*g; v = beta2*v + (1 - beta2)*g.^2; with amsgrad
  %   vmax = max(vmax, v) replaces v below;
  %   params = params - lr/(1 - beta1^t) * m ./ (sqrt(v)/sqrt(1 - beta2^t) + eps);
  %   returns t as step. Defaults (torch): lr = 1e-3, beta1 = 0.9, beta2 = 0.999,
  %   eps = 1e-8, weight_decay = 0, amsgrad = false; betas must lie in [0, 1).
  %   Python twin: nnref.optimizers.adam_step. SPEC D (the toolbox).
  %   Example: p = nnref.adam_step(1, 0.5, 0, 0, 0, 0)  % 1 - 1e-3 (the first step is lr)
  if nargin < 7, lr = 1e-3; end
  if nargin < 8, beta1 = 0.9; end
  if nargin < 9, beta2 = 0.999; end
  if nargin < 10, eps = 1e-8; end
  if nargin < 11, weight_decay = 0; end
  if nargin < 12, amsgrad = false; end
  [params, grads] = nnref.check_same_size(params, grads, 'params', 'grads');
  [~, exp_avg] = nnref.check_same_size(params, exp_avg, 'params', 'exp_avg');
  [~, exp_avg_sq] = nnref.check_same_size(params, exp_avg_sq, 'params', 'exp_avg_sq');
  [~, max_exp_avg_sq] = nnref.check_same_size(params, max_exp_avg_sq, 'params', 'max_exp_avg_sq');
  if any(exp_avg_sq(:) < 0)
    error('nnref:badState', 'exp_avg_sq must be >= 0');
  end
  if any(max_exp_avg_sq(:) < 0)
    error('nnref:badState', 'max_exp_avg_sq must be >= 0');
  end
  t = nnref.check_step(step) + 1;
  lr = nnref.check_hyper(lr, 'lr');
  beta1 = check_beta(beta1, 'beta1');
  beta2 = check_beta(beta2, 'beta2');
  eps = nnref.check_hyper(eps, 'eps');
  weight_decay = nnref.check_hyper(weight_decay, 'weight_decay');
  amsgrad = nnref.check_flag(amsgrad, 'amsgrad');
  g = grads;
  if weight_decay ~= 0
    g = grads + weight_decay * params;
  end
  exp_avg = beta1 * exp_avg + (1 - beta1) * g;
  exp_avg_sq = beta2 * exp_avg_sq + (1 - beta2) * (g .* g);
  step_size = lr / (1 - beta1 ^ t);
  bias_correction2_sqrt = sqrt(1 - beta2 ^ t);
  if amsgrad
    max_exp_avg_sq = max(max_exp_avg_sq, exp_avg_sq);
    denom = sqrt(max_exp_avg_sq) / bias_correction2_sqrt + eps;
  else
    denom = sqrt(exp_avg_sq) / bias_correction2_sqrt + eps;
  end
  params = params - step_size * (exp_avg ./ denom);
  step = t;
end

function beta = check_beta(beta, name)
  % A decay rate in [0, 1), as torch requires of Adam's betas.
  beta = nnref.check_scalar(beta, name);
  if beta < 0 || beta >= 1
    error('nnref:badHyperparameter', '%s must be in [0, 1)', name);
  end
end

%!test
%! [p, m, v, vmax, t] = nnref.adam_step (1, 0.5, 0, 0, 0, 0);
%! assert (p, 1 - 1e-3, 1e-10); assert (m, 0.05, 1e-16); assert (v, 0.00025, 1e-18);
%! assert ([vmax t], [0 1]);
%!error <beta1 must be in \[0, 1\)> nnref.adam_step (1, 1, 0, 0, 0, 0, 1e-3, 1)
%!error <amsgrad must be true or false> nnref.adam_step (1, 1, 0, 0, 0, 0, 1e-3, 0.9, 0.999, 1e-8, 0, 1)
%!error <exp_avg_sq must be>  nnref.adam_step (1, 1, 0, -1, 0, 0)
%!error <params is 1x2, exp_avg is 1x3> nnref.adam_step ([1 2], [1 2], [0 0 0], [0 0], [0 0], 0)
