"""The neuron lab with a planted fault (import_error): a test submission for nnref grade."""
import numpy as np

raise RuntimeError("this module raises on import (a test submission)")


def sigmoid(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z):
    e = np.exp(-np.abs(np.asarray(z, dtype=float)))
    return e / (1.0 + e) ** 2


def neuron(w, b, x):
    w, x = np.ravel(w), np.ravel(x)
    total = float(b)
    for i in range(w.size):
        total += w[i] * x[i]
    return sigmoid(total)


def mse(y_true, y_pred):
    d = np.asarray(y_true, dtype=float) - np.asarray(y_pred, dtype=float)
    return np.mean(d * d)
