"""The neuron lab, written against the lab contract (a student's reference port)."""
import numpy as np


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
