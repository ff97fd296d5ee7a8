function [path, updates] = gradient_descent(gradient, theta0, alpha, varargin)
  % GRADIENT_DESCENT  Fixed-step gradient descent: the whole path and the number of updates.
  %   [path, updates] = nnref.gradient_descent(gradient, theta0, alpha, 'steps', n)
  %   [path, updates] = nnref.gradient_descent(gradient, theta0, alpha, 'tol', t, 'max_iter', k)
  %   theta_{k+1} = theta_k - alpha * gradient(theta_k), with gradient a function handle called
  %   with theta in theta0's shape. 'steps', n takes n updates; 'tol', t stops at the first
  %   iterate where every |gradient component| <= t, and more than max_iter (default 100000)
  %   updates is nnref:noConvergence. A gradient or iterate that is not finite is
  %   nnref:diverged. path is (updates + 1) x numel(theta0): row k + 1 is theta_k.
  %   Python twin: nnref.gd.gradient_descent. SPEC B1, B2, B3.
  %   Example: nnref.gradient_descent(@(t) 2 * t, 1, 0.4, 'steps', 3)  % [1; 0.2; 0.04; 0.008]
  theta = check_start(theta0);
  alpha = nnref.check_scalar(alpha, 'alpha');
  if alpha <= 0
    error('nnref:badStep', 'alpha must be > 0, got %g', alpha);
  end
  [steps, tol, max_iter] = check_rule(varargin);
  n = numel(theta);
  capacity = 1000;
  if ~isempty(steps)
    capacity = steps + 1;
  end
  path = zeros(capacity, n);
  path(1, :) = theta(:)';
  updates = 0;
  while true
    if ~isempty(steps) && updates == steps
      break;
    end
    g = evaluate(gradient, theta, updates);
    if ~isempty(tol) && all(abs(g(:)) <= tol)
      break;
    end
    if ~isempty(tol) && updates == max_iter
      error('nnref:noConvergence', 'no convergence within %d updates (tol %g)', max_iter, tol);
    end
    theta = theta - alpha * g;
    updates = updates + 1;
    if ~all(isfinite(theta(:)))
      error('nnref:diverged', 'theta is not finite after %d updates', updates);
    end
    if updates + 1 > size(path, 1)
      path = [path; zeros(size(path, 1), n)];  % doubling keeps the growth linear overall
    end
    path(updates + 1, :) = theta(:)';
  end
  path = path(1:updates + 1, :);
end

function theta = check_start(theta0)
  nnref.check_real(theta0, 'theta0', false);
  if ndims(theta0) > 2 || min(size(theta0)) > 1
    error('nnref:badShape', 'theta0 must be a vector, got size %s', nnref.size_text(theta0));
  end
  if isempty(theta0)
    error('nnref:badShape', 'theta0 is empty');
  end
  theta = double(theta0);
end

function [steps, tol, max_iter] = check_rule(options)
  steps = [];
  tol = [];
  max_iter = 100000;
  if mod(numel(options), 2) ~= 0
    error('nnref:badOption', 'options come in name, value pairs');
  end
  for k = 1:2:numel(options)
    switch options{k}
      case 'steps'
        steps = whole_number(options{k + 1}, 'steps');
      case 'tol'
        tol = nnref.check_scalar(options{k + 1}, 'tol');
        if tol < 0
          error('nnref:badOption', 'tol must be >= 0, got %g', tol);
        end
      case 'max_iter'
        max_iter = whole_number(options{k + 1}, 'max_iter');
      otherwise
        error('nnref:badOption', 'unknown option %s', num2str(options{k}));
    end
  end
  if isempty(steps) == isempty(tol)
    error('nnref:badOption', 'give exactly one stopping rule: steps or tol');
  end
end

function n = whole_number(value, name)
  n = nnref.check_scalar(value, name);
  if n < 0 || n ~= floor(n)
    error('nnref:badOption', '%s must be a whole number >= 0, got %g', name, n);
  end
end

function g = evaluate(gradient, theta, updates)
  g = gradient(theta);
  if numel(g) ~= numel(theta)
    error('nnref:badShape', 'gradient has %d elements, theta has %d', numel(g), numel(theta));
  end
  if ~all(isfinite(g(:)))
    error('nnref:diverged', 'gradient is not finite after %d updates', updates);
  end
  g = reshape(double(g), size(theta));
end

%!test
%! [path, updates] = nnref.gradient_descent (@(t) 2 * t, 1, 0.4, 'steps', 3);
%! assert (path, [1; 0.2; 0.04; 0.008], 1e-15);
%! assert (updates, 3);
%!test
%! [path, updates] = nnref.gradient_descent (@(t) 2 * t, [2 3], 0.1, 'steps', 2);
%! assert (path, [2 3; 1.6 2.4; 1.28 1.92], 1e-14);
%!test
%! [path, updates] = nnref.gradient_descent (@(t) t - [1; 2], [0; 0], 0.5, 'tol', 1e-3);
%! assert (updates, 11);
%! assert (path(end, :), [1 2], 1e-3);
%! assert (size (path), [12 2]);
%!test
%! [path, updates] = nnref.gradient_descent (@(t) 2 * t, 0, 0.1, 'tol', 0, 'max_iter', 0);
%! assert (path, 0);
%! assert (updates, 0);
%!test
%! [path, updates] = nnref.gradient_descent (@(t) 2 * t, [2 3], 0.1, 'steps', 2500);
%! assert (size (path), [2501 2]);
%!error <no convergence within 5 updates \(tol 1e-05\)> nnref.gradient_descent (@(t) 2 * t, 1, 0.1, 'tol', 1e-5, 'max_iter', 5)
%!error <gradient has 1 elements, theta has 2> nnref.gradient_descent (@(t) 1, [1 2], 0.1, 'steps', 1)
%!error <gradient is not finite after 1 updates> nnref.gradient_descent (@(t) 1 ./ t, 1, 1, 'steps', 3)
%!error <theta is not finite after 2 updates> nnref.gradient_descent (@(t) 2 * t, 1, 1e200, 'steps', 5)
%!error id=nnref:badStep nnref.gradient_descent (@(t) 2 * t, 1, 0, 'steps', 1)
%!error id=nnref:notFinite nnref.gradient_descent (@(t) 2 * t, 1, Inf, 'steps', 1)
%!error id=nnref:badOption nnref.gradient_descent (@(t) 2 * t, 1, 0.1)
%!error id=nnref:badOption nnref.gradient_descent (@(t) 2 * t, 1, 0.1, 'steps', 1, 'tol', 1)
%!error id=nnref:badOption nnref.gradient_descent (@(t) 2 * t, 1, 0.1, 'steps', 2.5)
%!error <theta0 must be a vector, got size 2x2> nnref.gradient_descent (@(t) 2 * t, eye (2), 0.1, 'steps', 1)
