"""Fixed-step gradient descent and the demos of SPEC B1 and B2.

theta_{k+1} = theta_k - alpha * gradient(theta_k), k = 0, 1, ...

Stopping rule, exactly one of:
- steps = n: take n updates;
- tol = t: stop at the first iterate where every |gradient component| <= t; more than
  max_iter updates is nnref:noConvergence (never an endless loop).
A gradient or an iterate that is not finite (NaN or Inf) stops with nnref:diverged.
The Octave twins are matlab/+nnref/gradient_descent.m and gd_quadratic.m.
"""
import numpy as np

from nnref.checks import as_real_array, as_scalar, size_text
from nnref.errors import NnrefError

DEFAULT_MAX_ITER = 100000


def gradient_descent(gradient, theta0, alpha, *, steps=None, tol=None, max_iter=DEFAULT_MAX_ITER):
    """(path, updates): the iterates theta_0 .. theta_updates of fixed-step gradient descent.

    gradient: function theta -> gradient with as many elements as theta; it is called with
    theta in theta0's shape.  path: array (updates + 1, n), row k is theta_k flattened.
    SPEC B1: gradient_descent(lambda t: 2 * t, 1.0, 0.4, steps=3)[0] = [[1], [0.2], [0.04], [0.008]].
    """
    theta = check_start(theta0, "theta0")
    alpha = check_step(alpha)
    steps, tol, max_iter = check_rule(steps, tol, max_iter)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):  # checked, not warned
        return _descend(gradient, theta, alpha, steps, tol, max_iter)


def _descend(gradient, theta, alpha, steps, tol, max_iter):
    path = [theta.reshape(-1)]
    updates = 0
    while True:
        if steps is not None and updates == steps:
            break
        g = evaluate(gradient, theta, updates)
        if tol is not None and np.all(np.abs(g) <= tol):
            break
        if tol is not None and updates == max_iter:
            raise NnrefError("nnref:noConvergence",
                             f"no convergence within {max_iter} updates (tol {tol:g})")
        theta = theta - alpha * g
        updates += 1
        if not np.all(np.isfinite(theta)):
            raise NnrefError("nnref:diverged", f"theta is not finite after {updates} updates")
        path.append(theta.reshape(-1))
    return np.array(path), updates


def gd_quadratic(theta0, alpha, steps):
    """(theta, updates, path) for J(theta) = sum(theta.^2), gradient 2*theta (SPEC B1, B2).

    theta: the last iterate, in theta0's shape.  B1: gd_quadratic(1, 0.4, 3) walks 1, 0.2,
    0.04, 0.008; B2: gd_quadratic([2, 3], 0.1, 99) ends at (5.09e-10, 7.64e-10).
    """
    start = check_start(theta0, "theta0")
    path, updates = gradient_descent(lambda theta: 2 * theta, start, alpha, steps=steps)
    return path[-1].reshape(start.shape), updates, path


def check_start(theta0, name: str) -> np.ndarray:
    """A non-empty finite real vector (or scalar), kept in its own shape."""
    theta = as_real_array(theta0, name, allow_inf=False)
    if theta.ndim > 2 or (theta.ndim == 2 and min(theta.shape) != 1):
        raise NnrefError("nnref:badShape", f"{name} must be a vector, got size {size_text(theta)}")
    if theta.size == 0:
        raise NnrefError("nnref:badShape", f"{name} is empty")
    return theta.copy()


def check_step(alpha) -> float:
    alpha = as_scalar(alpha, "alpha")
    if alpha <= 0:
        raise NnrefError("nnref:badStep", f"alpha must be > 0, got {alpha:g}")
    return alpha


def check_rule(steps, tol, max_iter):
    """Exactly one of steps / tol; counts are whole numbers >= 0, tol >= 0."""
    if (steps is None) == (tol is None):
        raise NnrefError("nnref:badOption", "give exactly one stopping rule: steps or tol")
    if steps is not None:
        return whole_number(steps, "steps"), None, None
    tol = as_scalar(tol, "tol")
    if tol < 0:
        raise NnrefError("nnref:badOption", f"tol must be >= 0, got {tol:g}")
    return None, tol, whole_number(max_iter, "max_iter")


def whole_number(value, name: str) -> int:
    number = as_scalar(value, name)
    if number < 0 or number != np.floor(number):
        raise NnrefError("nnref:badOption", f"{name} must be a whole number >= 0, got {number:g}")
    return int(number)


def evaluate(gradient, theta: np.ndarray, updates: int) -> np.ndarray:
    """gradient(theta) in theta's shape; refuses a wrong size and NaN/Inf."""
    g = np.asarray(gradient(theta), dtype=np.float64)
    if g.size != theta.size:
        raise NnrefError("nnref:badShape",
                         f"gradient has {g.size} elements, theta has {theta.size}")
    if not np.all(np.isfinite(g)):
        raise NnrefError("nnref:diverged", f"gradient is not finite after {updates} updates")
    return g.reshape(theta.shape)
