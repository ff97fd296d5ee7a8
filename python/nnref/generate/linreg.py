"""shared_fixtures/linreg.json: linear regression by batch gradient descent (SPEC B3).

Expected values: the data as published; the normal equation solved in fractions (7/51,
477/323); the gradient-descent run repeated in mpmath at 60 digits from the same double
inputs (the update count, every iterate, the cost history), with a check that no stopping
decision lies within rounding distance of tol, so the count cannot depend on rounding; and a
float64 torch loop with autograd gradients (torch-loop, rebuilt with --torch).
"""
import sys
from fractions import Fraction

import mpmath
import numpy as np

from nnref.generate import exact
from nnref.generate.cases import Planned, error_case, value_case

DESCRIPTION = ("Linear regression y ~ X theta: cost J = sum((X theta - y)^2)/(2m), gradient "
               "X'(X theta - y)/m, batch gradient descent until every |gradient component| <= "
               "tol, and the normal equation (SPEC B3).")
B3_Y = [2, 3, 3, 5, 8, 10, 10, 13, 15, 15, 16, 19, 19, 20, 22, 22, 25, 28]
GD_OUTPUTS = ["theta", "updates", "path", "J_history"]
DOUBLE_MAX = mpmath.mpf(sys.float_info.max)
MARGIN = mpmath.mpf("1e-8")   # relative distance a stopping decision keeps from its threshold


def b3_data():
    m = len(B3_Y)
    X = np.column_stack([np.ones(m), np.arange(1, m + 1, dtype=float)])
    return X, np.array(B3_Y, dtype=float).reshape(m, 1)


def rational(matrix) -> list:
    """A double matrix (or vector, as a column) as rows of Fractions, exactly."""
    array = np.asarray(matrix, dtype=float)
    array = array.reshape(-1, 1) if array.ndim < 2 else array
    return [[Fraction(float(v)) for v in row] for row in array]


def normal_equations(X, y):
    """(A, b) = (X'X, X'y) exactly in fractions."""
    Xr, yr = rational(X), [row[0] for row in rational(y)]
    n = len(Xr[0])
    A = [[sum(row[i] * row[j] for row in Xr) for j in range(n)] for i in range(n)]
    b = [sum(row[i] * t for row, t in zip(Xr, yr)) for i in range(n)]
    return A, b


def solve(A, b) -> list:
    """A theta = b by Gauss-Jordan elimination in fractions (A nonsingular)."""
    n = len(b)
    M = [list(A[i]) + [b[i]] for i in range(n)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if M[r][col] != 0)
        M[col], M[pivot] = M[pivot], M[col]
        for r in range(n):
            if r != col and M[r][col] != 0:
                factor = M[r][col] / M[col][col]
                M[r] = [a - factor * c for a, c in zip(M[r], M[col])]
    return [M[i][n] / M[i][i] for i in range(n)]


def mp_fraction(value: Fraction):
    return mpmath.mpf(value.numerator) / value.denominator


def cost(theta, X, y) -> Fraction:
    """J = sum((X theta - y)^2) / (2m) exactly, theta given as doubles."""
    t = [row[0] for row in rational(theta)]
    Xr, yr = rational(X), [row[0] for row in rational(y)]
    residuals = [sum(a * b for a, b in zip(row, t)) - target for row, target in zip(Xr, yr)]
    return sum(r * r for r in residuals) / (2 * len(Xr))


def gd_exact(X, y, theta0, alpha, tol, max_iter):
    """theta <- theta - alpha * (A theta - b)/m at 60 digits, A = X'X, b = X'y exactly.

    Returns (path, updates) with path as rows of mpf, or raises AssertionError when a stopping
    decision is too close to call; a divergence returns ('diverged', updates) instead, where the
    float gradient X'(X theta - y) (before / m) would overflow.
    """
    A, b = normal_equations(X, y)
    n, m = len(b), np.shape(X)[0]
    A = [[mp_fraction(v) for v in row] for row in A]
    b = [mp_fraction(v) for v in b]
    a, tol = exact.mpf(alpha), exact.mpf(tol)
    theta = [exact.mpf(v) for v in np.ravel(theta0)]
    path, updates = [theta], 0
    while True:
        s = [sum(A[i][j] * theta[j] for j in range(n)) - b[i] for i in range(n)]
        biggest = max(abs(v) for v in s)
        assert abs(biggest / DOUBLE_MAX - 1) > MARGIN, "overflow too close to call"
        if biggest > DOUBLE_MAX:
            return "diverged", updates
        g = [v / m for v in s]
        largest = max(abs(v) for v in g)
        assert abs(largest - tol) > MARGIN * tol, f"stopping decision too close at {updates}"
        if largest <= tol:
            return path, updates
        if updates == max_iter:
            return "no-convergence", updates
        theta = [t - a * v for t, v in zip(theta, g)]
        updates += 1
        path.append(theta)


def _gd_case(id, X, y, theta0, alpha, tol, max_iter, outputs, rtol, atol, note):
    path, updates = gd_exact(X, y, theta0, alpha, tol, max_iter)
    doubles = np.array([[exact.to_double(v) for v in row] for row in path])
    expected = {"theta": doubles[-1].reshape(-1, 1), "updates": updates}
    if "path" in outputs:
        m = np.shape(X)[0]
        expected["path"] = doubles
        expected["J_history"] = np.array([exact.to_double(_mp_cost(row, X, y, m)) for row in path])
    return value_case(id, "linreg_gd", _gd_inputs(X, y, theta0, alpha, tol, max_iter), outputs,
                      expected, "exact", rtol, atol, note)


def _mp_cost(theta, X, y, m):
    residuals = [sum(exact.mpf(x) * t for x, t in zip(row, theta)) - exact.mpf(target)
                 for row, target in zip(np.asarray(X), np.ravel(y))]
    return sum(r * r for r in residuals) / (2 * m)


def _gd_inputs(X, y, theta0, alpha, tol, max_iter) -> dict:
    return {"X": np.asarray(X, dtype=float), "y": np.asarray(y, dtype=float),
            "theta0": np.asarray(theta0, dtype=float), "alpha": float(alpha), "tol": float(tol),
            "max_iter": int(max_iter)}


def _torch_loop():
    """B3 by a float64 torch loop, gradients by autograd of J."""
    import torch
    X, y = (torch.tensor(v, dtype=torch.float64) for v in b3_data())
    theta = torch.tensor([[1.0], [1.0]], dtype=torch.float64)
    updates = 0
    while True:
        t = theta.clone().requires_grad_(True)
        J = ((X @ t - y) ** 2).sum() / (2 * X.shape[0])
        (g,) = torch.autograd.grad(J, t)
        if bool((g.abs() <= 1e-5).all()):
            break
        theta = theta - 0.01 * g
        updates += 1
        assert updates <= 100000, "the torch loop did not converge"
    X, y = b3_data()
    return value_case("b3-gd-torch-loop", "linreg_gd",
                      _gd_inputs(X, y, [1.0, 1.0], 0.01, 1e-5, 100000), ["theta", "updates"],
                      {"theta": theta.numpy(), "updates": updates}, "torch-loop", 1e-13, 0.0,
                      "SPEC B3 by an independent float64 torch loop with autograd gradients")


def _refused(id, call, inputs, outputs, identifier, message, note):
    return Planned(id, lambda: error_case(id, call, inputs, outputs, identifier, message, note))


def _diverging_message(X, y, theta0, alpha):
    result, updates = gd_exact(X, y, theta0, alpha, 1e-5, 100000)
    assert result == "diverged"
    return f"gradient is not finite after {updates} updates"


def plan() -> list[Planned]:
    X, y = b3_data()
    m = X.shape[0]
    A, b = normal_equations(X, y)
    closed_form = solve(A, b)
    assert closed_form == [Fraction(7, 51), Fraction(477, 323)], closed_form
    b3_path, b3_updates = gd_exact(X, y, [1.0, 1.0], 0.01, 1e-5, 100000)
    b3_theta = np.array([[exact.to_double(v)] for v in b3_path[-1]])
    small_X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
    small_y = np.array([1.0, 3.0, 2.0, 5.0])
    gd = _gd_inputs(X, y, [1.0, 1.0], 0.01, 1e-5, 100000)
    return [
        Planned("b3-data", lambda: value_case(
            "b3-data", "linreg_data", {}, ["X", "y"], {"X": X, "y": y}, "published", 0.0, 0.0,
            "SPEC B3: X = [ones(18,1), (1:18)'], y = [2 3 3 5 8 10 10 13 15 15 16 19 19 20 22 "
            "22 25 28]'")),
        Planned("b3-normal-exact", lambda: value_case(
            "b3-normal-exact", "linreg_normal", {"X": X, "y": y}, ["theta"],
            {"theta": np.array([[float(v)] for v in closed_form])}, "exact", 1e-12, 0.0,
            "SPEC B3: the normal equation solved in fractions gives [7/51; 477/323]")),
        Planned("b3-gd-exact", lambda: value_case(
            "b3-gd-exact", "linreg_gd", gd, ["theta", "updates"],
            {"theta": b3_theta, "updates": b3_updates}, "exact", 1e-13, 0.0,
            "SPEC B3: theta0 = [1; 1], alpha = 0.01, tol = 1e-5, repeated at 60 digits: 4344 "
            "updates; at the stop max |gradient component| is 2.7e-9 below tol")),
        Planned("b3-gd-torch-loop", _torch_loop, needs_torch=True),
        Planned("b3-cost-at-gd-exact", lambda: value_case(
            "b3-cost-at-gd-exact", "linreg_cost", {"theta": b3_theta, "X": X, "y": y}, ["J"],
            {"J": float(cost(b3_theta, X, y))}, "exact", 1e-14, 0.0,
            "SPEC B3: J at the gradient-descent result, in fractions (reference "
            "0.4406604749366078)")),
        Planned("b3-cost-at-start-exact", lambda: value_case(
            "b3-cost-at-start-exact", "linreg_cost", {"theta": np.array([1.0, 1.0]), "X": X,
                                                     "y": y}, ["J"],
            {"J": float(cost([1.0, 1.0], X, y))}, "exact", 1e-15, 0.0,
            "SPEC B3: J at theta0 = [1; 1], in fractions")),
        Planned("b3-gradient-at-start-exact", lambda: value_case(
            "b3-gradient-at-start-exact", "linreg_gradient", {"theta": np.array([1.0, 1.0]),
                                                             "X": X, "y": y}, ["g"],
            {"g": np.array([[float((A[i][0] + A[i][1] - b[i]) / m)] for i in range(2)])},
            "exact", 1e-15, 0.0, "SPEC B3: X'(X theta0 - y)/m at theta0 = [1; 1], in fractions")),
        Planned("small-gd-path-exact", lambda: _gd_case(
            "small-gd-path-exact", small_X, small_y, [0.0, 0.0], 0.1, 1e-3, 1000, GD_OUTPUTS,
            1e-12, 1e-15, "four points, every iterate and the cost at each one at 60 digits")),
        _refused("xy-length-mismatch", "linreg_gd",
                 _gd_inputs(X, y[:17], [1.0, 1.0], 0.01, 1e-5, 100000), ["theta", "updates"],
                 "nnref:badShape", "X has 18 rows, y has 17 elements", "X and y disagree"),
        _refused("theta0-wrong-size", "linreg_gd",
                 _gd_inputs(X, y, [1.0, 1.0, 1.0], 0.01, 1e-5, 100000), ["theta", "updates"],
                 "nnref:badShape", "theta0 must have 2 elements, got 3",
                 "one parameter per column of X"),
        _refused("alpha-zero", "linreg_gd", _gd_inputs(X, y, [1.0, 1.0], 0.0, 1e-5, 100000),
                 ["theta", "updates"], "nnref:badStep", "alpha must be > 0, got 0",
                 "a zero step never moves"),
        _refused("alpha-inf", "linreg_gd", _gd_inputs(X, y, [1.0, 1.0], np.inf, 1e-5, 100000),
                 ["theta", "updates"], "nnref:notFinite", "alpha contains Inf",
                 "an infinite step is refused at the door"),
        _refused("tol-negative", "linreg_gd", _gd_inputs(X, y, [1.0, 1.0], 0.01, -1e-5, 100000),
                 ["theta", "updates"], "nnref:badOption", "tol must be >= 0, got -1e-05",
                 "no |gradient component| is below a negative tol"),
        _refused("no-convergence", "linreg_gd", _gd_inputs(X, y, [1.0, 1.0], 0.01, 1e-5, 100),
                 ["theta", "updates"], "nnref:noConvergence",
                 "no convergence within 100 updates (tol 1e-05)",
                 "SPEC B3 needs 4344 updates; a bound of 100 stops with an error, not a loop"),
        Planned("gradient-overflows", lambda: error_case(
            "gradient-overflows", "linreg_gd", _gd_inputs(X, y, [1.0, 1.0], 1.0, 1e-5, 100000),
            ["theta", "updates"], "nnref:diverged", _diverging_message(X, y, [1.0, 1.0], 1.0),
            "alpha = 1 > 2/lambda_max(X'X/m): theta grows about 117-fold per update until "
            "X'(X theta - y) overflows (update count from the same run at 60 digits)")),
        _refused("y-nan", "linreg_cost", {"theta": np.array([1.0, 1.0]), "X": X,
                                          "y": np.where(np.arange(m) == 4, np.nan, y.ravel())},
                 ["J"], "nnref:nanInput", "y contains NaN", "NaN data is refused"),
        _refused("x-empty", "linreg_gradient", {"theta": np.zeros(2), "X": np.zeros((0, 2)),
                                                "y": np.zeros(0)},
                 ["g"], "nnref:badShape", "X is empty", "no data, no gradient"),
        _refused("normal-singular", "linreg_normal",
                 {"X": np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]]), "y": np.array([1.0, 2.0, 3.0])},
                 ["theta"], "nnref:singular",
                 "X' * X is singular: the columns of X are linearly dependent",
                 "dependent columns have no unique least-squares solution"),
    ]
