function [params, state_sum, step] = adagrad_step(params, grads, state_sum, step, lr, lr_decay, weight_decay, eps)
  % ADAGRAD_STEP  Lab toolbox: replace this stub with your code.
  %   [params, state_sum, step] = adagrad_step(params, grads, state_sum, step, lr, lr_decay, weight_decay, eps)
  %   May be called without its last arguments (defaults: lr 0.01, lr_decay 0.0, weight_decay 0.0, eps 1e-10).
  %   Example sizes (optimizers::adagrad-decay-step1):
  %     params 2x3, grads 2x3, state_sum 2x3, step 1x1, lr 1x1, lr_decay 1x1, weight_decay 1x1, eps 1x1 -> params 2x3, state_sum 2x3, step 1x1
  error('lab:notImplemented', 'not implemented: adagrad_step');
end
