function [z, a] = network_forward(W, b, X)
  % NETWORK_FORWARD  Forward pass of a layered sigmoid network, every layer kept (no checks).
  %   [z, a] = nnref.network_forward(W, b, X) with cell arrays W{l} (n_l x n_(l-1)) and
  %   b{l} (n_l x 1), l = 1..L, and X (n0 x N, one column per sample): z{l} = W{l} * a{l}
  %   + b{l} and a{l + 1} = sigma(z{l}) for l = 1..L, a{1} = X (so a{l + 1} is a^l).
  %   sigma(z) = 1 ./ (1 + exp(-z)); for z < -709, exp(-z) is Inf and sigma is 0, correctly.
  %   Trusts its arguments: the public functions check at the door (nnref.network_check).
  %   Python twin: nnref.network.forward. SPEC C.
  %   Example: [z, a] = nnref.network_forward({1.58, 2.45}, {-0.14, -0.11}, 0.8);  % z{1} = 1.124
  L = numel(W);
  z = cell(1, L);
  a = cell(1, L + 1);
  a{1} = X;
  for l = 1:L
    z{l} = W{l} * a{l} + b{l};
    a{l + 1} = 1 ./ (1 + exp(-z{l}));
  end
end

%!test
%! [z, a] = nnref.network_forward ({1.58, 2.45}, {-0.14, -0.11}, 0.8);
%! assert (z{1}, 1.124, 1e-15);
%! assert (a{3}, 0.850571226530534, 1e-15);
%!test
%! [~, a] = nnref.network_forward ({[-1000; 1000]}, {[0; 0]}, 1);
%! assert (a{2}, [0; 1]);
