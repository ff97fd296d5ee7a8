function [X, W1, B1, W2, B2, Y] = net241_check(X, W1, B1, W2, B2, Y)
  % NET241_CHECK  Door check of the 2-4-1 network's arguments (SPEC D shapes).
  %   [X, W1, B1, W2, B2, Y] = nnref.net241_check(X, W1, B1, W2, B2, Y) refuses anything
  %   but finite real matrices with X m x n (non-empty), W1 n x h, B1 1 x h, W2 h x 1,
  %   B2 1 x 1 (nnref:badShape) and, when Y is given, targets Y m x 1 in [0, 1]
  %   (nnref:badShape, nnref:outOfRange). Returns them as doubles.
  %   Python twin: nnref.net241.net241_check. SPEC D.
  %   Example: nnref.net241_check(zeros(4, 2), zeros(2, 4), zeros(1, 4), zeros(4, 1), 0)
  names = {'X', 'W1', 'B1', 'W2', 'B2'};
  values = {X, W1, B1, W2, B2};
  for k = 1:5
    nnref.check_real(values{k}, names{k}, false);
    if ndims(values{k}) > 2
      error('nnref:badShape', '%s must be a matrix, got size %s', names{k}, ...
            nnref.size_text(values{k}));
    end
    values{k} = double(values{k});
  end
  [X, W1, B1, W2, B2] = values{:};
  if isempty(X)
    error('nnref:badShape', 'X is empty');
  end
  n = size(X, 2);
  h = size(W1, 2);
  shapes = {[n h], [1 h], [h 1], [1 1]};
  for k = 2:5
    if ~isequal(size(values{k}), shapes{k - 1}) || h == 0
      error('nnref:badShape', '%s must be %dx%d for X %s and W1 with %d columns, got %s', ...
            names{k}, shapes{k - 1}(1), shapes{k - 1}(2), nnref.size_text(X), h, ...
            nnref.size_text(values{k}));
    end
  end
  if nargin < 6
    return;
  end
  nnref.check_real(Y, 'Y', false);
  if ~isequal(size(Y), [size(X, 1) 1])
    error('nnref:badShape', 'Y must be %dx1, got %s', size(X, 1), nnref.size_text(Y));
  end
  nnref.check_unit_interval(Y, 'Y');
  Y = double(Y);
end

%!test
%! [X, W1] = nnref.net241_check (int8 (zeros (4, 2)), zeros (2, 4), zeros (1, 4), zeros (4, 1), 0);
%! assert (class (X), 'double');
%!error <B1 must be 1x4 for X 4x2 and W1 with 4 columns, got 4x1> nnref.net241_check (zeros (4, 2), zeros (2, 4), zeros (4, 1), zeros (4, 1), 0)
%!error <Y must be 4x1, got 1x4> nnref.net241_check (zeros (4, 2), zeros (2, 4), zeros (1, 4), zeros (4, 1), 0, [0 1 1 0])
%!error id=nnref:outOfRange nnref.net241_check (zeros (4, 2), zeros (2, 4), zeros (1, 4), zeros (4, 1), 0, [0; 1; 2; 0])
