function loss = mse(y_true, y_pred)
  % MSE  Mean squared error over all elements: mean((y_true - y_pred).^2).
  %   loss = nnref.mse(y_true, y_pred) with finite arrays of the same size (a row and a
  %   column of equal length are refused: broadcasting would build an outer difference).
  %   Python twin: nnref.mse.mse. SPEC A3.
  %   Example: nnref.mse([1 0 0 1], [0 0 0 0])  % 0.5
  nnref.check_real(y_true, 'y_true', false);
  nnref.check_real(y_pred, 'y_pred', false);
  if ~isequal(size(y_true), size(y_pred))
    error('nnref:badShape', 'y_true is %s, y_pred is %s', nnref.size_text(y_true), ...
          nnref.size_text(y_pred));
  end
  if isempty(y_true)
    error('nnref:badShape', 'y_true and y_pred are empty');
  end
  d = double(y_true) - double(y_pred);
  loss = mean(d(:) .^ 2);
end

%!assert (nnref.mse ([1 0 0 1], [0 0 0 0]), 0.5)
%!assert (nnref.mse ([1 2; 3 4], [1 2; 3 6]), 1)
%!error <y_true is 1x4, y_pred is 4x1> nnref.mse ([1 0 0 1], [0; 0; 0; 0])
%!error id=nnref:badShape nnref.mse ([], [])
