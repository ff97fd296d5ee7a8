"""The toolbox lab, written against the lab contract (a student's reference port):
activations, losses, torch.optim-style optimizer steps and the 2-4-1 network."""
import numpy as np


def arr(value):
    return np.asarray(value, dtype=float)


def sigma(z):
    z = arr(z)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


# ---- activations ----

def tanh_activation(z):
    return np.tanh(arr(z))


def tanh_prime(z):
    e = np.exp(-2 * np.abs(arr(z)))
    return 4 * e / (1 + e) ** 2


def relu(z):
    z = arr(z)
    return np.where(z > 0, z, 0.0)


def relu_prime(z):
    return np.where(arr(z) > 0, 1.0, 0.0)


def softmax(z):
    z = arr(z)
    rows = z.reshape(1, -1) if z.ndim < 2 else z
    e = np.exp(rows - rows.max(axis=1, keepdims=True))
    return (e / e.sum(axis=1, keepdims=True)).reshape(z.shape)


def softmax_backward(z, dA):
    z = arr(z)
    s = softmax(z).reshape(-1, z.shape[-1] if z.ndim else 1)
    g = arr(dA).reshape(s.shape)
    return (s * (g - (g * s).sum(axis=1, keepdims=True))).reshape(z.shape)


# ---- losses: (target, prediction); gradients with respect to the prediction ----

def mse_grad(y_true, y_pred):
    y_true, y_pred = arr(y_true), arr(y_pred)
    return 2 * (y_pred - y_true) / y_true.size


def bce_loss(y, yhat):
    y, yhat = arr(y), arr(yhat)
    with np.errstate(divide="ignore"):
        log_p = np.maximum(np.log(yhat), -100.0)
        log_q = np.maximum(np.log1p(-yhat), -100.0)
    return -np.mean(y * log_p + (1 - y) * log_q)


def bce_grad(y, yhat):
    y, yhat = arr(y), arr(yhat)
    return (yhat - y) / np.maximum(yhat * (1 - yhat), 1e-12) / y.size


def bce_logits_loss(y, z):
    y, z = arr(y), arr(z)
    return np.mean(np.maximum(z, 0) - y * z + np.log1p(np.exp(-np.abs(z))))


def bce_logits_grad(y, z):
    y, z = arr(y), arr(z)
    return ((1 - y) * sigma(z) - y * sigma(-z)) / y.size


def rows(a):
    return a if a.ndim == 2 else a.reshape(1, -1)


def cce_logits_loss(y, z):
    Y, Z = rows(arr(y)), rows(arr(z))
    top = Z.max(axis=1, keepdims=True)
    lse = top + np.log(np.exp(Z - top).sum(axis=1, keepdims=True))
    return np.sum(Y * (lse - Z)) / Z.shape[0]


def cce_logits_grad(y, z):
    z = arr(z)
    Y, Z = rows(arr(y)), rows(z)
    return ((softmax(Z) * Y.sum(axis=1, keepdims=True) - Y) / Z.shape[0]).reshape(z.shape)


def kl_loss(p, q):
    p, q = arr(p), arr(q)
    safe_p, safe_q = np.where(p > 0, p, 1.0), np.where(p > 0, q, 1.0)
    with np.errstate(divide="ignore"):
        terms = np.where(p > 0, p * (np.log(safe_p) - np.log(safe_q)), 0.0)
    return np.sum(terms) / rows(p).shape[0]


def kl_grad(p, q):
    p, q = arr(p), arr(q)
    with np.errstate(divide="ignore"):
        return np.where(p > 0, -p / np.where(p > 0, q, 1.0), 0.0) / rows(p).shape[0]


# ---- optimizers: one step each, state in and out ----

def sgd_step(params, grads, momentum_buffer, step, lr=1e-3, momentum=0.0, dampening=0.0,
             weight_decay=0.0, nesterov=False):
    params, g, buf = arr(params), arr(grads), arr(momentum_buffer)
    g = g + weight_decay * params
    if momentum != 0:
        buf = g.copy() if step == 0 else momentum * buf + (1 - dampening) * g
        g = g + momentum * buf if nesterov else buf
    return params - lr * g, buf, int(step) + 1


def adagrad_step(params, grads, state_sum, step, lr=1e-2, lr_decay=0.0, weight_decay=0.0,
                 eps=1e-10):
    params, g = arr(params), arr(grads)
    t = int(step) + 1
    g = g + weight_decay * params
    clr = lr / (1 + (t - 1) * lr_decay)
    state_sum = arr(state_sum) + g * g
    return params - clr * (g / (np.sqrt(state_sum) + eps)), state_sum, t


def rmsprop_step(params, grads, square_avg, momentum_buffer, grad_avg, step, lr=1e-2,
                 alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0, centered=False):
    params, g = arr(params), arr(grads)
    buf, grad_avg = arr(momentum_buffer), arr(grad_avg)
    g = g + weight_decay * params
    square_avg = alpha * arr(square_avg) + (1 - alpha) * g * g
    if centered:
        grad_avg = alpha * grad_avg + (1 - alpha) * g
        avg = np.sqrt(square_avg - grad_avg * grad_avg) + eps
    else:
        avg = np.sqrt(square_avg) + eps
    if momentum > 0:
        buf = momentum * buf + g / avg
        params = params - lr * buf
    else:
        params = params - lr * (g / avg)
    return params, square_avg, buf, grad_avg, int(step) + 1


def adam_step(params, grads, exp_avg, exp_avg_sq, max_exp_avg_sq, step, lr=1e-3, beta1=0.9,
              beta2=0.999, eps=1e-8, weight_decay=0.0, amsgrad=False):
    params, g = arr(params), arr(grads)
    t = int(step) + 1
    g = g + weight_decay * params
    m = beta1 * arr(exp_avg) + (1 - beta1) * g
    v = beta2 * arr(exp_avg_sq) + (1 - beta2) * g * g
    vmax = np.maximum(arr(max_exp_avg_sq), v) if amsgrad else arr(max_exp_avg_sq)
    denom = np.sqrt(vmax if amsgrad else v) / np.sqrt(1 - beta2 ** t) + eps
    return params - lr / (1 - beta1 ** t) * (m / denom), m, v, vmax, t


# ---- the 2-4-1 network (samples in rows) ----

def forward(X, W1, B1, W2, B2):
    A1 = np.tanh(arr(X) @ arr(W1) + arr(B1))
    Z2 = A1 @ arr(W2) + arr(B2)
    return A1, Z2, sigma(Z2)


def net241_forward(X, W1, B1, W2, B2):
    return forward(X, W1, B1, W2, B2)[2]


def net241_predict(X, W1, B1, W2, B2):
    return (net241_forward(X, W1, B1, W2, B2) >= 0.5).astype(float)


def net241_gradients(X, Y, W1, B1, W2, B2):
    X, Y, W2 = arr(X), arr(Y), arr(W2)
    m = X.shape[0]
    A1, Z2, Yhat = forward(X, W1, B1, W2, B2)
    dZ2 = Yhat - Y
    dZ1 = (dZ2 @ W2.T) * (1 - A1 ** 2)
    return (bce_logits_loss(Y, Z2), X.T @ dZ1 / m, dZ1.sum(axis=0, keepdims=True) / m,
            A1.T @ dZ2 / m, dZ2.sum(axis=0, keepdims=True) / m)


HYPER = {1: ("lr", "momentum", "dampening", "weight_decay", "nesterov"),
         2: ("lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps"),
         3: ("lr", "alpha", "eps", "weight_decay", "momentum", "centered"),
         4: ("lr", "beta1", "beta2", "eps", "weight_decay", "amsgrad")}
FLAGS = ("nesterov", "centered", "amsgrad")


def net241_train_code(X, Y, W1, B1, W2, B2, epochs, code, hyper_values):
    code = int(code)
    hyper = {k: (bool(v) if k in FLAGS else float(v))
             for k, v in zip(HYPER[code], np.ravel(hyper_values))}
    initial = hyper.pop("initial_accumulator_value", 0.0)
    shapes = [np.shape(W1), np.shape(B1), np.shape(W2), np.shape(B2)]
    theta = np.concatenate([arr(a).ravel() for a in (W1, B1, W2, B2)])
    state = [np.zeros_like(theta), np.zeros_like(theta), np.zeros_like(theta)]
    if code == 2:
        state[0] = np.full_like(theta, initial)
    step, losses = 0, []
    for _ in range(int(epochs)):
        parts = np.split(theta, np.cumsum([int(np.prod(s)) for s in shapes])[:-1])
        W1, B1, W2, B2 = (p.reshape(s) for p, s in zip(parts, shapes))
        L, dW1, dB1, dW2, dB2 = net241_gradients(X, Y, W1, B1, W2, B2)
        losses.append(L)
        grads = np.concatenate([d.ravel() for d in (dW1, dB1, dW2, dB2)])
        if code == 1:
            theta, state[0], step = sgd_step(theta, grads, state[0], step, **hyper)
        elif code == 2:
            theta, state[0], step = adagrad_step(theta, grads, state[0], step, **hyper)
        elif code == 3:
            theta, state[0], state[1], state[2], step = rmsprop_step(
                theta, grads, state[0], state[1], state[2], step, **hyper)
        else:
            theta, state[0], state[1], state[2], step = adam_step(
                theta, grads, state[0], state[1], state[2], step, **hyper)
    parts = np.split(theta, np.cumsum([int(np.prod(s)) for s in shapes])[:-1])
    return tuple(p.reshape(s) for p, s in zip(parts, shapes)) + (np.array(losses),)
