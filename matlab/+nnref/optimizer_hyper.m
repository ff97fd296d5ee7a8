function hyper = optimizer_hyper(name, hyper)
  % OPTIMIZER_HYPER  An optimizer's full hyper-parameter struct: torch's defaults, overridden.
  %   resolved = nnref.optimizer_hyper(name, hyper) starts from
  %   nnref.optimizer_defaults(name) and sets each field of the struct hyper ([] or struct()
  %   for none); a field the optimizer does not have is nnref:unknownHyperparameter. Values
  %   are checked by the step function. Python twin: nnref.optimizers.optimizer_hyper.
  %   Example: h = nnref.optimizer_hyper('sgd', struct('lr', 0.5)); h.momentum  % 0
  resolved = nnref.optimizer_defaults(name);
  if isempty(hyper) && ~isstruct(hyper)
    hyper = resolved;
    return;
  end
  if ~isstruct(hyper) || numel(hyper) ~= 1
    error('nnref:badType', 'hyper must be a struct (a dict in Python)');
  end
  known = fieldnames(resolved);
  given = fieldnames(hyper);
  for k = 1:numel(given)
    if ~isfield(resolved, given{k})
      error('nnref:unknownHyperparameter', '%s has no hyper-parameter ''%s''; known: %s', ...
            name, given{k}, strjoin(known', ', '));
    end
    resolved.(given{k}) = hyper.(given{k});
  end
  hyper = resolved;
end

%!test
%! h = nnref.optimizer_hyper ('sgd', struct ('lr', 0.5));
%! assert ([h.lr h.momentum], [0.5 0]);
%! h = nnref.optimizer_hyper ('adam', []);
%! assert (h.beta1, 0.9);
%!error <adam has no hyper-parameter 'momentum'; known: lr, beta1, beta2, eps, weight_decay, amsgrad> nnref.optimizer_hyper ('adam', struct ('momentum', 0.9))
%!error <hyper must be a struct> nnref.optimizer_hyper ('adam', 3)
