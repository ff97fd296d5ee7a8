function [X, Y] = network_check_data(sizes, X, Y)
  % NETWORK_CHECK_DATA  Door check of a layered network's data: one column per sample.
  %   X = nnref.network_check_data(sizes, X) refuses X unless it is a finite real matrix
  %   with sizes(1) rows and at least one column; [X, Y] = nnref.network_check_data(sizes,
  %   X, Y) also refuses Y unless it is sizes(end) x size(X, 2). Errors: nnref:badShape,
  %   nnref:nanInput, nnref:notFinite, nnref:badType. sizes must be checked already
  %   (nnref.network_check). Python twin: nnref.network.check_data. SPEC C.
  %   Example: X = nnref.network_check_data([2 3 1], [0.8; 0.2]);
  X = check_matrix(X, 'X');
  if size(X, 1) ~= sizes(1)
    error('nnref:badShape', 'X must have %d rows (one column per sample), got %d', ...
          sizes(1), size(X, 1));
  end
  if size(X, 2) == 0
    error('nnref:badShape', 'X must have at least one column (one column per sample)');
  end
  if nargin > 2
    Y = check_matrix(Y, 'Y');
    if size(Y, 1) ~= sizes(end) || size(Y, 2) ~= size(X, 2)
      error('nnref:badShape', 'Y must have size %dx%d (one column per sample), got size %s', ...
            sizes(end), size(X, 2), nnref.size_text(Y));
    end
  end
end

function A = check_matrix(A, name)
  nnref.check_real(A, name, false);
  if ndims(A) > 2
    error('nnref:badShape', '%s must be a matrix, got size %s', name, nnref.size_text(A));
  end
  A = double(A);
end

%!test
%! [X, Y] = nnref.network_check_data ([2 3 1], [1 2 3; 4 5 6], [1 0 1]);
%! assert (size (X), [2 3]);
%!error <X must have 2 rows \(one column per sample\), got 3> nnref.network_check_data ([2 1], ones (3, 4))
%!error <X must have at least one column> nnref.network_check_data ([2 1], zeros (2, 0))
%!error <Y must have size 1x4 \(one column per sample\), got size 2x4> nnref.network_check_data ([2 1], ones (2, 4), ones (2, 4))
%!error <X contains NaN> nnref.network_check_data ([2 1], [1; NaN])
%!error <X must be a matrix, got size 2x1x2> nnref.network_check_data ([2 1], ones (2, 1, 2))
