function [params, exp_avg, exp_avg_sq, max_exp_avg_sq, step] = adam_step(params, grads, exp_avg, exp_avg_sq, max_exp_avg_sq, step, lr, beta1, beta2, eps, weight_decay, amsgrad)
  % ADAM_STEP  Lab toolbox: replace this stub with your code.
  %   [params, exp_avg, exp_avg_sq, max_exp_avg_sq, step] = adam_step(params, grads, exp_avg, exp_avg_sq, max_exp_avg_sq, step, lr, beta1, beta2, eps, weight_decay, amsgrad)
  %   May be called without its last arguments (defaults: lr 0.001, beta1 0.9, beta2 0.999, eps 1e-08, weight_decay 0.0, amsgrad False).
  %   Example sizes (optimizers::adam-plain-step1):
  %     params 2x3, grads 2x3, exp_avg 2x3, exp_avg_sq 2x3, max_exp_avg_sq 2x3, step 1x1, lr 1x1, beta1 1x1, beta2 1x1, eps 1x1, weight_decay 1x1, amsgrad 1x1 -> params 2x3, exp_avg 2x3, exp_avg_sq 2x3, max_exp_avg_sq 2x3, step 1x1
  error('lab:notImplemented', 'not implemented: adam_step');
end
