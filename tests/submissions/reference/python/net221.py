"""The net221 lab, written against the lab contract (a student's reference port).

w = [w1 .. w6], b = [b1 b2 b3]; samples are the rows of X.
"""
import math

import numpy as np


def sigma(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


def values(w, b, x1, x2, y):
    """The 27 values of one backpropagation, in computation order."""
    w, b = [float(v) for v in np.ravel(w)], [float(v) for v in np.ravel(b)]
    x1, x2, y = float(x1), float(x2), float(y)
    s = lambda z: 1.0 / (1.0 + math.exp(-z))
    sum_h1 = w[0] * x1 + w[1] * x2 + b[0]
    h1 = s(sum_h1)
    sum_h2 = w[2] * x1 + w[3] * x2 + b[1]
    h2 = s(sum_h2)
    sum_o1 = w[4] * h1 + w[5] * h2 + b[2]
    o1 = s(sum_o1)
    dL_dypred = -2 * (y - o1)
    d_o1, d_h1, d_h2 = o1 * (1 - o1), h1 * (1 - h1), h2 * (1 - h2)
    dypred_dw5, dypred_dw6, dypred_db3 = h1 * d_o1, h2 * d_o1, d_o1
    dypred_dh1, dypred_dh2 = w[4] * d_o1, w[5] * d_o1
    dh1_dw1, dh1_dw2, dh1_db1 = x1 * d_h1, x2 * d_h1, d_h1
    dh2_dw3, dh2_dw4, dh2_db2 = x1 * d_h2, x2 * d_h2, d_h2
    dL_dw1 = dL_dypred * dypred_dh1 * dh1_dw1
    dL_dw2 = dL_dypred * dypred_dh1 * dh1_dw2
    dL_dw3 = dL_dypred * dypred_dh2 * dh2_dw3
    dL_dw4 = dL_dypred * dypred_dh2 * dh2_dw4
    dL_dw5 = dL_dypred * dypred_dw5
    dL_dw6 = dL_dypred * dypred_dw6
    dL_db1 = dL_dypred * dypred_dh1 * dh1_db1
    dL_db2 = dL_dypred * dypred_dh2 * dh2_db2
    dL_db3 = dL_dypred * dypred_db3
    return (sum_h1, h1, sum_h2, h2, sum_o1, o1, dL_dypred, dypred_dw5, dypred_dw6, dypred_db3,
            dypred_dh1, dypred_dh2, dh1_dw1, dh1_dw2, dh1_db1, dh2_dw3, dh2_dw4, dh2_db2,
            dL_dw1, dL_dw2, dL_dw3, dL_dw4, dL_dw5, dL_dw6, dL_db1, dL_db2, dL_db3)


def net221_feedforward(w, b, x):
    return net221_feedforward_batch(w, b, np.reshape(x, (1, 2)))[0]


def net221_feedforward_batch(w, b, X):
    w, b, X = np.ravel(w), np.ravel(b), np.asarray(X, dtype=float).reshape(-1, 2)
    h1 = sigma(w[0] * X[:, 0] + w[1] * X[:, 1] + b[0])
    h2 = sigma(w[2] * X[:, 0] + w[3] * X[:, 1] + b[1])
    return sigma(w[4] * h1 + w[5] * h2 + b[2])


def net221_predict(w, b, X):
    ypred = net221_feedforward_batch(w, b, X)
    return ypred, ypred > 0.5


def net221_backprop(w, b, x, y):
    x = np.ravel(x)
    return values(w, b, x[0], x[1], y)


def net221_partials(w, b, x, y):
    v = net221_backprop(w, b, x, y)
    return np.array(v[18:24]), np.array(v[24:27])


def net221_step(w, b, x, y, learn_rate=0.1):
    dL_dw, dL_db = net221_partials(w, b, x, y)
    return np.ravel(w) - learn_rate * dL_dw, np.ravel(b) - learn_rate * dL_db


def net221_train(w0, b0, X, y, learn_rate=0.1, epochs=1000):
    w, b = np.ravel(w0).astype(float), np.ravel(b0).astype(float)
    X, y = np.asarray(X, dtype=float).reshape(-1, 2), np.ravel(y)
    loss = []
    for epoch in range(int(epochs)):
        for i in range(X.shape[0]):
            w, b = net221_step(w, b, X[i], y[i], learn_rate)
        if epoch % 10 == 0:
            loss.append(np.mean((y - net221_feedforward_batch(w, b, X)) ** 2))
    return w, b, np.array(loss)
