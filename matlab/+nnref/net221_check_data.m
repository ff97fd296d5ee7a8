function [X, y] = net221_check_data(X, y)
  % NET221_CHECK_DATA  Door check for a training set of the 2-2-1 network.
  %   [X, y] = nnref.net221_check_data(X, y) accepts X, an n x 2 matrix of samples (see
  %   nnref.net221_check_samples), and y, a vector of n labels; returns X as doubles and
  %   y as a 1 x n row. A y of another length is nnref:badShape.
  %   Python twin: nnref.net221.check_data. SPEC A4, A7.
  %   Example: [X, y] = nnref.net221_check_data([-2 -1; 25 6], [1; 0])  % y = [1 0]
  X = nnref.net221_check_samples(X);
  y = nnref.check_vector(y, 'y', [])';
  if numel(y) ~= size(X, 1)
    error('nnref:badShape', 'y must have %d elements (one per row of X), got %d', ...
          size(X, 1), numel(y));
  end
end

%!test
%! [X, y] = nnref.net221_check_data ([-2 -1; 25 6], [1; 0]);
%! assert (X, [-2 -1; 25 6]);
%! assert (y, [1 0]);
%!error <y must have 4 elements \(one per row of X\), got 3> nnref.net221_check_data (zeros (4, 2), [1 0 0])
%!error id=nnref:nanInput nnref.net221_check_data (zeros (2, 2), [1 NaN])
