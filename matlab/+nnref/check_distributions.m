function [p, q] = check_distributions(p, q)
  % CHECK_DISTRIBUTIONS  Door check of the KL divergence: p, q in [0, 1], same size, 2-D.
  %   [p, q] = nnref.check_distributions(p, q) returns p and q as doubles, or raises
  %   nnref:badShape (sizes differ, more than two dimensions) or the errors of
  %   nnref.check_unit_interval. Python twin: nnref.losses._distributions.
  %   Example: [p, q] = nnref.check_distributions([1 0], [0.5 0.5]);
  [p, q] = nnref.check_same_size(p, q, 'p', 'q');
  if ndims(p) > 2
    error('nnref:badShape', 'p must be a vector or matrix, got size %s', nnref.size_text(p));
  end
  nnref.check_unit_interval(p, 'p');
  nnref.check_unit_interval(q, 'q');
end

%!test
%! [p, q] = nnref.check_distributions ([1 0], [0.5 0.5]);
%! assert (p, [1 0]);
%!error <p must be a vector or matrix, got size 1x2x2> nnref.check_distributions (ones (1, 2, 2), ones (1, 2, 2))
%!error <q must lie in \[0, 1\]> nnref.check_distributions ([1 0], [2 0])
