function [params, square_avg, momentum_buffer, grad_avg, step] = rmsprop_step(params, grads, square_avg, momentum_buffer, grad_avg, step, lr, alpha, eps, weight_decay, momentum, centered)
  % RMSPROP_STEP  Lab toolbox: replace this stub with your code.
  %   [params, square_avg, momentum_buffer, grad_avg, step] = rmsprop_step(params, grads, square_avg, momentum_buffer, grad_avg, step, lr, alpha, eps, weight_decay, momentum, centered)
  %   May be called without its last arguments (defaults: lr 0.01, alpha 0.99, eps 1e-08, weight_decay 0.0, momentum 0.0, centered False).
  %   Example sizes (optimizers::rmsprop-plain-step1):
  %     params 2x3, grads 2x3, square_avg 2x3, momentum_buffer 2x3, grad_avg 2x3, step 1x1, lr 1x1, alpha 1x1, eps 1x1, weight_decay 1x1, momentum 1x1, centered 1x1 -> params 2x3, square_avg 2x3, momentum_buffer 2x3, grad_avg 2x3, step 1x1
  error('lab:notImplemented', 'not implemented: rmsprop_step');
end
