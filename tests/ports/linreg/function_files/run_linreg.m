% RUN_LINREG  Runs the port on the data of SPEC B3 and prints theta and the update count.
m = 18;
X = [ones(m, 1), (1:m)'];
y = [2 3 3 5 8 10 10 13 15 15 16 19 19 20 22 22 25 28]';
[theta, updates] = gradient_descent(X, y, 0.01, m);
disp(theta');
disp(updates);
