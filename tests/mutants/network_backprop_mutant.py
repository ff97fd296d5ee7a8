"""A deliberately broken backprop for the gradient check to catch (tests/test_gradcheck.py).

The bug, a classic one: sigma' evaluated at the activation, sigma'(a^l) = sigma(a^l)(1 -
sigma(a^l)), instead of at the weighted input, sigma'(z^l) = a^l (1 - a^l).  Everything else is
the matrix form of nnref.network.  The Octave twin is network_backprop_mutant.m beside it.
"""
import numpy as np

from nnref.network import check_data, check_network, flat, forward, sigma, unpack_views


def network_backprop_mutant(sizes, p, X, Y):
    """(g, C) like nnref.network.network_backprop_batch, but wrong."""
    sizes, p = check_network(sizes, p)
    X, Y = check_data(sizes, X, Y)
    Ws, bs = unpack_views(sizes, p)
    _, activations = forward(Ws, bs, X)
    dC_da = activations[-1] - Y
    cost = 0.5 * np.sum(dC_da * dC_da)
    dC_dWs, dC_dbs = [None] * len(Ws), [None] * len(Ws)
    for l in range(len(Ws), 0, -1):
        s = sigma(activations[l])                 # BUG: sigma'(a^l) instead of sigma'(z^l)
        dC_dz = s * (1.0 - s) * dC_da
        dC_dbs[l - 1] = dC_dz.sum(axis=1, keepdims=True)
        dC_dWs[l - 1] = dC_dz @ activations[l - 1].T
        dC_da = Ws[l - 1].T @ dC_dz
    N = X.shape[1]
    return flat(dC_dWs, dC_dbs) / N, cost / N
