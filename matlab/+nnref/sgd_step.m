function [params, momentum_buffer, step] = sgd_step(params, grads, momentum_buffer, step, lr, momentum, dampening, weight_decay, nesterov)
  % SGD_STEP  One step of stochastic gradient descent with optional momentum (torch.optim.SGD).
  %   [params, momentum_buffer, step] = nnref.sgd_step(params, grads, momentum_buffer,
  %   step, lr, momentum, dampening, weight_decay, nesterov): g = grads + weight_decay*params;
  %   with momentum, b = g at the first step (step = 0), else
  %   b = momentum*b + (1 - dampening)*g, then g = g + momentum*b (nesterov) or g = b;
  %   params = params - lr*g; step is returned plus one. Trailing arguments may be left
  %   out: torch's defaults lr = 1e-3, momentum = 0, dampening = 0, weight_decay = 0,
  %   nesterov = false. nesterov needs momentum > 0 and dampening = 0.
  %   Python twin: nnref.optimizers.sgd_step. SPEC D (the toolbox).
  %   Example: [p, b, t] = nnref.sgd_step([1 2], [0.5 -1], [0 0], 0, 0.1)  % p = [0.95 2.1]
  if nargin < 5, lr = 1e-3; end
  if nargin < 6, momentum = 0; end
  if nargin < 7, dampening = 0; end
  if nargin < 8, weight_decay = 0; end
  if nargin < 9, nesterov = false; end
  [params, grads] = nnref.check_same_size(params, grads, 'params', 'grads');
  [~, momentum_buffer] = nnref.check_same_size(params, momentum_buffer, 'params', 'momentum_buffer');
  step = nnref.check_step(step);
  lr = nnref.check_hyper(lr, 'lr');
  momentum = nnref.check_hyper(momentum, 'momentum');
  dampening = nnref.check_hyper(dampening, 'dampening');
  weight_decay = nnref.check_hyper(weight_decay, 'weight_decay');
  nesterov = nnref.check_flag(nesterov, 'nesterov');
  if nesterov && (momentum <= 0 || dampening ~= 0)
    error('nnref:badHyperparameter', 'nesterov needs momentum > 0 and dampening = 0');
  end
  g = grads;
  if weight_decay ~= 0
    g = grads + weight_decay * params;
  end
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

%!test
%! [p, b, t] = nnref.sgd_step ([1 2], [0.5 -1], [0 0], 0, 0.1);
%! assert (p, [0.95 2.1], 1e-15); assert (b, [0 0]); assert (t, 1);
%!test
%! [p, b] = nnref.sgd_step ([1 2], [0.5 -1], [9 9], 0, 0.1, 0.9);
%! assert (b, [0.5 -1]);
%! [p, b, t] = nnref.sgd_step (p, [0.5 -1], b, 1, 0.1, 0.9);
%! assert (b, [0.95 -1.9], 1e-15); assert (t, 2);
%!error <nesterov needs momentum> nnref.sgd_step (1, 1, 0, 0, 0.1, 0, 0, 0, true)
%!error <params is 1x2, grads is 2x1> nnref.sgd_step ([1 2], [1; 2], [0 0], 0)
%!error id=nnref:badHyperparameter nnref.sgd_step (1, 1, 0, 0, -0.1)
