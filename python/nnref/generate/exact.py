"""Exact references: mpmath at 60 significant digits, rounded once to the nearest double.

Inputs are doubles, so mpf(x) holds them exactly; the only rounding is the final one, which
makes these values correctly rounded (to far below the tolerances used).
"""
from fractions import Fraction

import mpmath
import numpy as np

mpmath.mp.dps = 60


def to_double(x) -> float:
    return float(mpmath.mpf(x))


def mpf(x):
    """A double (or numpy scalar) as an exact mpf."""
    return mpmath.mpf(float(x))


def sigma(z):
    """sigma(z) = 1 / (1 + exp(-z)) as an mpf."""
    return 1 / (1 + mpmath.exp(-(z if isinstance(z, mpmath.mpf) else mpf(z))))


def sigma_prime(z):
    """sigma'(z) = e / (1 + e)^2 with e = exp(-z): equal to s(1 - s), but without the
    cancellation of 1 - s, which even 60 digits cannot absorb at z = 700."""
    e = mpmath.exp(-mpf(z))
    return e / (1 + e) ** 2


def elementwise(function, z) -> np.ndarray:
    """function applied to every element of z, each result rounded to a double."""
    z = np.asarray(z, dtype=np.float64)
    return np.array([to_double(function(float(v))) for v in z.reshape(-1)]).reshape(z.shape)


def dot_plus(w, x, b):
    """w . x + b exactly, as an mpf (products and sums of doubles are exact in Fractions)."""
    w = np.asarray(w, dtype=np.float64).reshape(-1)
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    total = sum((Fraction(float(wi)) * Fraction(float(xi)) for wi, xi in zip(w, x)), Fraction(0))
    total += Fraction(float(b))
    return mpmath.mpf(total.numerator) / total.denominator


def mean_square_difference(a, b) -> float:
    """mean((a - b)^2) exactly in Fractions, rounded once."""
    a = np.asarray(a, dtype=np.float64).reshape(-1)
    b = np.asarray(b, dtype=np.float64).reshape(-1)
    total = sum(((Fraction(float(p)) - Fraction(float(q))) ** 2 for p, q in zip(a, b)), Fraction(0))
    mean = total / len(a)
    return float(mean)
