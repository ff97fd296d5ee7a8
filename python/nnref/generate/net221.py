"""shared_fixtures/net221.json: the nine-parameter 2-2-1 network (SPEC A2, A5)."""
import random

import numpy as np

from nnref.generate import exact
from nnref.generate.cases import Planned, error_case, value_case

DESCRIPTION = ("The 2-2-1 network with weights w = [w1..w6] and biases b = [b1 b2 b3] in the "
               "published interface (SPEC A2, A5).")


def exact_output(w, b, x) -> float:
    """o1 = sigma(w5*h1 + w6*h2 + b3) with h1, h2 carried at 60 digits, rounded once."""
    h1 = exact.sigma(exact.dot_plus(w[0:2], x, b[0]))
    h2 = exact.sigma(exact.dot_plus(w[2:4], x, b[1]))
    return exact.to_double(exact.sigma(exact.mpf(w[4]) * h1 + exact.mpf(w[5]) * h2 + exact.mpf(b[2])))


def _feedforward_case(id, w, b, x, note, rtol=1e-14):
    w, b, x = (np.asarray(v, dtype=float) for v in (w, b, x))
    return value_case(id, "net221_feedforward", {"w": w, "b": b, "x": x}, ["o1"],
                      {"o1": exact_output(w, b, x)}, "exact", rtol, 0.0, note)


def plan() -> list[Planned]:
    shared = ([0, 1, 0, 1, 0, 1], [0, 0, 0], [2, 3])
    rng = random.Random(221)
    start = ([rng.gauss(0, 1) for _ in range(6)], [rng.gauss(0, 1) for _ in range(3)])
    return [
        Planned("a2-published", lambda: value_case(
            "a2-published", "net221_feedforward",
            {"w": np.array(shared[0], dtype=float), "b": np.array(shared[1], dtype=float),
             "x": np.array(shared[2], dtype=float)},
            ["o1"], {"o1": 0.7216325609518421}, "published", 1e-15, 0.0,
            "SPEC A2: every neuron has w = [0, 1], b = 0; x = [2, 3]; published in full digits")),
        Planned("a2-exact", lambda: _feedforward_case(
            "a2-exact", *shared, "SPEC A2 to full precision", rtol=1e-15)),
        Planned("emily-random-start-exact", lambda: _feedforward_case(
            "emily-random-start-exact", *start, [-7, -3],
            "Emily (SPEC A4) through seeded standard-normal parameters")),
        Planned("weights-too-short", lambda: error_case(
            "weights-too-short", "net221_feedforward",
            {"w": np.zeros(5), "b": np.zeros(3), "x": np.array([2.0, 3.0])},
            ["o1"], "nnref:badShape", "w must have 6 elements, got 5", "w holds w1..w6")),
        Planned("three-inputs", lambda: error_case(
            "three-inputs", "net221_feedforward",
            {"w": np.zeros(6), "b": np.zeros(3), "x": np.array([2.0, 3.0, 4.0])},
            ["o1"], "nnref:badShape", "x must have 2 elements, got 3", "the network has 2 inputs")),
    ]
