function [params, momentum_buffer, step] = sgd_step(params, grads, momentum_buffer, step, lr, momentum, dampening, weight_decay, nesterov)
  % SGD_STEP  Lab toolbox: replace this stub with your code.
  %   [params, momentum_buffer, step] = sgd_step(params, grads, momentum_buffer, step, lr, momentum, dampening, weight_decay, nesterov)
  %   May be called without its last arguments (defaults: lr 0.001, momentum 0.0, dampening 0.0, weight_decay 0.0, nesterov False).
  %   Example sizes (optimizers::sgd-plain-step1):
  %     params 2x3, grads 2x3, momentum_buffer 2x3, step 1x1, lr 1x1, momentum 1x1, dampening 1x1, weight_decay 1x1, nesterov 1x1 -> params 2x3, momentum_buffer 2x3, step 1x1
  error('lab:notImplemented', 'not implemented: sgd_step');
end
