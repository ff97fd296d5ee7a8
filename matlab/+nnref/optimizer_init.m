function state = optimizer_init(name, params, hyper)
  % OPTIMIZER_INIT  An optimizer's state before its first step, as a struct.
  %   state = nnref.optimizer_init(name, params, hyper) has field step = 0 and, named as
  %   in torch's optimizer.state, arrays of zeros the size of params: sgd momentum_buffer;
  %   adagrad state_sum (starting at hyper.initial_accumulator_value); rmsprop square_avg,
  %   momentum_buffer, grad_avg; adam exp_avg, exp_avg_sq, max_exp_avg_sq. hyper may be
  %   left out (torch's defaults). Python twin: nnref.optimizers.optimizer_init. SPEC D.
  %   Example: s = nnref.optimizer_init('adam', zeros(2, 4)); size(s.exp_avg)  % [2 4]
  if nargin < 3
    hyper = [];
  end
  hyper = nnref.optimizer_hyper(name, hyper);
  nnref.check_real(params, 'params', false);
  zero = zeros(size(params));
  switch name
    case 'sgd'
      state = struct('step', 0, 'momentum_buffer', zero);
    case 'adagrad'
      initial = nnref.check_hyper(hyper.initial_accumulator_value, 'initial_accumulator_value');
      state = struct('step', 0, 'state_sum', zero + initial);
    case 'rmsprop'
      state = struct('step', 0, 'square_avg', zero, 'momentum_buffer', zero, 'grad_avg', zero);
    otherwise
      state = struct('step', 0, 'exp_avg', zero, 'exp_avg_sq', zero, 'max_exp_avg_sq', zero);
  end
end

%!test
%! s = nnref.optimizer_init ('adagrad', [1 2], struct ('initial_accumulator_value', 0.1));
%! assert (s.state_sum, [0.1 0.1]); assert (s.step, 0);
%!assert (fieldnames (nnref.optimizer_init ('rmsprop', 1))', {'step', 'square_avg', 'momentum_buffer', 'grad_avg'})
%!error id=nnref:unknownOptimizer nnref.optimizer_init ('adamw', 1)
