function learn_rate = net221_check_rate(learn_rate)
  % NET221_CHECK_RATE  Door check for a learning rate: a finite real scalar > 0.
  %   learn_rate = nnref.net221_check_rate(learn_rate) returns it as a double;
  %   nnref:badValue when it is not positive (nnref.check_scalar's errors otherwise).
  %   Python twin: nnref.net221.check_learn_rate.
  %   Example: nnref.net221_check_rate(0.1)  % 0.1
  learn_rate = nnref.check_scalar(learn_rate, 'learn_rate');
  if learn_rate <= 0
    error('nnref:badValue', 'learn_rate must be positive, got %g', learn_rate);
  end
end

%!assert (nnref.net221_check_rate (single (0.5)), 0.5)
%!error <learn_rate must be positive, got 0> nnref.net221_check_rate (0)
%!error id=nnref:badShape nnref.net221_check_rate ([0.1 0.2])
