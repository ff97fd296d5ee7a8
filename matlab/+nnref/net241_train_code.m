function [W1, B1, W2, B2, losses] = net241_train_code(X, Y, W1, B1, W2, B2, epochs, code, hyper_values)
  % NET241_TRAIN_CODE  nnref.net241_train with the optimizer given by number (for fixtures).
  %   [W1, B1, W2, B2, losses] = nnref.net241_train_code(X, Y, W1, B1, W2, B2, epochs,
  %   code, hyper_values): code 1 'sgd', 2 'adagrad', 3 'rmsprop', 4 'adam';
  %   hyper_values holds the first values of nnref.optimizer_defaults(name) in its field
  %   order (the rest keep torch's defaults), flags (nesterov, centered, amsgrad) written
  %   0 or 1. Exists because fixture inputs are numbers only; people call net241_train.
  %   Python twin: nnref.net241.net241_train_code. SPEC D.
  %   Example: nnref.net241_train_code(X, Y, W1, B1, W2, B2, 100, 1, [0.5 0.9])  % SGD, lr 0.5, momentum 0.9
  code = nnref.check_scalar(code, 'code');
  names = {'sgd', 'adagrad', 'rmsprop', 'adam'};
  if ~any(code == 1:4)
    error('nnref:unknownOptimizer', 'code must be 1 (sgd), 2 (adagrad), 3 (rmsprop) or 4 (adam)');
  end
  name = names{code};
  nnref.check_real(hyper_values, 'hyper_values', false);
  defaults = nnref.optimizer_defaults(name);
  keys = fieldnames(defaults);
  if numel(hyper_values) > numel(keys)
    error('nnref:badShape', '%s takes at most %d hyper-parameter values, got %d', name, ...
          numel(keys), numel(hyper_values));
  end
  hyper = struct();
  for k = 1:numel(hyper_values)
    value = double(hyper_values(k));
    if islogical(defaults.(keys{k}))
      if value ~= 0 && value ~= 1
        error('nnref:badHyperparameter', '%s must be 0 or 1 here', keys{k});
      end
      value = value == 1;
    end
    hyper.(keys{k}) = value;
  end
  [W1, B1, W2, B2, losses] = nnref.net241_train(X, Y, W1, B1, W2, B2, epochs, name, hyper);
end

%!test
%! X = [0 0; 0 1; 1 0; 1 1]; Y = [0; 1; 1; 0]; W1 = [0.5 -0.4 0.3 0.9; -0.7 0.6 0.8 -0.2];
%! [a, b, c, d, L] = nnref.net241_train_code (X, Y, W1, zeros (1, 4), [0.4; -0.5; 0.6; 0.3], 0, 5, 4, 0.05);
%! [e, f, g, h, M] = nnref.net241_train (X, Y, W1, zeros (1, 4), [0.4; -0.5; 0.6; 0.3], 0, 5, 'adam', struct ('lr', 0.05));
%! assert (L, M); assert (a, e);
%!error <code must be 1 \(sgd\)> nnref.net241_train_code (0, 0, 0, 0, 0, 0, 1, 5, [])
%!error <amsgrad must be 0 or 1 here> nnref.net241_train_code (0, 0, 0, 0, 0, 0, 1, 4, [0.1 0.9 0.999 1e-8 0 2])
