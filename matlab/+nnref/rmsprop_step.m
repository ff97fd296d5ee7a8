function [params, square_avg, momentum_buffer, grad_avg, step] = rmsprop_step(params, grads, square_avg, momentum_buffer, grad_avg, step, lr, alpha, eps, weight_decay, momentum, centered)
  % RMSPROP_STEP  One RMSprop step (torch.optim.RMSprop).
  %   [params, square_avg, momentum_buffer, grad_avg, step] = nnref.rmsprop_step(params,
  %   grads, square_avg, momentum_buffer, grad_avg, step, lr, alpha, eps, weight_decay,
  %   momentum, centered): g = grads + weight_decay*params;
  %   square_avg = alpha*square_avg + (1 - alpha)*g.^2; centered: grad_avg =
  %   alpha*grad_avg + (1 - alpha)*g and avg = sqrt(square_avg - grad_avg.^2) + eps, else
  %   avg = sqrt(square_avg) + eps; with momentum > 0: b = momentum*b + g./avg and
  %   params = params - lr*b, else params = params - lr*g./avg; step is returned plus one.
  %   Defaults (torch): lr = 1e-2, alpha = 0.99, eps = 1e-8, weight_decay = 0,
  %   momentum = 0, centered = false; alpha must lie in [0, 1].
  %   Python twin: nnref.optimizers.rmsprop_step. SPEC D (the toolbox).
  %   Example: p = nnref.rmsprop_step(1, 0.5, 0, 0, 0, 0)  % 1 - 0.01/sqrt(0.01) = 0.9
  if nargin < 7, lr = 1e-2; end
  if nargin < 8, alpha = 0.99; end
  if nargin < 9, eps = 1e-8; end
  if nargin < 10, weight_decay = 0; end
  if nargin < 11, momentum = 0; end
  if nargin < 12, centered = false; end
  [params, grads] = nnref.check_same_size(params, grads, 'params', 'grads');
  [~, square_avg] = nnref.check_same_size(params, square_avg, 'params', 'square_avg');
  [~, momentum_buffer] = nnref.check_same_size(params, momentum_buffer, 'params', 'momentum_buffer');
  [~, grad_avg] = nnref.check_same_size(params, grad_avg, 'params', 'grad_avg');
  if any(square_avg(:) < 0)
    error('nnref:badState', 'square_avg must be >= 0');
  end
  t = nnref.check_step(step) + 1;
  lr = nnref.check_hyper(lr, 'lr');
  alpha = nnref.check_hyper(alpha, 'alpha');
  eps = nnref.check_hyper(eps, 'eps');
  weight_decay = nnref.check_hyper(weight_decay, 'weight_decay');
  momentum = nnref.check_hyper(momentum, 'momentum');
  if alpha > 1
    error('nnref:badHyperparameter', 'alpha must be in [0, 1]');
  end
  centered = nnref.check_flag(centered, 'centered');
  g = grads;
  if weight_decay ~= 0
    g = grads + weight_decay * params;
  end
  square_avg = alpha * square_avg + (1 - alpha) * (g .* g);
  if centered
    grad_avg = alpha * grad_avg + (1 - alpha) * g;
    avg = sqrt(square_avg - grad_avg .* grad_avg) + eps;
  else
    avg = sqrt(square_avg) + eps;
  end
  if momentum > 0
    momentum_buffer = momentum * momentum_buffer + g ./ avg;
    params = params - lr * momentum_buffer;
  else
    params = params - lr * (g ./ avg);
  end
  step = t;
end

%!test
%! [p, s, b, a, t] = nnref.rmsprop_step (1, 0.5, 0, 0, 0, 0);
%! assert (p, 1 - 0.005 / (0.05 + 1e-8), 1e-15); assert (s, 0.0025, 1e-17); assert ([b a t], [0 0 1]);
%!error <alpha must be in \[0, 1\]> nnref.rmsprop_step (1, 1, 0, 0, 0, 0, 0.01, 1.5)
%!error <centered must be true or false> nnref.rmsprop_step (1, 1, 0, 0, 0, 0, 0.01, 0.9, 1e-8, 0, 0, 1)
%!error <square_avg must be>  nnref.rmsprop_step (1, 1, -1, 0, 0, 0)
