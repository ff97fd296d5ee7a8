"""Step traces and the first place where two of them disagree.

A trace is a list of steps; each step is a dict from variable name to value (a number or an
array), in computation order.  Both languages produce traces with the same names, so a port's
trace can be diffed against the reference's: `first_divergence` walks the steps in order and,
within a step, the variables in the reference's order, and reports the first value that is off
by more than atol + rtol * |expected|.
"""
import numpy as np


def first_divergence(reference: list, other: list, rtol: float, atol: float) -> dict | None:
    """{"step": 1-based step, "variable": name, "expected": x, "got": x} or None if they agree.

    For an array the variable is named with the 1-based index of its first differing element,
    e.g. "W2(1,3)".  A step or variable missing from `other` is a divergence with got None.
    """
    for step, expected_step in enumerate(reference, 1):
        if step > len(other):
            return {"step": step, "variable": next(iter(expected_step), ""), "expected": None,
                    "got": None}
        got_step = other[step - 1]
        for name, expected in expected_step.items():
            if name not in got_step:
                return {"step": step, "variable": name, "expected": _number(expected), "got": None}
            where = first_difference(np.asarray(expected, dtype=float),
                                     np.asarray(got_step[name], dtype=float), rtol, atol)
            if where is not None:
                index, want, got = where
                return {"step": step, "variable": name + index, "expected": want, "got": got}
    return None


def first_difference(expected: np.ndarray, got: np.ndarray, rtol: float, atol: float):
    """(index text, expected, got) of the first element out of tolerance, in row-major order."""
    if expected.size != got.size:
        return (f"[size {got.size}, expected {expected.size}]", None, None)
    e, g = expected.reshape(-1), got.reshape(-1)
    close = (np.abs(g - e) <= atol + rtol * np.abs(e)) | (np.isnan(e) & np.isnan(g)) | (e == g)
    if close.all():
        return None
    flat = int(np.argmin(close))
    if expected.size == 1:
        return ("", float(e[flat]), float(g[flat]))
    index = np.unravel_index(flat, expected.shape)
    return ("(" + ",".join(str(i + 1) for i in index) + ")", float(e[flat]), float(g[flat]))


def _number(value):
    array = np.asarray(value, dtype=float)
    return float(array.reshape(-1)[0]) if array.size == 1 else array.tolist()
