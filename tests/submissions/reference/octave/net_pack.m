function p = net_pack(W, b, like)
  % NET_PACK  The flat parameter vector of W and b, in the shape of `like`.
  p = zeros(size(like));
  k = 0;
  for l = 1:numel(W)
    Wt = W{l}';
    p(k + 1:k + numel(Wt)) = Wt(:);
    k = k + numel(Wt);
    p(k + 1:k + numel(b{l})) = b{l}(:);
    k = k + numel(b{l});
  end
end
