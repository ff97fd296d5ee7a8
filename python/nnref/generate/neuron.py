"""shared_fixtures/neuron.json: one sigmoid neuron (SPEC A1, A2)."""
import random

import numpy as np

from nnref.generate import exact
from nnref.generate.cases import Planned, error_case, value_case

DESCRIPTION = "One sigmoid neuron: y = sigma(w . x + b) (SPEC A1)."


def _exact_case(id, w, b, x, note, rtol=1e-14):
    y = exact.to_double(exact.sigma(exact.dot_plus(w, x, b)))
    return value_case(id, "neuron", {"w": np.asarray(w, dtype=float), "b": float(b),
                                     "x": np.asarray(x, dtype=float)},
                      ["y"], {"y": y}, "exact", rtol, 0.0, note)


def plan() -> list[Planned]:
    rng = random.Random(1)
    w5 = [rng.uniform(-2, 2) for _ in range(5)]
    x5 = [rng.uniform(-3, 3) for _ in range(5)]
    b5 = rng.uniform(-1, 1)
    return [
        Planned("a1-published", lambda: value_case(
            "a1-published", "neuron", {"w": np.array([0.0, 1.0]), "b": 4.0,
                                       "x": np.array([2.0, 3.0])},
            ["y"], {"y": 0.9990889488055994}, "published", 1e-15, 0.0,
            "SPEC A1: w = [0, 1], b = 4, x = [2, 3] gives sigma(7), published in full digits")),
        Planned("a1-exact", lambda: _exact_case(
            "a1-exact", [0, 1], 4, [2, 3], "SPEC A1 to full precision", rtol=1e-15)),
        Planned("a2-hidden-published", lambda: value_case(
            "a2-hidden-published", "neuron", {"w": np.array([0.0, 1.0]), "b": 0.0,
                                              "x": np.array([2.0, 3.0])},
            ["y"], {"y": 0.9526}, "published", 0.0, 5e-5,
            "SPEC A2: each hidden neuron (w = [0, 1], b = 0) at x = [2, 3]; published to 4 "
            "decimals, atol half a unit of the last digit")),
        Planned("random5-exact", lambda: _exact_case(
            "random5-exact", w5, b5, x5, "five inputs, seeded uniform weights and inputs")),
        Planned("column-weights-exact", lambda: _exact_case(
            "column-weights-exact", np.array([[0.5], [-1.25]]), 0.125, [1.5, 2.0],
            "a column w and a row x are both vectors")),
        Planned("length-mismatch", lambda: error_case(
            "length-mismatch", "neuron", {"w": np.array([0.0, 1.0]), "b": 4.0,
                                          "x": np.array([2.0, 3.0, 4.0])},
            ["y"], "nnref:badShape", "w has 2 elements, x has 3",
            "w and x must have the same length")),
        Planned("bias-not-scalar", lambda: error_case(
            "bias-not-scalar", "neuron", {"w": np.array([0.0, 1.0]), "b": np.array([4.0, 4.0]),
                                          "x": np.array([2.0, 3.0])},
            ["y"], "nnref:badShape", "b must be a scalar, got size 1x2", "b is one number")),
        Planned("matrix-weights", lambda: error_case(
            "matrix-weights", "neuron", {"w": np.eye(2), "b": 0.0, "x": np.array([2.0, 3.0])},
            ["y"], "nnref:badShape", "w must be a vector, got size 2x2", "w is a vector")),
        Planned("inf-input", lambda: error_case(
            "inf-input", "neuron", {"w": np.array([0.0, 1.0]), "b": 0.0,
                                    "x": np.array([np.inf, 3.0])},
            ["y"], "nnref:notFinite", "x contains Inf", "0 * Inf would give NaN: refused")),
    ]
