function [params, state] = optimizer_step(name, params, grads, state, hyper)
  % OPTIMIZER_STEP  One step of the optimizer called name: (params, state) -> (params, state).
  %   [params, state] = nnref.optimizer_step(name, params, grads, state, hyper) with name
  %   'sgd', 'adagrad', 'rmsprop' or 'adam', state from nnref.optimizer_init (or a previous
  %   step) and hyper a struct of hyper-parameters by torch name (those left out, or hyper
  %   left out altogether, take torch's defaults). Calls nnref.sgd_step, nnref.adagrad_step,
  %   nnref.rmsprop_step or nnref.adam_step. Python twin: nnref.optimizers.optimizer_step.
  %   Example: s = nnref.optimizer_init('sgd', [1 2]);
  %            [p, s] = nnref.optimizer_step('sgd', [1 2], [1 1], s, struct('lr', 0.5))  % [0.5 1.5]
  if nargin < 5
    hyper = [];
  end
  h = nnref.optimizer_hyper(name, hyper);
  if ~isstruct(state) || numel(state) ~= 1
    error('nnref:badType', 'state must be a struct (a dict in Python)');
  end
  switch name
    case 'sgd'
      require_fields(state, {'momentum_buffer', 'step'});
      [params, state.momentum_buffer, state.step] = nnref.sgd_step(params, grads, ...
        state.momentum_buffer, state.step, h.lr, h.momentum, h.dampening, h.weight_decay, ...
        h.nesterov);
    case 'adagrad'
      require_fields(state, {'state_sum', 'step'});
      [params, state.state_sum, state.step] = nnref.adagrad_step(params, grads, ...
        state.state_sum, state.step, h.lr, h.lr_decay, h.weight_decay, h.eps);
    case 'rmsprop'
      require_fields(state, {'square_avg', 'momentum_buffer', 'grad_avg', 'step'});
      [params, state.square_avg, state.momentum_buffer, state.grad_avg, state.step] = ...
        nnref.rmsprop_step(params, grads, state.square_avg, state.momentum_buffer, ...
        state.grad_avg, state.step, h.lr, h.alpha, h.eps, h.weight_decay, h.momentum, ...
        h.centered);
    otherwise
      require_fields(state, {'exp_avg', 'exp_avg_sq', 'max_exp_avg_sq', 'step'});
      [params, state.exp_avg, state.exp_avg_sq, state.max_exp_avg_sq, state.step] = ...
        nnref.adam_step(params, grads, state.exp_avg, state.exp_avg_sq, ...
        state.max_exp_avg_sq, state.step, h.lr, h.beta1, h.beta2, h.eps, h.weight_decay, ...
        h.amsgrad);
  end
end

function require_fields(state, names)
  for k = 1:numel(names)
    if ~isfield(state, names{k})
      error('nnref:badState', 'state has no field %s', names{k});
    end
  end
end

%!test
%! s = nnref.optimizer_init ('sgd', [1 2]);
%! [p, s] = nnref.optimizer_step ('sgd', [1 2], [1 1], s, struct ('lr', 0.5));
%! assert (p, [0.5 1.5]); assert (s.step, 1);
%!test
%! s = nnref.optimizer_init ('adam', 1);
%! [p, s] = nnref.optimizer_step ('adam', 1, 0.5, s);
%! assert (p, 1 - 1e-3, 1e-10); assert (s.step, 1);
%!error <state has no field exp_avg_sq> nnref.optimizer_step ('adam', 1, 1, struct ('exp_avg', 0, 'step', 0))
%!error <unknown optimizer 'sgdm'> nnref.optimizer_step ('sgdm', 1, 1, struct ())
