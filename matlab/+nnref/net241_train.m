function [W1, B1, W2, B2, losses] = net241_train(X, Y, W1, B1, W2, B2, epochs, optimizer, hyper)
  % NET241_TRAIN  Full-batch training of the 2-4-1 network with any optimizer (SPEC D).
  %   [W1, B1, W2, B2, losses] = nnref.net241_train(X, Y, W1, B1, W2, B2, epochs,
  %   optimizer, hyper): each epoch computes the loss and the four gradients on all of X
  %   (nnref.net241_gradients) and updates all four arrays with nnref.optimizer_step
  %   (on the arrays packed into one vector: the updates are element-wise, so this is
  %   a step per array, as torch.optim takes, bit for bit). optimizer is 'sgd'
  %   (the default), 'adagrad', 'rmsprop' or 'adam'; hyper a struct by torch name (those
  %   left out take torch's defaults). losses(k) is the loss before epoch k's update
  %   (1 x epochs). Python twin: nnref.net241.net241_train.
  %   Example: X = [0 0; 0 1; 1 0; 1 1]; Y = [0; 1; 1; 0];
  %            [W1, B1, W2, B2, L] = nnref.net241_train(X, Y, randn(2, 4) / sqrt(2), ...
  %              zeros(1, 4), randn(4, 1) / 2, 0, 100, 'adam', struct('lr', 0.05));
  if nargin < 8
    optimizer = 'sgd';
  end
  if nargin < 9
    hyper = [];
  end
  [X, W1, B1, W2, B2, Y] = nnref.net241_check(X, W1, B1, W2, B2, Y);
  epochs = nnref.check_scalar(epochs, 'epochs');
  if epochs < 0 || epochs ~= floor(epochs)
    error('nnref:badHyperparameter', 'epochs must be a non-negative integer');
  end
  % The optimizers update element by element, so one step on the four arrays packed into
  % one vector equals a step per array (as torch.optim takes) bit for bit, in one call.
  sizes = {size(W1), size(B1), size(W2), size(B2)};
  theta = [W1(:); B1(:); W2(:); B2(:)];
  state = nnref.optimizer_init(optimizer, theta, hyper);
  losses = zeros(1, epochs);
  for epoch = 1:epochs
    [losses(epoch), dW1, dB1, dW2, dB2] = nnref.net241_gradients(X, Y, W1, B1, W2, B2);
    [theta, state] = nnref.optimizer_step(optimizer, theta, [dW1(:); dB1(:); dW2(:); dB2(:)], ...
                                          state, hyper);
    [W1, B1, W2, B2] = unpack(theta, sizes);
  end
end

function varargout = unpack(theta, sizes)
  first = 1;
  for k = 1:numel(sizes)
    count = prod(sizes{k});
    varargout{k} = reshape(theta(first:first + count - 1), sizes{k});
    first = first + count;
  end
end

%!test
%! X = [0 0; 0 1; 1 0; 1 1]; Y = [0; 1; 1; 0];
%! W1 = [0.5 -0.4 0.3 0.9; -0.7 0.6 0.8 -0.2]; W2 = [0.4; -0.5; 0.6; 0.3];
%! [W1, B1, W2, B2, L] = nnref.net241_train (X, Y, W1, zeros (1, 4), W2, 0, 150, 'adam', struct ('lr', 0.05));
%! assert (size (L), [1 150]); assert (L(end) < L(1));
%! assert (nnref.net241_predict (X, W1, B1, W2, B2), Y);
%!error <epochs must be a non-negative integer> nnref.net241_train (0, 0, 0, 0, 0, 0, -1)
