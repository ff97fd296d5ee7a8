% MUTANT (sign error in the gradient). Linear regression by batch gradient descent, laid out like the published MATLAB script:
% the code comes first and the functions it calls are defined at the end of the file.
% MATLAB (R2016b and later) accepts this; Octave 7 stops at the first call with
% "'gradient_descent' undefined". Test input for: nnref check-port linreg (SPEC B3, G).

m = 18;
X0 = ones(m, 1);
X1 = (1:m)';
X = [X0, X1];
y = [2, 3, 3, 5, 8, 10, 10, 13, 15, 15, 16, 19, 19, 20, 22, 22, 25, 28]';
alpha = 0.01;

optimal = gradient_descent(X, y, alpha, m);
disp('optimal:');
disp(optimal);
disp('error function:');
disp(error_function(optimal, X, y, m));

figure;
plot(X1, y, 'o');
hold on;
plot(X1, X * optimal, '-');
xlabel('x');
ylabel('y');
title('linear regression by gradient descent');

function j = error_function(theta, X, y, m)
  diff = X * theta - y;
  j = (1 / (2 * m)) * (diff' * diff);
end

function gradient = gradient_function(theta, X, y, m)
  diff = X * theta - y;
  gradient = (1 / m) * (X' * (y - X * theta));
end

function theta = gradient_descent(X, y, alpha, m)
  theta = [1; 1];
  gradient = gradient_function(theta, X, y, m);
  while ~all(abs(gradient) <= 1e-5)
    theta = theta - alpha * gradient;
    gradient = gradient_function(theta, X, y, m);
  end
end
