function theta = linreg_normal(X, y)
  % LINREG_NORMAL  Least-squares theta from the normal equation (X'*X) * theta = X'*y (SPEC B3).
  %   theta = nnref.linreg_normal(X, y) is n x 1; columns of X that are linearly dependent
  %   (rank(X) < n) are refused with nnref:singular. Python twin: nnref.linreg.linreg_normal.
  %   Example: [X, y] = nnref.linreg_data(); nnref.linreg_normal(X, y)  % [7/51; 477/323]
  [X, y] = nnref.linreg_check_data(X, y);
  if rank(X) < size(X, 2)
    error('nnref:singular', 'X'' * X is singular: the columns of X are linearly dependent');
  end
  theta = (X' * X) \ (X' * y);
end

%!test
%! [X, y] = nnref.linreg_data ();
%! assert (nnref.linreg_normal (X, y), [7/51; 477/323], 1e-13);
%!error id=nnref:singular nnref.linreg_normal ([1 2; 2 4; 3 6], [1 2 3])
%!error id=nnref:singular nnref.linreg_normal ([1 2], 3)
