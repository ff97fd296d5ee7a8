"""Mini-batch SGD and evaluation for the layered network, matrix form (SPEC Part C).

A step on a mini-batch of m samples: p = p - (eta/m) * (sum of the m per-sample gradients),
the sum computed for the whole batch at once (nnref.network.gradients).  An epoch walks the
samples in the order given (1-based sample numbers, a permutation of 1..N, in Python as in
Octave, so both languages take the same batches): batches order[0:m], order[m:2m], ...; the
last one holds the N mod m samples left over, when there are any, and steps with eta/(its
size), as the book's update_mini_batch does.  Parameters: the flat p of nnref.network.
Octave twins: network_sgd_step.m, network_sgd_epoch.m, network_evaluate.m.
"""
import numpy as np

from nnref.checks import as_scalar, as_vector
from nnref.errors import NnrefError
from nnref.network import check_data, check_network, forward, gradients, unpack_views


def check_epoch(N: int, order, m, eta):
    """(order as 0-based int indices, m as int, eta as float); twin of network_check_epoch.m."""
    order = as_vector(order, "order")
    if order.size != N or not np.array_equal(np.sort(order), np.arange(1, N + 1)):
        raise NnrefError("nnref:badOrder",
                         f"order must be a permutation of 1..{N} (sample numbers, 1-based)")
    m = as_scalar(m, "m")
    if m < 1 or m != round(m):
        raise NnrefError("nnref:badBatchSize", "m must be a positive integer (the mini-batch size)")
    return order.astype(np.intp) - 1, int(m), as_scalar(eta, "eta")


def step(Ws, bs, X, Y, eta: float) -> None:
    """One SGD step on the batch X, Y (columns), in place: W^l -= (eta/m) * sum of dC/dW^l."""
    dC_dWs, dC_dbs, _ = gradients(Ws, bs, X, Y)
    scale = eta / X.shape[1]
    for W, b, dC_dW, dC_db in zip(Ws, bs, dC_dWs, dC_dbs):
        W -= scale * dC_dW
        b -= scale * dC_db


def sgd_epoch(sizes: tuple, p: np.ndarray, X, Y, order: np.ndarray, m: int, eta: float):
    """The epoch on checked arguments (order 0-based); returns a new flat p.  Works for any float
    dtype of p, X, Y (float32 included), for callers that have checked their data."""
    p = p.copy()
    Ws, bs = unpack_views(sizes, p)        # views: the in-place steps update p
    for start in range(0, order.size, m):
        batch = order[start:start + m]
        step(Ws, bs, X[:, batch], Y[:, batch], eta)
    return p


def network_sgd_step(sizes, p, X, Y, eta):
    """p_new = p - (eta/N) * sum over the N columns of X, Y of dC/dp (one mini-batch step).

    SPEC C1 (chain 1-1-1, x = 0.8, y = 1, eta = 0.1): p = [1.58 -0.14 2.45 -0.11] (w1 b1 w2 b2)
    becomes [1.5806890827214704 -0.13913864659816227 2.451433410952623 -0.1081007630517096].
    """
    sizes, p_flat = check_network(sizes, p)
    X, Y = check_data(sizes, X, Y)
    eta = as_scalar(eta, "eta")
    p_new = p_flat.copy()
    step(*unpack_views(sizes, p_new), X, Y, eta)
    return p_new.reshape(np.shape(p))


def network_sgd_epoch(sizes, p, X, Y, order, m, eta):
    """p after one epoch of mini-batch SGD: samples (columns of X, Y) taken in `order` (a
    permutation of 1..N, 1-based), batches of m (the last may be smaller), p = p - (eta/size)
    * sum of gradients per batch.  p_new has the shape of p.  Equals network_sgd_step when
    order = [1..N] and m >= N."""
    sizes, p_flat = check_network(sizes, p)
    X, Y = check_data(sizes, X, Y)
    order, m, eta = check_epoch(X.shape[1], order, m, eta)
    return sgd_epoch(sizes, p_flat, X, Y, order, m, eta).reshape(np.shape(p))


def network_evaluate(sizes, p, X, Y):
    """(correct, predicted): predicted[j] = the row (1-based) of the largest output for
    column j, the FIRST one on a tie (numpy argmax, Octave max); correct = how many predicted[j]
    equal the row of the largest Y[:, j] (first on a tie).  Y: nL x N targets, e.g. one-hot."""
    sizes, p = check_network(sizes, p)
    X, Y = check_data(sizes, X, Y)
    a_L = forward(*unpack_views(sizes, p), X)[1][-1]
    predicted = np.argmax(a_L, axis=0) + 1
    correct = int(np.count_nonzero(predicted == np.argmax(Y, axis=0) + 1))
    return correct, predicted
