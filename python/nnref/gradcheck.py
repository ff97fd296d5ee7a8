"""Gradient checking: backprop against central differences of the cost (SPEC Part C).

As the classic course's checkNNGradients: for each parameter p_i,
    g_numeric_i = (C(p + h e_i) - C(p - h e_i)) / (2h),
with C the mean cost over the columns of X, Y (nnref.network.network_cost), and
    rel_err = ||g_numeric - g|| / ||g_numeric + g||.
A correct backprop gives rel_err near 1e-11 at h = 1e-5 on small networks (truncation
error h^2/6 * C''' and rounding eps * C / h are both that small); a wrong one gives 1e-3 or
more.  Octave twin: matlab/+nnref/network_gradcheck.m.
"""
import numpy as np

from nnref.checks import as_scalar
from nnref.network import check_data, check_network, network_backprop_batch, network_cost


def network_gradcheck(sizes, p, X, Y, backprop=None, h=1e-5):
    """(rel_err, g, g_numeric) for the backprop function `backprop(sizes, p, X, Y)` whose
    first result is the gradient of the mean cost, packed like p (default: the matrix form,
    network_backprop_batch).  g and g_numeric are 1-D."""
    sizes, p = check_network(sizes, p)
    X, Y = check_data(sizes, X, Y)
    h = as_scalar(h, "h")
    backprop = backprop or network_backprop_batch
    result = backprop(sizes, p, X, Y)
    g = np.asarray(result[0] if isinstance(result, tuple) else result, dtype=float).reshape(-1)
    g_numeric = np.empty_like(p)
    for i in range(p.size):
        step = np.zeros_like(p)
        step[i] = h
        g_numeric[i] = (network_cost(sizes, p + step, X, Y) -
                        network_cost(sizes, p - step, X, Y)) / (2 * h)
    rel_err = float(np.linalg.norm(g_numeric - g) / np.linalg.norm(g_numeric + g))
    return rel_err, g, g_numeric
