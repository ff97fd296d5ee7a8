"""shared_fixtures/gd.json: fixed-step gradient descent on J = sum(theta.^2) (SPEC B1, B2).

Expected values: the published points, and the same iteration in exact rational arithmetic
(fractions of the double inputs, each iterate rounded once to the nearest double).
"""
from fractions import Fraction

import numpy as np

from nnref.generate.cases import Planned, error_case, value_case

DESCRIPTION = ("Fixed-step gradient descent theta <- theta - alpha * 2*theta on J(theta) = "
               "sum(theta.^2): the one-variable demo (SPEC B1) and the two-variable demo (SPEC B2).")
OUTPUTS = ["theta", "updates", "path"]


def exact_path(theta0, alpha: float, steps: int) -> np.ndarray:
    """Rows theta_0 .. theta_steps of theta <- theta - alpha * 2*theta, exactly, rounded once."""
    a = Fraction(alpha)
    theta = [Fraction(float(t)) for t in np.ravel(theta0)]
    rows = [theta]
    for _ in range(steps):
        theta = [t - a * 2 * t for t in theta]
        rows.append(theta)
    return np.array([[float(t) for t in row] for row in rows])


def _inputs(theta0, alpha, steps) -> dict:
    return {"theta0": np.asarray(theta0, dtype=float), "alpha": float(alpha), "steps": int(steps)}


def _exact_case(id, theta0, alpha, steps, note, rtol):
    path = exact_path(theta0, alpha, steps)
    theta = path[-1].reshape(np.shape(theta0))
    return value_case(id, "gd_quadratic", _inputs(theta0, alpha, steps), OUTPUTS,
                      {"theta": theta, "updates": steps, "path": path}, "exact", rtol, 0.0, note)


def _refused(id, theta0, alpha, steps, identifier, message, note):
    return Planned(id, lambda: error_case(id, "gd_quadratic", _inputs(theta0, alpha, steps),
                                          OUTPUTS, identifier, message, note))


def plan() -> list[Planned]:
    return [
        Planned("b1-published", lambda: value_case(
            "b1-published", "gd_quadratic", _inputs(1.0, 0.4, 3), OUTPUTS,
            {"updates": 3, "path": np.array([[1.0], [0.2], [0.04], [0.008]])}, "published",
            1e-14, 0.0, "SPEC B1: J = theta^2 from theta0 = 1 with alpha = 0.4 walks 1, 0.2, "
            "0.04, 0.008 (each step multiplies by 1 - 2*alpha = 0.2)")),
        Planned("b1-exact", lambda: _exact_case(
            "b1-exact", 1.0, 0.4, 3, "SPEC B1 in exact arithmetic on the double alpha", 1e-14)),
        Planned("b2-published-start", lambda: value_case(
            "b2-published-start", "gd_quadratic", _inputs([2.0, 3.0], 0.1, 2), OUTPUTS,
            {"updates": 2, "path": np.array([[2.0, 3.0], [1.6, 2.4], [1.28, 1.92]])},
            "published", 1e-14, 0.0,
            "SPEC B2: J = t1^2 + t2^2 from (2, 3) with alpha = 0.1: (1.6, 2.4), (1.28, 1.92)")),
        Planned("b2-published-99", lambda: value_case(
            "b2-published-99", "gd_quadratic", _inputs([2.0, 3.0], 0.1, 99), OUTPUTS,
            {"theta": np.array([5.09e-10, 7.64e-10]), "updates": 99}, "published", 0.0, 5e-13,
            "SPEC B2: after 99 steps (5.09e-10, 7.64e-10), printed to 3 digits; atol is half a "
            "unit of the last printed digit")),
        Planned("b2-exact-99", lambda: _exact_case(
            "b2-exact-99", [2.0, 3.0], 0.1, 99, "SPEC B2, the whole 100-point path in exact "
            "arithmetic (reference 5.092589940e-10, 7.638884910e-10)", 1e-13)),
        Planned("column-start-exact", lambda: _exact_case(
            "column-start-exact", np.array([[-1.5], [0.25], [4.0]]), 0.3, 5,
            "a column start stays a column; theta is the last row of path", 1e-14)),
        Planned("zero-steps-exact", lambda: _exact_case(
            "zero-steps-exact", np.array([2.0, 3.0]), 0.1, 0,
            "zero steps: the path is the start alone", 0.0)),
        _refused("alpha-zero", 1.0, 0.0, 3, "nnref:badStep", "alpha must be > 0, got 0",
                 "a zero step would never move"),
        _refused("alpha-negative", 1.0, -0.1, 3, "nnref:badStep", "alpha must be > 0, got -0.1",
                 "a negative step climbs the surface"),
        _refused("alpha-inf", 1.0, np.inf, 3, "nnref:notFinite", "alpha contains Inf",
                 "an infinite step is refused at the door"),
        _refused("alpha-nan", 1.0, np.nan, 3, "nnref:nanInput", "alpha contains NaN",
                 "a NaN step is refused at the door"),
        _refused("steps-negative", 1.0, 0.4, -1, "nnref:badOption",
                 "steps must be a whole number >= 0, got -1", "a negative number of steps"),
        Planned("steps-fractional", lambda: error_case(
            "steps-fractional", "gd_quadratic", {"theta0": 1.0, "alpha": 0.4, "steps": 2.5},
            OUTPUTS, "nnref:badOption", "steps must be a whole number >= 0, got 2.5",
            "a fractional number of steps")),
        _refused("start-matrix", np.eye(2), 0.1, 1, "nnref:badShape",
                 "theta0 must be a vector, got size 2x2", "the start is a vector"),
        _refused("start-empty", np.zeros(0), 0.1, 1, "nnref:badShape", "theta0 is empty",
                 "there is nothing to descend from an empty start"),
        _refused("start-inf", np.array([1.0, np.inf]), 0.1, 1, "nnref:notFinite",
                 "theta0 contains Inf", "an infinite start is refused at the door"),
        _refused("theta-overflows", 1.0, 1e200, 5, "nnref:diverged",
                 "theta is not finite after 2 updates",
                 "alpha = 1e200: theta_1 = 1 - 2e200, theta_2 = -2e200 + 4e400 overflows"),
        _refused("gradient-overflows", 1e308, 0.1, 1, "nnref:diverged",
                 "gradient is not finite after 0 updates",
                 "theta0 = 1e308: the gradient 2*theta0 overflows before the first update"),
    ]
