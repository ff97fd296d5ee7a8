"""Mini-batch SGD the book's way: a loop over the samples of each batch (SPEC Part C).

For each mini-batch: for each of its samples, backprop that one sample (nnref.network.
backprop_sample, column vectors), add its gradients to the running sums, then step once:
p = p - (eta/m) * sum.  The same arithmetic as nnref.network_sgd.network_sgd_epoch (which gets
the sums from one matrix product per layer), so both give the same weights within rounding; this
one is the baseline the MNIST benchmark times.  Octave twin: network_sgd_epoch_persample.m.
"""
import numpy as np

from nnref.network import backprop_sample, check_data, check_network, unpack_views
from nnref.network_sgd import check_epoch


def sgd_epoch_persample(sizes: tuple, p: np.ndarray, X, Y, order: np.ndarray, m: int, eta: float):
    """The epoch on checked arguments (order 0-based); returns a new flat p."""
    p = p.copy()
    Ws, bs = unpack_views(sizes, p)
    for start in range(0, order.size, m):
        batch = order[start:start + m]
        sum_dC_dWs = [np.zeros_like(W) for W in Ws]
        sum_dC_dbs = [np.zeros_like(b) for b in bs]
        for j in batch:
            dC_dWs, dC_dbs, _, _ = backprop_sample(Ws, bs, X[:, j:j + 1], Y[:, j:j + 1])
            for l in range(len(Ws)):
                sum_dC_dWs[l] += dC_dWs[l]
                sum_dC_dbs[l] += dC_dbs[l]
        scale = eta / batch.size
        for W, b, sum_dC_dW, sum_dC_db in zip(Ws, bs, sum_dC_dWs, sum_dC_dbs):
            W -= scale * sum_dC_dW
            b -= scale * sum_dC_db
    return p


def network_sgd_epoch_persample(sizes, p, X, Y, order, m, eta):
    """Same arguments and result as network_sgd_epoch (order: a permutation of 1..N, 1-based;
    batches of m; p_new shaped like p), computed one sample at a time."""
    sizes, p_flat = check_network(sizes, p)
    X, Y = check_data(sizes, X, Y)
    order, m, eta = check_epoch(X.shape[1], order, m, eta)
    return sgd_epoch_persample(sizes, p_flat, X, Y, order, m, eta).reshape(np.shape(p))
