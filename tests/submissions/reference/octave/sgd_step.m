function [params, momentum_buffer, step] = sgd_step(params, grads, momentum_buffer, step, lr, momentum, dampening, weight_decay, nesterov)
  % SGD_STEP  One torch.optim.SGD step.
  if nargin < 5
    lr = 1e-3;
  end
  if nargin < 6
    momentum = 0;
  end
  if nargin < 7
    dampening = 0;
  end
  if nargin < 8
    weight_decay = 0;
  end
  if nargin < 9
    nesterov = false;
  end
  g = grads + weight_decay * params;
  if momentum ~= 0
    if step == 0
      momentum_buffer = g;
    else
      momentum_buffer = momentum * momentum_buffer + (1 - dampening) * g;
    end
    if nesterov
      g = g + momentum * momentum_buffer;
    else
      g = momentum_buffer;
    end
  end
  params = params - lr * g;
  step = step + 1;
end
