function p = network_pack(W, b)
  % NETWORK_PACK  The flat parameter vector of a layered network (a column).
  %   p = nnref.network_pack(W, b) with cell arrays W{l} (n_l x n_(l-1)) and b{l} (n_l
  %   elements), l = 1..L: p = [W{1} row by row; b{1}; W{2} row by row; b{2}; ...].
  %   The inverse of nnref.network_unpack. Python twin: nnref.network.network_pack. SPEC C.
  %   Example: p = nnref.network_pack({[1 2; 3 4]}, {[5; 6]});  % [1; 2; 3; 4; 5; 6]
  if ~iscell(W) || ~iscell(b) || numel(W) ~= numel(b) || isempty(W)
    error('nnref:badShape', ...
          'W and b must list the same number (>= 1) of layers, got %d and %d', numel(W), numel(b));
  end
  parts = cell(2 * numel(W), 1);
  for l = 1:numel(W)
    nnref.check_real(W{l}, sprintf('W%d', l), false);
    bl = nnref.check_vector(b{l}, sprintf('b%d', l), []);
    if ndims(W{l}) > 2 || numel(bl) ~= size(W{l}, 1) || (l > 1 && size(W{l}, 2) ~= numel(parts{2 * l - 2}))
      error('nnref:badShape', ...
            'layer %d: W%d is %s, b%d has %d elements; they do not chain with the layer before', ...
            l, l, nnref.size_text(W{l}), l, numel(bl));
    end
    Wt = double(W{l})';
    parts{2 * l - 1} = Wt(:);
    parts{2 * l} = bl;
  end
  p = vertcat(parts{:});
end

%!assert (nnref.network_pack ({[1 2; 3 4]}, {[5 6]}), (1:6)')
%!assert (nnref.network_pack ({[1 2; 3 4], [7 8]}, {[5; 6], 9}), (1:9)')
%!error <layer 2: W2 is 1x3, b2 has 1 elements; they do not chain with the layer before> nnref.network_pack ({[1 2; 3 4], [7 8 9]}, {[5; 6], 9})
%!error <of layers, got 1 and 2>  nnref.network_pack ({1}, {1, 2})
