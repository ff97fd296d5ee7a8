function hyper = optimizer_defaults(name)
  % OPTIMIZER_DEFAULTS  torch's default hyper-parameters of an optimizer, as a struct.
  %   hyper = nnref.optimizer_defaults(name) for name 'sgd', 'adagrad', 'rmsprop' or
  %   'adam'; fields in torch's order (Adam's betas split into beta1, beta2):
  %     sgd      lr 1e-3, momentum 0, dampening 0, weight_decay 0, nesterov false
  %     adagrad  lr 1e-2, lr_decay 0, weight_decay 0, initial_accumulator_value 0, eps 1e-10
  %     rmsprop  lr 1e-2, alpha 0.99, eps 1e-8, weight_decay 0, momentum 0, centered false
  %     adam     lr 1e-3, beta1 0.9, beta2 0.999, eps 1e-8, weight_decay 0, amsgrad false
  %   An unknown name is nnref:unknownOptimizer.
  %   Python twin: nnref.optimizers.optimizer_defaults. SPEC D (the toolbox).
  %   Example: h = nnref.optimizer_defaults('adam'); h.beta2  % 0.999
  switch nnref.check_name(name, {'sgd', 'adagrad', 'rmsprop', 'adam'}, 'optimizer')
    case 'sgd'
      hyper = struct('lr', 1e-3, 'momentum', 0, 'dampening', 0, 'weight_decay', 0, ...
                     'nesterov', false);
    case 'adagrad'
      hyper = struct('lr', 1e-2, 'lr_decay', 0, 'weight_decay', 0, ...
                     'initial_accumulator_value', 0, 'eps', 1e-10);
    case 'rmsprop'
      hyper = struct('lr', 1e-2, 'alpha', 0.99, 'eps', 1e-8, 'weight_decay', 0, ...
                     'momentum', 0, 'centered', false);
    case 'adam'
      hyper = struct('lr', 1e-3, 'beta1', 0.9, 'beta2', 0.999, 'eps', 1e-8, ...
                     'weight_decay', 0, 'amsgrad', false);
  end
end

%!assert (fieldnames (nnref.optimizer_defaults ('adam'))', {'lr', 'beta1', 'beta2', 'eps', 'weight_decay', 'amsgrad'})
%!test
%! h = nnref.optimizer_defaults ('sgd');
%! assert (h.lr, 1e-3); assert (h.nesterov, false);
%!error <unknown optimizer 'lbfgs'; known: sgd, adagrad, rmsprop, adam> nnref.optimizer_defaults ('lbfgs')
