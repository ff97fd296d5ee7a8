"""The logistic sigmoid and its derivative (SPEC notation block, Part A).

sigma(z) = 1 / (1 + exp(-z));  sigma'(z) = sigma(z) * (1 - sigma(z)).
"""
import numpy as np

from nnref.checks import as_real_array


def sigmoid(z):
    """sigma(z) = 1 / (1 + exp(-z)), element-wise, for any array shape.

    Evaluated as 1 / (1 + exp(-z)) for z >= 0 and exp(z) / (1 + exp(z)) for z < 0, the same
    value without overflow: sigma(-1000) is 0, not NaN, and no warning is raised.
    SPEC A1: sigmoid(7) = 0.9990889488055994.  NaN is refused (nnref:nanInput); +-Inf give 1, 0.
    """
    z = as_real_array(z, "z")
    negative = z < 0
    e = np.exp(np.where(negative, z, -z))  # exp(-|z|) never overflows
    return np.where(negative, e / (1.0 + e), 1.0 / (1.0 + e))


def sigmoid_prime(z):
    """sigma'(z) = sigma(z) * (1 - sigma(z)), element-wise.

    Evaluated as e / (1 + e)^2 with e = exp(-|z|): the same function (sigma' is even), but
    accurate to a few ULP for large |z|, where 1 - sigma(z) would cancel catastrophically.
    SPEC A5 uses it for every partial: sigmoid_prime(0) = 0.25.
    """
    z = as_real_array(z, "z")
    e = np.exp(-np.abs(z))
    return e / (1.0 + e) ** 2
