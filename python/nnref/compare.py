"""Comparison of a port's outputs with a case's expected values, and the error figures reported.

An element passes when |got - expected| <= atol + rtol * |expected| (numpy.isclose's rule),
NaN matches only NaN and an infinity only the same infinity.  Shapes must match exactly, with
Octave's sizes read through `octave_shape` (a numpy shape (n,) is a 1 x n row in Octave).
"""
from dataclasses import dataclass

import numpy as np

from nnref.encoding import octave_shape


@dataclass
class Comparison:
    passed: bool
    max_abs_err: float
    max_rel_err: float
    max_ulp: int | None     # None for integer and logical outputs
    message: str


def ulp_distance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Number of doubles between a and b (0 for equal values; +0 and -0 are 0 apart)."""
    def ordered(x):  # doubles mapped to integers in the same order, as Python ints
        bits = np.atleast_1d(np.asarray(x, dtype=np.float64)).view(np.int64).astype(object)
        return np.array([b if b >= 0 else -(2**63) - b for b in bits.reshape(-1)],
                        dtype=object).reshape(bits.shape)
    return np.abs(ordered(a) - ordered(b))


def compare_value(name: str, got, expected: np.ndarray, rtol: float, atol: float,
                  lang: str) -> Comparison:
    """Compare one output; `lang` says whose shape convention `got` follows."""
    got = np.asarray(got)
    want_shape = octave_shape(expected.shape) if lang == "octave" else expected.shape
    if got.shape != tuple(want_shape):
        return Comparison(False, np.inf, np.inf, None,
                          f"{name}: shape {got.shape}, expected {tuple(want_shape)}")
    if got.dtype.kind not in "biuf":
        return Comparison(False, np.inf, np.inf, None, f"{name}: got dtype {got.dtype}")
    got = got.reshape(expected.shape)
    integral = expected.dtype.kind in "biu"
    g, e = got.astype(np.float64), expected.astype(np.float64)
    same_special = (np.isnan(g) & np.isnan(e)) | (np.isinf(e) & (g == e))
    finite = np.isfinite(e) & np.isfinite(g)
    diff = np.where(finite, np.abs(g - e), np.where(same_special, 0.0, np.inf))
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        rel = np.where(finite & (e != 0), diff / np.abs(e), np.where(diff == 0, 0.0, np.inf))
    ok = same_special | (finite & (diff <= atol + rtol * np.abs(e)))
    max_abs = float(diff.max()) if diff.size else 0.0
    max_rel = float(rel.max()) if rel.size else 0.0
    max_ulp = None
    if not integral and diff.size:
        max_ulp = int(np.where(same_special, 0, ulp_distance(g, e)).reshape(-1).max())
    if ok.all():
        return Comparison(True, max_abs, max_rel, max_ulp, "")
    index = np.unravel_index(int(np.argmin(ok.reshape(-1))), expected.shape) if expected.ndim else ()
    position = f"({', '.join(str(i + 1) for i in index)})" if index else ""
    return Comparison(False, max_abs, max_rel, max_ulp,
                      f"{name}{position}: got {float(g[index])!r}, expected {float(e[index])!r} "
                      f"(rtol {rtol:g}, atol {atol:g})")


def combine(comparisons: list[Comparison]) -> Comparison:
    """One row's figures from the comparisons of several outputs: the worst of each."""
    ulps = [c.max_ulp for c in comparisons if c.max_ulp is not None]
    return Comparison(passed=all(c.passed for c in comparisons),
                      max_abs_err=max((c.max_abs_err for c in comparisons), default=0.0),
                      max_rel_err=max((c.max_rel_err for c in comparisons), default=0.0),
                      max_ulp=max(ulps) if ulps else None,
                      message="; ".join(c.message for c in comparisons if c.message))
