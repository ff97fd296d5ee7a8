function [theta, updates] = gradient_descent(X, y, alpha, m)
  % GRADIENT_DESCENT  Batch gradient descent for linear regression from theta = [1; 1].
  %   [theta, updates] = gradient_descent(X, y, alpha, m) repeats
  %   theta = theta - alpha * gradient_function(theta, X, y, m) until every gradient
  %   component is within 1e-5 of zero. A correct port in function files, for
  %   nnref check-port linreg (SPEC B3, G).
  theta = [1; 1];
  updates = 0;
  gradient = gradient_function(theta, X, y, m);
  while any(abs(gradient) > 1e-5)
    theta = theta - alpha * gradient;
    updates = updates + 1;
    gradient = gradient_function(theta, X, y, m);
  end
end
