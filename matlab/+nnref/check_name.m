function name = check_name(name, known, kind)
  % CHECK_NAME  A name among the known ones, or a clear error.
  %   name = nnref.check_name(name, known, kind) with known a cell array of names and kind
  %   'activation', 'loss' or 'optimizer': nnref:badType unless name is a character vector,
  %   nnref:unknown<Kind> (e.g. nnref:unknownLoss) listing the known names unless it is one.
  %   Python twin: nnref.checks.as_name.
  %   Example: nnref.check_name('relu', {'sigmoid', 'relu'}, 'activation')  % 'relu'
  if ~ischar(name) || size(name, 1) > 1
    error('nnref:badType', 'name must be a character vector');
  end
  if ~any(strcmp(name, known))
    error(['nnref:unknown' upper(kind(1)) kind(2:end)], 'unknown %s ''%s''; known: %s', ...
          kind, name, strjoin(known, ', '));
  end
end

%!assert (nnref.check_name ('relu', {'sigmoid', 'relu'}, 'activation'), 'relu')
%!error <unknown loss 'x'; known: mse, kl> nnref.check_name ('x', {'mse', 'kl'}, 'loss')
%!error id=nnref:unknownOptimizer nnref.check_name ('x', {'adam'}, 'optimizer')
%!error id=nnref:badType nnref.check_name (3, {'adam'}, 'optimizer')
