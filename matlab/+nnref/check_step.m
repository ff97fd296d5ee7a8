function step = check_step(step)
  % CHECK_STEP  An optimizer's step counter: a non-negative integer, as a double.
  %   step = nnref.check_step(step) raises nnref:badState 'step must be a non-negative
  %   integer' for a negative or fractional value (and the nnref.check_scalar errors).
  %   Python twin: nnref.optimizers.as_step.
  %   Example: nnref.check_step(3)  % 3
  step = nnref.check_scalar(step, 'step');
  if step < 0 || step ~= floor(step)
    error('nnref:badState', 'step must be a non-negative integer');
  end
end

%!assert (nnref.check_step (int32 (2)), 2)
%!error <step must be a non-negative integer> nnref.check_step (1.5)
%!error id=nnref:badState nnref.check_step (-1)
