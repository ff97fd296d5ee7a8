function [sizes, W, b] = network_check(sizes, p)
  % NETWORK_CHECK  Door check of a layered network's sizes and flat parameters; unpack them.
  %   [sizes, W, b] = nnref.network_check(sizes, p) refuses sizes that are not a vector of
  %   at least 2 positive integers (nnref:badSizes) and a p that is not a finite vector of
  %   sum(n_l * (n_(l-1) + 1)) elements (nnref:badShape); returns sizes as a row and the
  %   cell arrays W{l} (n_l x n_(l-1)) and b{l} (n_l x 1), l = 1..L. p holds W{1} row by
  %   row, then b{1}, then W{2} row by row, b{2}, ... (SPEC C; see nnref.network_unpack).
  %   Python twin: nnref.network.check_sizes / check_network / unpack_views.
  %   Example: [s, W, b] = nnref.network_check([1 1 1], [1.58 -0.14 2.45 -0.11]);  % W{2} = 2.45
  sizes = nnref.check_vector(sizes, 'sizes', [])';
  if numel(sizes) < 2
    error('nnref:badSizes', ...
          'sizes must have at least 2 elements (input and output layer), got %d', numel(sizes));
  end
  if any(sizes < 1) || any(sizes ~= round(sizes))
    error('nnref:badSizes', 'sizes must be positive integers');
  end
  p = nnref.check_vector(p, 'p', sum(sizes(2:end) .* (sizes(1:end-1) + 1)));
  L = numel(sizes) - 1;
  W = cell(1, L);
  b = cell(1, L);
  k = 0;
  for l = 1:L
    n = sizes(l + 1);
    n_prev = sizes(l);
    W{l} = reshape(p(k + 1:k + n * n_prev), n_prev, n)';  % row-major: transpose a column-major fill
    k = k + n * n_prev;
    b{l} = p(k + 1:k + n);
    k = k + n;
  end
end

%!test
%! [s, W, b] = nnref.network_check ([2 3 1], 1:13);
%! assert (s, [2 3 1]);
%! assert (W{1}, [1 2; 3 4; 5 6]);
%! assert (b{1}, [7; 8; 9]);
%! assert (W{2}, [10 11 12]);
%! assert (b{2}, 13);
%!error <sizes must have at least 2 elements \(input and output layer\), got 1> nnref.network_check (3, 1:4)
%!error <sizes must be positive integers> nnref.network_check ([2 0 1], [])
%!error <sizes must be positive integers> nnref.network_check ([2 1.5 1], [])
%!error <p must have 13 elements, got 12> nnref.network_check ([2 3 1], 1:12)
%!error id=nnref:nanInput nnref.network_check ([2 NaN], 1:3)
