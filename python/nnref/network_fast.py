"""The matrix-form mini-batch epoch tuned for small batches (the `numpy` entries of the MNIST
benchmark).  Same arithmetic as nnref.network_sgd.sgd_epoch (SPEC C, mini-batch SGD), but at
mini-batch 10 the cost is per-call overhead, not arithmetic, so this version:
  - keeps samples as ROWS (N x n0), so a batch is a gather of contiguous rows (np.take), and the
    products use the transposed views BLAS takes natively: A^l = sigma(A^(l-1) W^l' + b^l');
  - preallocates every buffer once per epoch and works in place (out=, in-place ufuncs).
Row form of the backward pass: D^L = (A^L - Y) .* A^L .* (1 - A^L);  dC/dW^l = D^l' A^(l-1);
dC/db^l = column sums of D^l;  D^(l-1) = (D^l W^l) .* A^(l-1) .* (1 - A^(l-1)), W^l before its
update.  tests/test_mnist_train.py checks it against sgd_epoch.
"""
import numpy as np

from nnref.network import unpack_views


def _sigma_inplace(Z: np.ndarray) -> np.ndarray:
    """Z <- 1 / (1 + exp(-Z)), without temporaries (exp overflow gives Inf, then exactly 0)."""
    np.negative(Z, out=Z)
    np.exp(Z, out=Z)
    Z += 1.0
    return np.reciprocal(Z, out=Z)


def sgd_epoch_rows(sizes, p: np.ndarray, images: np.ndarray, targets: np.ndarray,
                   order: np.ndarray, m: int, eta) -> np.ndarray:
    """A new flat p after one epoch; images N x n0 and targets N x nL (rows = samples), order
    0-based, batches of m (the last may be smaller).  Any float dtype (all arguments alike)."""
    p = p.copy()
    Ws, bs = unpack_views(tuple(sizes), p)
    dtype = p.dtype
    L = len(Ws)
    A = [np.empty((m, n), dtype) for n in sizes]          # A[0] is the batch of inputs
    D = [np.empty((m, n), dtype) for n in sizes[1:]]
    dW = [np.empty_like(W) for W in Ws]
    db = [np.empty(b.shape[0], dtype) for b in bs]
    G = [np.empty((m, n), dtype) for n in sizes[1:]]      # scratch for 1 - a
    T = np.empty((m, sizes[-1]), dtype)
    with np.errstate(over="ignore"):
        for start in range(0, order.size, m):
            batch = order[start:start + m]
            k = batch.size
            if k != m:   # the short last batch: buffers of its own size
                A = [a[:k] for a in A]
                D = [d[:k] for d in D]
                T = T[:k]
            np.take(images, batch, axis=0, out=A[0])
            np.take(targets, batch, axis=0, out=T)
            for l in range(L):
                np.matmul(A[l], Ws[l].T, out=A[l + 1])
                A[l + 1] += bs[l][:, 0]
                _sigma_inplace(A[l + 1])
            d = D[L - 1]
            np.subtract(A[L], T, out=d)
            for l in range(L - 1, -1, -1):              # layer l + 1 in SPEC's numbering
                a = A[l + 1]
                d *= a
                d *= np.subtract(1.0, a, out=G[l][:a.shape[0]])   # sigma'(z) = a (1 - a)
                np.matmul(d.T, A[l], out=dW[l])
                np.sum(d, axis=0, out=db[l])
                if l > 0:
                    np.matmul(d, Ws[l], out=D[l - 1])
                    d = D[l - 1]
            scale = dtype.type(eta / k)
            for l in range(L):
                dW[l] *= scale
                Ws[l] -= dW[l]
                db[l] *= scale
                bs[l][:, 0] -= db[l]
    return p
