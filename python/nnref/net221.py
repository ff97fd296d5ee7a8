"""The 2-2-1 network with nine parameters (SPEC A2, A5), in the published interface.

Parameters: w = [w1 .. w6] (1x6), b = [b1 b2 b3] (1x3).
h1 = sigma(w1*x1 + w2*x2 + b1);  h2 = sigma(w3*x1 + w4*x2 + b2);  o1 = sigma(w5*h1 + w6*h2 + b3).
SPEC A2 is the case w = [0 1 0 1 0 1], b = [0 0 0]: every neuron has weights [0, 1], bias 0.
"""
from nnref.checks import as_vector
from nnref.sigmoid import sigmoid


def net221_feedforward(w, b, x):
    """o1 for one sample x = [x1, x2] (SPEC A5 forward pass).

    SPEC A2: net221_feedforward([0, 1, 0, 1, 0, 1], [0, 0, 0], [2, 3]) = 0.7216325609518421.
    """
    w = as_vector(w, "w", 6)
    b = as_vector(b, "b", 3)
    x = as_vector(x, "x", 2)
    h1 = sigmoid(w[0] * x[0] + w[1] * x[1] + b[0])
    h2 = sigmoid(w[2] * x[0] + w[3] * x[1] + b[1])
    return sigmoid(w[4] * h1 + w[5] * h2 + b[2])
