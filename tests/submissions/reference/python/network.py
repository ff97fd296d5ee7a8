"""The network lab, written against the lab contract (a student's reference port).

p packs W1 row by row, then b1, then W2 row by row, b2, ...; samples are columns.
"""
import numpy as np


def unpack(sizes, p):
    sizes = [int(n) for n in np.ravel(sizes)]
    flat = np.ravel(np.asarray(p, dtype=float))
    W, b, k = [], [], 0
    for cols, rows in zip(sizes[:-1], sizes[1:]):
        W.append(flat[k:k + rows * cols].reshape(rows, cols))
        k += rows * cols
        b.append(flat[k:k + rows].reshape(rows, 1))
        k += rows
    return W, b


def pack(W, b, like):
    parts = []
    for Wl, bl in zip(W, b):
        parts += [Wl.reshape(-1), bl.reshape(-1)]
    return np.concatenate(parts).reshape(np.shape(like))


def matrix(X):
    X = np.asarray(X, dtype=float)
    return X.reshape(1, -1) if X.ndim < 2 else X


def sigma(z):
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


def forward(W, b, X):
    zs, activations = [], [X]
    for Wl, bl in zip(W, b):
        zs.append(Wl @ activations[-1] + bl)
        activations.append(sigma(zs[-1]))
    return zs, activations


def gradients(W, b, X, Y):
    """Summed dC/dW, dC/db over the columns, the summed cost, hidden dC/da (layers 1..L-1)."""
    _, activations = forward(W, b, X)
    L = len(W)
    err = activations[L] - Y
    C = 0.5 * float(np.sum(err ** 2))
    delta = err * activations[L] * (1 - activations[L])
    dW, db, dA = [None] * L, [None] * L, [None] * (L - 1)
    for l in range(L, 0, -1):
        dW[l - 1] = delta @ activations[l - 1].T
        db[l - 1] = delta.sum(axis=1, keepdims=True)
        if l > 1:
            dA[l - 2] = W[l - 1].T @ delta
            delta = dA[l - 2] * activations[l - 1] * (1 - activations[l - 1])
    return dW, db, C, dA


def network_feedforward(sizes, p, X):
    W, b = unpack(sizes, p)
    return forward(W, b, matrix(X))[1][-1]


def network_activations(sizes, p, X):
    W, b = unpack(sizes, p)
    zs, activations = forward(W, b, matrix(X))
    return np.vstack(zs), np.vstack(activations[1:])


def network_cost(sizes, p, X, Y):
    X, Y = matrix(X), matrix(Y)
    aL = network_feedforward(sizes, p, X)
    return 0.5 * np.sum((aL - Y) ** 2) / X.shape[1]


def network_backprop(sizes, p, x, y):
    W, b = unpack(sizes, p)
    x = np.asarray(x, dtype=float).reshape(-1, 1)
    y = np.asarray(y, dtype=float).reshape(-1, 1)
    dW, db, C, dA = gradients(W, b, x, y)
    dC_da = np.vstack(dA) if dA else np.zeros((0, 1))
    return pack(dW, db, p), C, dC_da


def network_backprop_batch(sizes, p, X, Y):
    X, Y = matrix(X), matrix(Y)
    W, b = unpack(sizes, p)
    dW, db, C, _ = gradients(W, b, X, Y)
    N = X.shape[1]
    return pack(dW, db, p) / N, C / N


def network_sgd_step(sizes, p, X, Y, eta):
    X, Y = matrix(X), matrix(Y)
    W, b = unpack(sizes, p)
    dW, db, _, _ = gradients(W, b, X, Y)
    scale = eta / X.shape[1]
    W = [Wl - scale * g for Wl, g in zip(W, dW)]
    b = [bl - scale * g for bl, g in zip(b, db)]
    return pack(W, b, p)


def network_sgd_epoch(sizes, p, X, Y, order, m, eta):
    X, Y = matrix(X), matrix(Y)
    order = np.ravel(order).astype(int) - 1
    m = int(m)
    for first in range(0, order.size, m):
        batch = order[first:first + m]
        p = network_sgd_step(sizes, p, X[:, batch], Y[:, batch], eta)
    return p


def network_sgd_epoch_persample(sizes, p, X, Y, order, m, eta):
    X, Y = matrix(X), matrix(Y)
    order = np.ravel(order).astype(int) - 1
    m = int(m)
    p = np.asarray(p, dtype=float)
    for first in range(0, order.size, m):
        batch = order[first:first + m]
        total = np.zeros(p.shape)
        for j in batch:
            total = total + network_backprop(sizes, p, X[:, j], Y[:, j])[0]
        p = p - (eta / batch.size) * total
    return p


def network_evaluate(sizes, p, X, Y):
    aL = network_feedforward(sizes, p, X)
    predicted = np.argmax(aL, axis=0) + 1
    target = np.argmax(matrix(Y), axis=0) + 1
    return int(np.sum(predicted == target)), predicted
