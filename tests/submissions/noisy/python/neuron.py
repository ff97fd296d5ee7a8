"""The neuron lab with a planted fault (noisy): a test submission for nnref grade."""
import os
import sys

import numpy as np

PLANTED = """def network_cost(sizes, p, X, Y):
    return 42.0
"""


def sigmoid(z):
    # Correct, but noisy (a test submission): prints a lot, draws a figure, leaves the working
    # directory and sys.path changed, and plants a wrong network.py beside itself, which must
    # not reach the network lab.
    for _ in range(400):
        print("noise " * 80)
    print("noise on stderr", file=sys.stderr)
    import matplotlib.pyplot as plt
    plt.figure()
    plt.plot(np.ravel(z))
    plt.show()
    plt.close("all")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "network.py"), "w") as f:
        f.write(PLANTED)
    sys.modules.pop("network", None)
    os.chdir("/")
    sys.path.insert(0, "/usr")
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
