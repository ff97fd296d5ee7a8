function [params, square_avg, momentum_buffer, grad_avg, step] = rmsprop_step(params, grads, square_avg, momentum_buffer, grad_avg, step, lr, alpha, eps, weight_decay, momentum, centered)
  % RMSPROP_STEP  One torch.optim.RMSprop step.
  if nargin < 7
    lr = 1e-2;
  end
  if nargin < 8
    alpha = 0.99;
  end
  if nargin < 9
    eps = 1e-8;
  end
  if nargin < 10
    weight_decay = 0;
  end
  if nargin < 11
    momentum = 0;
  end
  if nargin < 12
    centered = false;
  end
  g = grads + weight_decay * params;
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
  step = step + 1;
end
