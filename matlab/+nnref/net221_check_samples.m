function X = net221_check_samples(X)
  % NET221_CHECK_SAMPLES  Door check for the samples of the 2-2-1 network: an n x 2 matrix.
  %   X = nnref.net221_check_samples(X) returns X as doubles when it is a finite real
  %   matrix with 2 columns and at least one row (one sample per row, SPEC A4);
  %   otherwise nnref:badShape (and nnref:badType, nnref:nanInput, nnref:notFinite from
  %   nnref.check_real). Python twin: nnref.net221.check_samples.
  %   Example: nnref.net221_check_samples([-2 -1; 25 6])  % returns the 2x2 matrix
  nnref.check_real(X, 'X', false);
  if ndims(X) ~= 2 || size(X, 2) ~= 2 || size(X, 1) == 0
    error('nnref:badShape', ['X must have 2 columns and at least one row ' ...
          '(one sample per row), got size %s'], nnref.size_text(X));
  end
  X = double(X);
end

%!assert (nnref.net221_check_samples (int8 ([1 2; 3 4])), [1 2; 3 4])
%!error <X must have 2 columns and at least one row \(one sample per row\), got size 4x3> nnref.net221_check_samples (zeros (4, 3))
%!error id=nnref:badShape nnref.net221_check_samples (zeros (0, 2))
%!error id=nnref:nanInput nnref.net221_check_samples ([1 NaN])
