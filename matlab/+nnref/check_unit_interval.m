function check_unit_interval(value, name)
  % CHECK_UNIT_INTERVAL  Refuse any element outside [0, 1] (probabilities, targets).
  %   nnref.check_unit_interval(value, name) raises nnref:outOfRange
  %   '<name> must lie in [0, 1]'. Python twin: nnref.losses.require_unit_interval.
  %   Example: nnref.check_unit_interval([0 0.5 1], 'y')  % returns quietly
  if any(value(:) < 0 | value(:) > 1)
    error('nnref:outOfRange', '%s must lie in [0, 1]', name);
  end
end

%!test nnref.check_unit_interval ([0 0.5 1], 'y')
%!error <y must lie in \[0, 1\]> nnref.check_unit_interval ([0 1.5], 'y')
%!error id=nnref:outOfRange nnref.check_unit_interval (-1e-300, 'p')
