function [theta, updates, path, J_history] = linreg_gd(X, y, theta0, alpha, tol, max_iter)
  % LINREG_GD  Linear regression by batch gradient descent (SPEC B3).
  %   [theta, updates, path, J_history] = nnref.linreg_gd(X, y, theta0, alpha, tol, max_iter)
  %   repeats theta = theta - alpha * X' * (X*theta - y) / m from theta0 until every
  %   |gradient component| <= tol, with nnref.gradient_descent; more than max_iter updates
  %   is nnref:noConvergence, a gradient that overflows is nnref:diverged. theta is n x 1,
  %   path (updates + 1) x n (one iterate per row), J_history 1 x (updates + 1), the cost
  %   at each iterate. Python twin: nnref.linreg.linreg_gd.
  %   Example: [X, y] = nnref.linreg_data();
  %            [theta, updates] = nnref.linreg_gd(X, y, [1; 1], 0.01, 1e-5, 100000)  % 4344
  [X, y] = nnref.linreg_check_data(X, y);
  theta0 = nnref.check_vector(theta0, 'theta0', size(X, 2));
  m = size(X, 1);
  [path, updates] = nnref.gradient_descent(@(theta) X' * (X * theta - y) / m, theta0, alpha, ...
                                           'tol', tol, 'max_iter', max_iter);
  theta = path(end, :)';
  J_history = sum((X * path' - y) .^ 2, 1) / (2 * m);
end

%!test
%! [X, y] = nnref.linreg_data ();
%! [theta, updates, path, J_history] = nnref.linreg_gd (X, y, [1; 1], 0.01, 1e-5, 100000);
%! assert (updates, 4344);
%! assert (theta, [0.13729870606071579; 1.4767766271429859], 1e-12);
%! assert (size (path), [4345 2]);
%! assert (J_history(end), 0.4406604749366078, 1e-14);
%! assert (all (diff (J_history) < 0));
%!error <no convergence within 100 updates \(tol 1e-05\)> [X, y] = nnref.linreg_data (); nnref.linreg_gd (X, y, [1; 1], 0.01, 1e-5, 100)
%!error <gradient is not finite after 148 updates> [X, y] = nnref.linreg_data (); nnref.linreg_gd (X, y, [1; 1], 1, 1e-5, 100000)
%!error <theta0 must have 2 elements, got 3> [X, y] = nnref.linreg_data (); nnref.linreg_gd (X, y, [1; 1; 1], 0.01, 1e-5, 100)
