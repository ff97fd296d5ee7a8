function [W, b] = network_unpack(sizes, p)
  % NETWORK_UNPACK  Weights and biases of a layered network from its flat parameter vector.
  %   [W, b] = nnref.network_unpack(sizes, p) for layer sizes [n0 n1 ... nL]: cell arrays
  %   W{l} (n_l x n_(l-1), row j = weights INTO neuron j) and b{l} (n_l x 1), l = 1..L.
  %   p holds W{1} row by row, then b{1}, then W{2} row by row, b{2}, ...: numel(p) =
  %   sum(n_l * (n_(l-1) + 1)). The inverse of nnref.network_pack. Python twin:
  %   nnref.network.network_unpack. SPEC C.
  %   Example: [W, b] = nnref.network_unpack([2 3 1], 1:13);  % W{1} = [1 2; 3 4; 5 6], b{1} = [7; 8; 9]
  [~, W, b] = nnref.network_check(sizes, p);
end

%!test
%! [W, b] = nnref.network_unpack ([2 3 1], (1:13)');
%! assert (W{1}, [1 2; 3 4; 5 6]);
%! assert (b{2}, 13);
%! assert (nnref.network_pack (W, b), (1:13)');
%!error id=nnref:badSizes nnref.network_unpack (2, 1)
