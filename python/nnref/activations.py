"""Activation functions and their derivatives: the toolbox of SPEC D (sigmoid, tanh, ReLU) and
softmax, element-wise or row-wise, numerically stable for any finite input.

tanh(z) = (e^z - e^-z) / (e^z + e^-z);  tanh'(z) = 1 - tanh(z)^2
relu(z) = max(z, 0);                     relu'(z) = 1 if z > 0 else 0 (0 at z = 0, as torch)
softmax(z)_j = exp(z_j) / sum_k exp(z_k)  over each row (the row-sample convention of SPEC D)
The sigmoid is nnref.sigmoid (SPEC A1), reused here, not duplicated.

The tanh is named tanh_activation in both languages: a package function nnref.tanh would shadow
Octave's built-in tanh, which Octave reports with a warning on every path change.
"""
import numpy as np

from nnref.checks import as_name, as_real_array, size_text
from nnref.errors import NnrefError
from nnref.sigmoid import sigmoid, sigmoid_prime

ACTIVATIONS = ("sigmoid", "tanh", "relu", "softmax")


def tanh_activation(z):
    """tanh(z), element-wise, for any array shape; tanh(+-Inf) = +-1, NaN is refused."""
    z = as_real_array(z, "z")
    return np.tanh(z)


def tanh_prime(z):
    """tanh'(z) = 1 - tanh(z)^2, evaluated as 4e / (1 + e)^2 with e = exp(-2|z|).

    The same function (tanh' is even), but accurate to a few ULP for large |z|, where
    1 - tanh(z)^2 cancels to 0 long before the true value underflows.  tanh_prime(0) = 1.
    """
    z = as_real_array(z, "z")
    e = np.exp(-2.0 * np.abs(z))
    return 4.0 * e / (1.0 + e) ** 2


def relu(z):
    """relu(z) = max(z, 0), element-wise."""
    z = as_real_array(z, "z")
    return np.where(z > 0, z, 0.0)


def relu_prime(z):
    """relu'(z) = 1 for z > 0, else 0; at z = 0 the derivative is taken as 0, as torch does."""
    z = as_real_array(z, "z")
    return np.where(z > 0, 1.0, 0.0)


def softmax(z):
    """softmax over each row: s_ij = exp(z_ij - max_i) / sum_k exp(z_ik - max_i).

    z: a finite vector (one sample) or an m x k matrix (m samples, k classes); a column k x 1
    is k samples of one class each (all ones).  Subtracting the row maximum first keeps every
    exponent <= 0: no overflow for any finite z, and the result is the same function.
    """
    z = _as_rows(z, "z")
    rows = z.reshape(1, -1) if z.ndim < 2 else z
    e = np.exp(rows - rows.max(axis=1, keepdims=True))
    return (e / e.sum(axis=1, keepdims=True)).reshape(z.shape)


def softmax_backward(z, dA):
    """The gradient with respect to z of a loss whose gradient with respect to s = softmax(z)
    is dA: dZ = s .* (dA - sum(dA .* s, row)) (the Jacobian diag(s) - s s' of each row,
    applied to the row of dA).  z and dA have the same size."""
    z = _as_rows(z, "z")
    dA = as_real_array(dA, "dA", allow_inf=False)
    if size_text(z) != size_text(dA):
        raise NnrefError("nnref:badShape", f"z is {size_text(z)}, dA is {size_text(dA)}")
    s = softmax(z).reshape(-1, z.shape[-1] if z.ndim else 1)
    rows = dA.reshape(s.shape)
    return (s * (rows - (rows * s).sum(axis=1, keepdims=True))).reshape(z.shape)


def activation(name, z):
    """The activation called `name` ('sigmoid', 'tanh', 'relu', 'softmax') applied to z."""
    functions = {"sigmoid": sigmoid, "tanh": tanh_activation, "relu": relu, "softmax": softmax}
    return functions[activation_name(name)](z)


def activation_prime(name, z):
    """The element-wise derivative of the activation called `name` at z.  softmax has none
    (its Jacobian couples a row): nnref:notElementwise, use softmax_backward."""
    name = activation_name(name)
    if name == "softmax":
        raise NnrefError("nnref:notElementwise",
                         "softmax has no element-wise derivative; use softmax_backward")
    return {"sigmoid": sigmoid_prime, "tanh": tanh_prime, "relu": relu_prime}[name](z)


def activation_name(name) -> str:
    """`name` checked against ACTIVATIONS (nnref:badType, nnref:unknownActivation)."""
    return as_name(name, ACTIVATIONS, "activation")


def _as_rows(z, name):
    """A finite, non-empty array of at most two dimensions (softmax runs over its rows)."""
    z = as_real_array(z, name, allow_inf=False)
    if z.ndim > 2 or z.size == 0:
        raise NnrefError("nnref:badShape",
                         f"{name} must be a non-empty vector or matrix, got size {size_text(z)}")
    return z
