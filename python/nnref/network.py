"""The layered sigmoid network of any layer sizes [n0, n1, ..., nL], matrix form (SPEC Part C).

Conventions (SPEC C): W^l is n_l x n_(l-1) (row j holds the weights INTO neuron j), b^l is
n_l x 1, z^l = W^l a^(l-1) + b^l, a^l = sigma(z^l), cost of one sample C = 0.5 ||a^L - y||^2.
Samples are COLUMNS: X is n0 x N, Y is nL x N (a numpy 1-D array counts as one row, as in Octave).

Parameters travel as ONE flat vector p, the same in Python, Octave and the fixtures, packed
layer by layer: W^1 row by row, then b^1, then W^2 row by row, then b^2, ... (network_pack,
network_unpack).  len(p) = sum over l of n_l * (n_(l-1) + 1).  Results shaped like p (g, p_new)
keep the shape p came in (1-D stays 1-D; a row or a column stays so in Octave).

Backprop (SPEC C): dC/da^L = a^L - y; dC/db^l = sigma'(z^l) .* dC/da^l; dC/dW^l = dC/db^l a^(l-1)';
dC/da^(l-1) = W^l' dC/db^l, with sigma'(z^l) = a^l .* (1 - a^l).  The matrix form does this for
a whole batch at once: one matrix product per layer and direction, dC/dW^l summed over the
batch by that product (dC/db^l a^(l-1)' with N columns).  Mini-batch SGD and evaluation are in
nnref.network_sgd; the book's per-sample loop is nnref.network_persample.  Octave twins:
matlab/+nnref/network_*.m.
"""
import numpy as np

from nnref.checks import as_real_array, as_scalar, as_vector, size_text
from nnref.errors import NnrefError


# ---- door checks (twins: network_check.m, network_check_data.m) ----

def check_sizes(sizes) -> tuple:
    """Layer sizes as a tuple of ints: at least two, each a positive integer (nnref:badSizes)."""
    sizes = as_vector(sizes, "sizes")
    if sizes.size < 2:
        raise NnrefError("nnref:badSizes", "sizes must have at least 2 elements (input and "
                         f"output layer), got {sizes.size}")
    if np.any(sizes < 1) or np.any(sizes != np.round(sizes)):
        raise NnrefError("nnref:badSizes", "sizes must be positive integers")
    return tuple(int(n) for n in sizes)


def parameter_count(sizes: tuple) -> int:
    """len(p) = sum over l of n_l * (n_(l-1) + 1)."""
    return sum(n * (n_prev + 1) for n_prev, n in zip(sizes[:-1], sizes[1:]))


def check_network(sizes, p):
    """(sizes as ints, p as a flat float64 vector of the right length)."""
    sizes = check_sizes(sizes)
    return sizes, as_vector(p, "p", parameter_count(sizes))


def as_matrix(value, name: str) -> np.ndarray:
    """A finite real matrix; a scalar is 1x1 and a 1-D array a 1 x n row, as in Octave."""
    array = as_real_array(value, name, allow_inf=False)
    if array.ndim > 2:
        raise NnrefError("nnref:badShape", f"{name} must be a matrix, got size {size_text(array)}")
    return array.reshape(1, -1) if array.ndim < 2 else array


def check_data(sizes: tuple, X, Y=None):
    """X (n0 x N, N >= 1) and, unless Y is None, Y (nL x N): one column per sample."""
    X = as_matrix(X, "X")
    if X.shape[0] != sizes[0]:
        raise NnrefError("nnref:badShape",
                         f"X must have {sizes[0]} rows (one column per sample), got {X.shape[0]}")
    if X.shape[1] == 0:
        raise NnrefError("nnref:badShape", "X must have at least one column (one column per sample)")
    if Y is None:
        return X
    Y = as_matrix(Y, "Y")
    if Y.shape != (sizes[-1], X.shape[1]):
        raise NnrefError("nnref:badShape", f"Y must have size {sizes[-1]}x{X.shape[1]} (one "
                         f"column per sample), got size {size_text(Y)}")
    return X, Y


# ---- packing ----

def network_unpack(sizes, p):
    """(Ws, bs): lists of W^l (n_l x n_(l-1)) and b^l (n_l x 1), l = 1..L, from the flat p.

    p holds W^1 row by row, b^1, W^2 row by row, b^2, ...  Example: network_unpack([1, 1, 1],
    [1.58, -0.14, 2.45, -0.11]) gives Ws = [[[1.58]], [[2.45]]], bs = [[[-0.14]], [[-0.11]]].
    """
    sizes, p = check_network(sizes, p)
    Ws, bs = unpack_views(sizes, p.copy())
    return Ws, bs


def unpack_views(sizes: tuple, p: np.ndarray):
    """W^l, b^l as views into the 1-D array p (no checks): writing to them writes p."""
    Ws, bs, k = [], [], 0
    for n_prev, n in zip(sizes[:-1], sizes[1:]):
        Ws.append(p[k:k + n * n_prev].reshape(n, n_prev))
        k += n * n_prev
        bs.append(p[k:k + n].reshape(n, 1))
        k += n
    return Ws, bs


def network_pack(Ws, bs) -> np.ndarray:
    """The flat 1-D p of lists Ws (W^l, n_l x n_(l-1)) and bs (b^l, n_l elements)."""
    if len(Ws) != len(bs) or not Ws:
        raise NnrefError("nnref:badShape", f"W and b must list the same number (>= 1) of layers, "
                         f"got {len(Ws)} and {len(bs)}")
    parts = []
    for l, (W, b) in enumerate(zip(Ws, bs), 1):
        W, b = as_matrix(W, f"W{l}"), as_vector(b, f"b{l}")
        if b.size != W.shape[0] or (parts and W.shape[1] != parts[-1].size):
            raise NnrefError("nnref:badShape", f"layer {l}: W{l} is {size_text(W)}, b{l} has "
                             f"{b.size} elements; they do not chain with the layer before")
        parts += [W.reshape(-1), b]
    return np.concatenate(parts)


# ---- the computation (no checks: the public functions check at the door) ----

def sigma(z: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-z)); exp overflows to Inf for z < -709 and the result is then 0, correctly."""
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


def forward(Ws, bs, X):
    """(zs, activations): z^1..z^L and a^0 = X, a^1..a^L, one column per sample."""
    zs, activations = [], [X]
    for W, b in zip(Ws, bs):
        zs.append(W @ activations[-1] + b)
        activations.append(sigma(zs[-1]))
    return zs, activations


def gradients(Ws, bs, X, Y):
    """(dC/dW^l, dC/db^l for l = 1..L, cost), each SUMMED over the N columns: matrix-form backprop.

    One matrix product per layer forward, and per layer backward for dC/dW^l (the product of
    dC/db^l, nl x N, with a^(l-1)', N x n_(l-1), sums the N outer products) and for dC/da^(l-1).
    """
    _, activations = forward(Ws, bs, X)
    a_L = activations[-1]
    dC_da = a_L - Y
    cost = 0.5 * np.sum(dC_da * dC_da)
    dC_dWs, dC_dbs = [None] * len(Ws), [None] * len(Ws)
    for l in range(len(Ws), 0, -1):        # l = L..1; activations[l] is a^l
        a = activations[l]
        dC_dz = a * (1.0 - a) * dC_da       # dC/db^l = sigma'(z^l) .* dC/da^l, a column per sample
        dC_dbs[l - 1] = dC_dz.sum(axis=1, keepdims=True)
        dC_dWs[l - 1] = dC_dz @ activations[l - 1].T
        if l > 1:
            dC_da = Ws[l - 1].T @ dC_dz     # W^l before any update
    return dC_dWs, dC_dbs, cost


def backprop_sample(Ws, bs, x, y):
    """The book's backprop for ONE sample (x: n0 x 1, y: nL x 1), layer by layer:
    (dC/dW^l, dC/db^l for l = 1..L, C, [dC/da^l for l = 1..L-1])."""
    zs, activations = forward(Ws, bs, x)
    dC_da = activations[-1] - y
    C = 0.5 * float(np.sum(dC_da * dC_da))
    dC_dWs, dC_dbs, hidden = [None] * len(Ws), [None] * len(Ws), [None] * (len(Ws) - 1)
    for l in range(len(Ws), 0, -1):
        s = sigma(zs[l - 1])
        dC_dbs[l - 1] = s * (1.0 - s) * dC_da       # sigma'(z^l) computed from z^l, as the book
        dC_dWs[l - 1] = dC_dbs[l - 1] @ activations[l - 1].T
        if l > 1:
            dC_da = Ws[l - 1].T @ dC_dbs[l - 1]
            hidden[l - 2] = dC_da
    return dC_dWs, dC_dbs, C, hidden


def flat(dC_dWs, dC_dbs) -> np.ndarray:
    """Gradients packed like p."""
    return np.concatenate([part.reshape(-1) for pair in zip(dC_dWs, dC_dbs) for part in pair])


# ---- public functions (fixture calls; Octave twins of the same names) ----

def network_feedforward(sizes, p, X):
    """a^L for every column of X (n0 x N): nL x N.  SPEC C2: the [2, 3, 2] network gives
    [0.2767680516374988; 0.294409667503439] for x = [0.8; 0.2]."""
    sizes, p = check_network(sizes, p)
    X = check_data(sizes, X)
    return forward(*unpack_views(sizes, p), X)[1][-1]


def network_activations(sizes, p, X):
    """(z, a): z^1..z^L and a^1..a^L stacked (n1 + ... + nL rows), one column per sample.
    SPEC C1: the chain 1-1-1 at x = 0.8 gives z = [1.124; 1.739...], a = [0.7547...; 0.8505...]."""
    sizes, p = check_network(sizes, p)
    X = check_data(sizes, X)
    zs, activations = forward(*unpack_views(sizes, p), X)
    return np.vstack(zs), np.vstack(activations[1:])


def network_cost(sizes, p, X, Y):
    """C = (1/N) sum over columns of 0.5 ||a^L - y||^2, the mean quadratic cost.
    SPEC C1: 0.011164479170294499 before the step, 0.011095884100559231 after."""
    sizes, p = check_network(sizes, p)
    X, Y = check_data(sizes, X, Y)
    dC_da = forward(*unpack_views(sizes, p), X)[1][-1] - Y
    return 0.5 * np.sum(dC_da * dC_da) / X.shape[1]


def network_backprop(sizes, p, x, y):
    """(g, C, dC_da) for one sample x (n0 elements), target y (nL elements), the book's way.

    g: dC/dp packed like p (same shape as p); C = 0.5 ||a^L - y||^2; dC_da: dC/da^l of the
    hidden layers l = 1..L-1 stacked as a column ((n1 + ... + n(L-1)) x 1; 0 x 1 without a
    hidden layer).  SPEC C1: the chain gives dC/db2 = -0.018992369482903983, dC/da1 =
    -0.04653130523311476.
    """
    sizes, p_flat = check_network(sizes, p)
    x = as_vector(x, "x", sizes[0]).reshape(-1, 1)
    y = as_vector(y, "y", sizes[-1]).reshape(-1, 1)
    dC_dWs, dC_dbs, C, hidden = backprop_sample(*unpack_views(sizes, p_flat), x, y)
    dC_da = np.vstack(hidden) if hidden else np.zeros((0, 1))
    return flat(dC_dWs, dC_dbs).reshape(np.shape(p)), C, dC_da


def network_backprop_batch(sizes, p, X, Y):
    """(g, C): the MEAN gradient and the mean cost over the N columns of X, Y, in matrix form
    (no loop over samples).  g equals the mean of network_backprop's g over the columns."""
    sizes, p_flat = check_network(sizes, p)
    X, Y = check_data(sizes, X, Y)
    dC_dWs, dC_dbs, cost = gradients(*unpack_views(sizes, p_flat), X, Y)
    N = X.shape[1]
    return (flat(dC_dWs, dC_dbs) / N).reshape(np.shape(p)), cost / N
