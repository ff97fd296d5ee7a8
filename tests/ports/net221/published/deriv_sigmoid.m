function y = deriv_sigmoid(x)
% derivative of sigmoid: f'(x) = f(x) * (1 - f(x))
fx = sigmoid(x);
y = fx .* (1 - fx);
end
