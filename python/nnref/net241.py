"""The 2-4-1 network of the third tutorial, corrected (SPEC D).

Row-sample convention: X is m x 2, W1 2x4, B1 1x4 (added to every row), W2 4x1, B2 1x1.
  Z1 = X W1 + B1,  A1 = tanh(Z1),  Z2 = A1 W2 + B2,  Yhat = sigma(Z2)
  L = -mean(Y log(Yhat) + (1 - Y) log(1 - Yhat))                       (binary cross-entropy)
  dZ2 = Yhat - Y;  dW2 = A1' dZ2 / m;  dB2 = sum(dZ2) / m;  dA1 = dZ2 W2';
  dZ1 = dA1 .* (1 - A1.^2);  dW1 = X' dZ1 / m;  dB1 = sum(dZ1) / m   (sums over the samples)
Full-batch training: every epoch computes L and the four gradients on all of X, then updates all
four parameter arrays with any optimizer of nnref.optimizers (packed into one vector: the
updates are element-wise, so this equals torch.optim's step per array bit for bit).  The loss is evaluated from Z2 (nnref.losses.bce_logits_loss), the same
value without log(0) once Yhat saturates.  Widths other than 2 and 4 are accepted as long as the
shapes agree (X m x n, W1 n x h, B1 1 x h, W2 h x 1).

The published code (SPEC D) does not run: its sigmoid lacks `self`, its backward pass reads
Z2, A1, W2 and m that are not in scope, its loop updates W1 only, and it calls a missing
`predict`.  Here the forward pass hands its values to the backward pass, all four arrays are
updated, and net241_predict exists.
"""
import numpy as np

from nnref.checks import as_real_array, as_scalar, size_text
from nnref.errors import NnrefError
from nnref.losses import bce_logits_loss, require_unit_interval
from nnref.optimizers import DEFAULTS, OPTIMIZERS, optimizer_init, optimizer_step
from nnref.sigmoid import sigmoid

PARAMETERS = ("W1", "B1", "W2", "B2")


def net241_forward(X, W1, B1, W2, B2):
    """Yhat = sigma(tanh(X W1 + B1) W2 + B2), m x 1 (SPEC D forward pass)."""
    X, W1, B1, W2, B2 = net241_check(X, W1, B1, W2, B2)
    return _forward(X, W1, B1, W2, B2)[2]


def net241_predict(X, W1, B1, W2, B2):
    """Class labels, m x 1: 1 where Yhat >= 0.5, else 0 (the `predict` the published code
    calls but never defines)."""
    return (net241_forward(X, W1, B1, W2, B2) >= 0.5).astype(np.float64)


def net241_gradients(X, Y, W1, B1, W2, B2):
    """(L, dW1, dB1, dW2, dB2): the loss and its gradients by SPEC D's backward pass."""
    X, W1, B1, W2, B2, Y = net241_check(X, W1, B1, W2, B2, Y)
    return _gradients(X, Y, W1, B1, W2, B2)


def net241_train(X, Y, W1, B1, W2, B2, epochs, optimizer="sgd", hyper=None):
    """Full-batch training for `epochs` epochs with the optimizer called `optimizer` and the
    hyper-parameters `hyper` (a dict by torch name; torch's defaults for those left out).
    Returns (W1, B1, W2, B2, losses): the trained parameters and, per epoch, the loss
    before that epoch's update."""
    X, W1, B1, W2, B2, Y = net241_check(X, W1, B1, W2, B2, Y)
    epochs = _epochs(epochs)
    # The optimizers update element by element, so one step on the four arrays packed into
    # one vector equals a step per array (as torch.optim takes) bit for bit, in one call.
    shapes = [W1.shape, B1.shape, W2.shape, B2.shape]
    theta = np.concatenate([W1.ravel(), B1.ravel(), W2.ravel(), B2.ravel()])
    state = optimizer_init(optimizer, theta, hyper)
    losses = np.zeros(epochs)
    for epoch in range(epochs):
        losses[epoch], dW1, dB1, dW2, dB2 = _gradients(X, Y, W1, B1, W2, B2)
        grads = np.concatenate([dW1.ravel(), dB1.ravel(), dW2.ravel(), dB2.ravel()])
        theta, state = optimizer_step(optimizer, theta, grads, state, hyper)
        W1, B1, W2, B2 = _unpack(theta, shapes)
    return W1, B1, W2, B2, losses


def net241_train_code(X, Y, W1, B1, W2, B2, epochs, code, hyper_values):
    """net241_train with the optimizer given by number, for callers that can pass only numbers
    (fixtures): code 1 sgd, 2 adagrad, 3 rmsprop, 4 adam; hyper_values the first values of
    nnref.optimizer_defaults(name) in its order (the rest keep torch's defaults), a flag
    (nesterov, centered, amsgrad) written 0 or 1."""
    code = as_scalar(code, "code")
    if code not in (1, 2, 3, 4):
        raise NnrefError("nnref:unknownOptimizer",
                         "code must be 1 (sgd), 2 (adagrad), 3 (rmsprop) or 4 (adam)")
    name = OPTIMIZERS[int(code) - 1]
    values = as_real_array(hyper_values, "hyper_values", allow_inf=False).reshape(-1)
    keys = list(DEFAULTS[name])
    if values.size > len(keys):
        raise NnrefError("nnref:badShape",
                         f"{name} takes at most {len(keys)} hyper-parameter values, got {values.size}")
    hyper = {}
    for key, value in zip(keys, values):
        if isinstance(DEFAULTS[name][key], bool):
            if value not in (0, 1):
                raise NnrefError("nnref:badHyperparameter", f"{key} must be 0 or 1 here")
            value = bool(value)
        hyper[key] = value
    return net241_train(X, Y, W1, B1, W2, B2, epochs, name, hyper)


def _unpack(theta, shapes):
    arrays, first = [], 0
    for shape in shapes:
        count = int(np.prod(shape))
        arrays.append(theta[first:first + count].reshape(shape))
        first += count
    return arrays


def _forward(X, W1, B1, W2, B2):
    Z1 = X @ W1 + B1
    A1 = np.tanh(Z1)
    Z2 = A1 @ W2 + B2
    return A1, Z2, sigmoid(Z2)


def _gradients(X, Y, W1, B1, W2, B2):
    m = X.shape[0]
    A1, Z2, Yhat = _forward(X, W1, B1, W2, B2)
    L = bce_logits_loss(Y, Z2)
    dZ2 = Yhat - Y
    dW2 = A1.T @ dZ2 / m
    dB2 = dZ2.sum(axis=0, keepdims=True) / m
    dA1 = dZ2 @ W2.T
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = X.T @ dZ1 / m
    dB1 = dZ1.sum(axis=0, keepdims=True) / m
    return L, dW1, dB1, dW2, dB2


def _matrix(value, name: str) -> np.ndarray:
    """A finite real matrix; a 1-D array is a row (as in Octave), a scalar 1 x 1."""
    array = as_real_array(value, name, allow_inf=False)
    if array.ndim > 2:
        raise NnrefError("nnref:badShape", f"{name} must be a matrix, got size {size_text(array)}")
    return array.reshape(1, -1) if array.ndim < 2 else array


def net241_check(X, W1, B1, W2, B2, Y=None):
    """The door check: finite real matrices whose shapes agree (nnref:badShape), and targets Y
    (m x 1, in [0, 1]) when given.  Returns them as float64 matrices (a 1-D array is a row, as
    in Octave), with Y last when given.  Octave twin: nnref.net241_check."""
    X, W1, B1, W2, B2 = (_matrix(v, n) for v, n in zip((X, W1, B1, W2, B2), ("X",) + PARAMETERS))
    if X.size == 0:
        raise NnrefError("nnref:badShape", "X is empty")
    n, h = X.shape[1], W1.shape[1]
    for array, name, shape in [(W1, "W1", (n, h)), (B1, "B1", (1, h)), (W2, "W2", (h, 1)),
                               (B2, "B2", (1, 1))]:
        if array.shape != shape or h == 0:
            raise NnrefError("nnref:badShape", f"{name} must be {shape[0]}x{shape[1]} for X "
                             f"{size_text(X)} and W1 with {h} columns, got {size_text(array)}")
    if Y is None:
        return X, W1, B1, W2, B2
    Y = _matrix(Y, "Y")
    if Y.shape != (X.shape[0], 1):
        raise NnrefError("nnref:badShape", f"Y must be {X.shape[0]}x1, got {size_text(Y)}")
    require_unit_interval(Y, "Y")
    return X, W1, B1, W2, B2, Y


def _epochs(epochs) -> int:
    epochs = as_scalar(epochs, "epochs")
    if epochs < 0 or epochs != np.floor(epochs):
        raise NnrefError("nnref:badHyperparameter", "epochs must be a non-negative integer")
    return int(epochs)
