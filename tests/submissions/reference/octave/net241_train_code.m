function [W1, B1, W2, B2, losses] = net241_train_code(X, Y, W1, B1, W2, B2, epochs, code, hyper_values)
  % NET241_TRAIN_CODE  Full-batch training with optimizer code 1 sgd, 2 adagrad, 3 rmsprop,
  %   4 adam; hyper_values the first hyper-parameters in the order of its step function
  %   (Adagrad: lr, lr_decay, weight_decay, initial_accumulator_value, eps).
  defaults = {{1e-3, 0, 0, 0, false}, {1e-2, 0, 0, 0, 1e-10}, ...
              {1e-2, 0.99, 1e-8, 0, 0, false}, {1e-3, 0.9, 0.999, 1e-8, 0, false}};
  hyper = defaults{code};
  for k = 1:numel(hyper_values)
    hyper{k} = hyper_values(k);
  end
  sizes = {size(W1), size(B1), size(W2), size(B2)};
  theta = [W1(:); B1(:); W2(:); B2(:)];
  s1 = zeros(size(theta));
  s2 = zeros(size(theta));
  s3 = zeros(size(theta));
  if code == 2
    s1(:) = hyper{4};
    hyper(4) = [];
  end
  step = 0;
  losses = zeros(1, epochs);
  for epoch = 1:epochs
    [W1, B1, W2, B2] = unpack(theta, sizes);
    [losses(epoch), dW1, dB1, dW2, dB2] = net241_gradients(X, Y, W1, B1, W2, B2);
    g = [dW1(:); dB1(:); dW2(:); dB2(:)];
    if code == 1
      [theta, s1, step] = sgd_step(theta, g, s1, step, hyper{:});
    elseif code == 2
      [theta, s1, step] = adagrad_step(theta, g, s1, step, hyper{:});
    elseif code == 3
      [theta, s1, s2, s3, step] = rmsprop_step(theta, g, s1, s2, s3, step, hyper{:});
    else
      [theta, s1, s2, s3, step] = adam_step(theta, g, s1, s2, s3, step, hyper{:});
    end
  end
  [W1, B1, W2, B2] = unpack(theta, sizes);
end

function [W1, B1, W2, B2] = unpack(theta, sizes)
  out = cell(1, 4);
  first = 0;
  for k = 1:4
    count = prod(sizes{k});
    out{k} = reshape(theta(first + 1:first + count), sizes{k});
    first = first + count;
  end
  [W1, B1, W2, B2] = out{:};
end
