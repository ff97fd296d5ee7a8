function value = check_hyper(value, name)
  % CHECK_HYPER  A finite, non-negative scalar hyper-parameter, as a double.
  %   value = nnref.check_hyper(value, name) refuses non-scalars (nnref:badShape), NaN
  %   (nnref:nanInput), Inf (nnref:notFinite) and negative values (nnref:badHyperparameter
  %   '<name> must be >= 0'). Python twin: nnref.optimizers.as_hyper.
  %   Example: nnref.check_hyper(0.01, 'lr')  % 0.01
  value = nnref.check_scalar(value, name);
  if value < 0
    error('nnref:badHyperparameter', '%s must be >= 0', name);
  end
end

%!assert (nnref.check_hyper (int8 (3), 'lr'), 3)
%!error <lr must be>  nnref.check_hyper (-1, 'lr')
%!error <lr contains NaN> nnref.check_hyper (NaN, 'lr')
%!error id=nnref:badShape nnref.check_hyper ([1 2], 'lr')
