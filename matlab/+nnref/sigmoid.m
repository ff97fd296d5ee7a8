function a = sigmoid(z)
  % SIGMOID  Logistic sigmoid, element-wise: a = 1 ./ (1 + exp(-z)).
  %   a = nnref.sigmoid(z) for a real array z of any size; a has the size of z.
  %   Evaluated as 1 ./ (1 + exp(-z)) for z >= 0 and exp(z) ./ (1 + exp(z)) for z < 0:
  %   the same value without overflow, so sigmoid(-1000) is 0. NaN is refused.
  %   Python twin: nnref.sigmoid.sigmoid. SPEC A1.
  %   Example: nnref.sigmoid(7)  % 0.9990889488055994
  nnref.check_real(z, 'z', true);
  z = double(z);
  negative = z < 0;
  e = exp(-abs(z));  % exp(-|z|) never overflows
  a = 1 ./ (1 + e);
  a(negative) = e(negative) ./ (1 + e(negative));
end

%!assert (nnref.sigmoid (7), 0.9990889488055994, 1e-15)
%!assert (nnref.sigmoid (0), 0.5)
%!assert (nnref.sigmoid ([-1000 1000; -Inf Inf]), [0 1; 0 1])
%!assert (size (nnref.sigmoid (zeros (3, 2))), [3 2])
%!error <z contains NaN> nnref.sigmoid ([1 NaN])
%!error id=nnref:badType nnref.sigmoid ('a')
