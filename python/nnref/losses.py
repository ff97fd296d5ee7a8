"""Losses and their gradients: the toolbox of SPEC D (MSE, cross-entropy) plus KL divergence.

Argument order is (target, prediction), as in nnref.mse (SPEC A3); every gradient is with
respect to the prediction.  Reductions follow torch's defaults ("mean"): over every element for
MSE and binary cross-entropy, over the rows (samples) for categorical cross-entropy and KL
("batchmean"); a 1-D array is one sample.

Stability, by function:
- bce_loss / bce_grad take probabilities and clip like torch.nn.BCELoss: each log term is
  clamped at LOG_FLOOR = -100, so yhat = 0 or 1 gives a finite loss, and the gradient's
  denominator yhat (1 - yhat) is clamped at GRAD_FLOOR = 1e-12 (torch uses the float32 1e-12).
- bce_logits_* and cce_logits_* take logits and never form log(sigmoid) or log(softmax):
  log-sum-exp, i.e. softplus(z) = max(z, 0) + log1p(exp(-|z|)) and
  logsumexp(z) = max + log(sum(exp(z - max))), finite for every finite z.
- kl_* use 0 log 0 = 0; a q = 0 where p > 0 gives the true value, +Inf (and a -Inf gradient).
"""
import numpy as np

from nnref.activations import softmax
from nnref.checks import as_name, as_real_array, size_text
from nnref.errors import NnrefError
from nnref.mse import mse
from nnref.sigmoid import sigmoid

LOSSES = ("mse", "bce", "bce_logits", "cce_logits", "kl")
LOG_FLOOR = -100.0
GRAD_FLOOR = 1e-12


def mse_grad(y_true, y_pred):
    """d MSE / d y_pred = 2 (y_pred - y_true) / N, N = number of elements (SPEC A3)."""
    y_true, y_pred = require_same_size(y_true, y_pred, "y_true", "y_pred")
    return 2.0 * (y_pred - y_true) / y_true.size


def bce_loss(y, yhat):
    """L = -mean(y log(yhat) + (1 - y) log(1 - yhat)), each log clamped at -100 (SPEC D).

    y, yhat: probabilities in [0, 1] of the same size.  log(1 - yhat) is log1p(-yhat).
    """
    y, yhat = _bce_inputs(y, yhat)
    with np.errstate(divide="ignore"):  # log(0) = -Inf, then clamped
        log_p = np.maximum(np.log(yhat), LOG_FLOOR)
        log_q = np.maximum(np.log1p(-yhat), LOG_FLOOR)
    return -np.mean(y * log_p + (1.0 - y) * log_q)


def bce_grad(y, yhat):
    """dL/dyhat = (yhat - y) / max(yhat (1 - yhat), 1e-12) / N (torch.nn.BCELoss's backward)."""
    y, yhat = _bce_inputs(y, yhat)
    return (yhat - y) / np.maximum(yhat * (1.0 - yhat), GRAD_FLOOR) / y.size


def bce_logits_loss(y, z):
    """L = mean(y softplus(-z) + (1 - y) softplus(z)) = mean(max(z, 0) - y z + log1p(exp(-|z|))):
    binary cross-entropy of yhat = sigma(z), from the logits z (torch BCEWithLogitsLoss)."""
    y, z = _target_and_logits(y, z)
    return np.mean(np.maximum(z, 0.0) - y * z + np.log1p(np.exp(-np.abs(z))))


def bce_logits_grad(y, z):
    """dL/dz = (sigma(z) - y) / N, evaluated as ((1 - y) sigma(z) - y sigma(-z)) / N: the same
    value, without the cancellation of sigma(z) - 1 when y = 1 and z is large."""
    y, z = _target_and_logits(y, z)
    return ((1.0 - y) * sigmoid(z) - y * sigmoid(-z)) / y.size


def cce_logits_loss(y, z):
    """L = -(1/m) sum_ij y_ij log softmax(z)_ij, with log softmax(z)_ij = z_ij - logsumexp(z_i):
    categorical cross-entropy from the logits z (m x k, samples in rows; a 1-D array is one
    sample), targets y of the same size in [0, 1] (torch CrossEntropyLoss, probability targets)."""
    y, z = _target_and_logits(y, z, rows=True)
    rows_y, rows_z = _as_rows(y), _as_rows(z)
    top = rows_z.max(axis=1, keepdims=True)
    logsumexp = top + np.log(np.exp(rows_z - top).sum(axis=1, keepdims=True))
    return np.sum(rows_y * (logsumexp - rows_z)) / rows_z.shape[0]


def cce_logits_grad(y, z):
    """dL/dz = (softmax(z) .* sum(y, row) - y) / m  (softmax(z) - y when each row of y sums to 1)."""
    y, z = _target_and_logits(y, z, rows=True)
    rows_y, rows_z = _as_rows(y), _as_rows(z)
    grad = (softmax(rows_z) * rows_y.sum(axis=1, keepdims=True) - rows_y) / rows_z.shape[0]
    return grad.reshape(z.shape)


def kl_loss(p, q):
    """KL(p || q) = (1/m) sum_ij p_ij log(p_ij / q_ij), terms with p_ij = 0 counted as 0;
    rows are distributions (torch kl_div(log q, p, reduction='batchmean'))."""
    p, q = _distributions(p, q)
    with np.errstate(divide="ignore"):  # log(0): the term is masked, or the true +Inf
        terms = np.where(p > 0, p * (np.log(np.where(p > 0, p, 1.0))
                                     - np.log(np.where(p > 0, q, 1.0))), 0.0)
    return np.sum(terms) / _rows(p)


def kl_grad(p, q):
    """dKL/dq = -p / q / m (0 where p = 0; -Inf where q = 0 < p)."""
    p, q = _distributions(p, q)
    with np.errstate(divide="ignore"):
        return np.where(p > 0, -p / np.where(p > 0, q, 1.0), 0.0) / _rows(p)


def loss(name, y, yhat):
    """The loss called `name` (one of LOSSES) of prediction yhat against target y."""
    functions = {"mse": mse, "bce": bce_loss, "bce_logits": bce_logits_loss,
                 "cce_logits": cce_logits_loss, "kl": kl_loss}
    return functions[loss_name(name)](y, yhat)


def loss_grad(name, y, yhat):
    """The gradient, with respect to yhat, of the loss called `name`."""
    functions = {"mse": mse_grad, "bce": bce_grad, "bce_logits": bce_logits_grad,
                 "cce_logits": cce_logits_grad, "kl": kl_grad}
    return functions[loss_name(name)](y, yhat)


def loss_name(name) -> str:
    return as_name(name, LOSSES, "loss")


def require_same_size(a, b, a_name: str, b_name: str):
    """Two finite real arrays of the same, non-empty size (a row and a column of equal length
    are refused: broadcasting would silently build an outer difference).  Octave twin:
    nnref.check_same_size."""
    a = as_real_array(a, a_name, allow_inf=False)
    b = as_real_array(b, b_name, allow_inf=False)
    if size_text(a) != size_text(b):
        raise NnrefError("nnref:badShape", f"{a_name} is {size_text(a)}, {b_name} is {size_text(b)}")
    if a.size == 0:
        raise NnrefError("nnref:badShape", f"{a_name} and {b_name} are empty")
    return a, b.reshape(a.shape)


def require_unit_interval(value: np.ndarray, name: str) -> None:
    """Every element in [0, 1] (nnref:outOfRange).  Octave twin: nnref.check_unit_interval."""
    if ((value < 0) | (value > 1)).any():
        raise NnrefError("nnref:outOfRange", f"{name} must lie in [0, 1]")


def _bce_inputs(y, yhat):
    y, yhat = require_same_size(y, yhat, "y", "yhat")
    require_unit_interval(y, "y")
    require_unit_interval(yhat, "yhat")
    return y, yhat


def _target_and_logits(y, z, rows=False):
    y, z = require_same_size(y, z, "y", "z")
    if rows and z.ndim > 2:
        raise NnrefError("nnref:badShape", f"z must be a vector or matrix, got size {size_text(z)}")
    require_unit_interval(y, "y")
    return y, z


def _distributions(p, q):
    p, q = require_same_size(p, q, "p", "q")
    if p.ndim > 2:
        raise NnrefError("nnref:badShape", f"p must be a vector or matrix, got size {size_text(p)}")
    require_unit_interval(p, "p")
    require_unit_interval(q, "q")
    return p, q


def _as_rows(a: np.ndarray) -> np.ndarray:
    """A matrix as it is; a vector or scalar as one row (one sample)."""
    return a if a.ndim == 2 else a.reshape(1, -1)


def _rows(p: np.ndarray) -> int:
    """Number of samples: the rows of a matrix; a vector or scalar is one sample."""
    return p.shape[0] if p.ndim == 2 else 1
