"""Linear regression by batch gradient descent and by the normal equation (SPEC B3).

X: m x n design matrix (B3: a column of ones and the inputs 1..18), y: m targets,
theta: n x 1 (returned as a column, like the Octave twin, so shapes match in fixtures).
    J(theta)        = sum((X theta - y)^2) / (2m)
    gradient(theta) = X' (X theta - y) / m
    gradient descent: theta <- theta - alpha * gradient(theta) until every
                      |gradient component| <= tol (nnref.gd.gradient_descent)
    normal equation: (X' X) theta = X' y
SPEC B3 from theta0 = [1; 1], alpha = 0.01, tol = 1e-5: 4344 updates, theta near
[7/51; 477/323] (the least-squares solution).  Octave twins: matlab/+nnref/linreg_*.m.
"""
import numpy as np

from nnref.checks import as_real_array, as_vector, size_text
from nnref.errors import NnrefError
from nnref.gd import DEFAULT_MAX_ITER, gradient_descent

B3_Y = (2, 3, 3, 5, 8, 10, 10, 13, 15, 15, 16, 19, 19, 20, 22, 22, 25, 28)


def linreg_data():
    """(X, y) of SPEC B3: X = [ones(18, 1), (1:18)'] (18 x 2), y the 18 targets (18 x 1)."""
    m = len(B3_Y)
    X = np.column_stack([np.ones(m), np.arange(1, m + 1, dtype=float)])
    return X, np.array(B3_Y, dtype=float).reshape(m, 1)


def linreg_cost(theta, X, y):
    """J(theta) = sum((X theta - y)^2) / (2m); B3 at the GD result: 0.44066047493660..."""
    X, y = check_data(X, y)
    theta = check_theta(theta, "theta", X)
    residual = X @ theta - y
    return float(np.sum(residual ** 2) / (2 * X.shape[0]))


def linreg_gradient(theta, X, y):
    """gradient(theta) = X' (X theta - y) / m, an n x 1 column."""
    X, y = check_data(X, y)
    theta = check_theta(theta, "theta", X)
    return X.T @ (X @ theta - y) / X.shape[0]


def linreg_gd(X, y, theta0, alpha, tol, max_iter=DEFAULT_MAX_ITER):
    """(theta, updates, path, J_history): batch gradient descent until every |gradient
    component| <= tol, at most max_iter updates (nnref:noConvergence beyond).

    path: (updates + 1) x n, one iterate per row; J_history: J at each iterate (updates + 1).
    SPEC B3: linreg_gd(*linreg_data(), [1, 1], 0.01, 1e-5) takes 4344 updates.
    """
    X, y = check_data(X, y)
    theta0 = check_theta(theta0, "theta0", X)
    m = X.shape[0]
    path, updates = gradient_descent(lambda theta: X.T @ (X @ theta - y) / m, theta0, alpha,
                                     tol=tol, max_iter=max_iter)
    J_history = np.sum((X @ path.T - y) ** 2, axis=0) / (2 * m)
    return path[-1].reshape(-1, 1), updates, path, J_history


def linreg_normal(X, y):
    """The least-squares theta from the normal equation (X' X) theta = X' y.

    SPEC B3: [7/51; 477/323] = [0.13725490196078...; 1.47678018575851...].
    """
    X, y = check_data(X, y)
    if np.linalg.matrix_rank(X) < X.shape[1]:
        raise NnrefError("nnref:singular",
                         "X' * X is singular: the columns of X are linearly dependent")
    return np.linalg.solve(X.T @ X, X.T @ y)


def check_data(X, y):
    """X as an m x n matrix (a 1-D array is one row, as in Octave) and y as an m x 1 column."""
    X = as_real_array(X, "X", allow_inf=False)
    if X.ndim > 2:
        raise NnrefError("nnref:badShape", f"X must be a matrix, got size {size_text(X)}")
    X = X.reshape(1, -1) if X.ndim < 2 else X
    if X.size == 0:
        raise NnrefError("nnref:badShape", "X is empty")
    y = as_vector(y, "y")
    if y.size != X.shape[0]:
        raise NnrefError("nnref:badShape", f"X has {X.shape[0]} rows, y has {y.size} elements")
    return X, y.reshape(-1, 1)


def check_theta(theta, name: str, X: np.ndarray) -> np.ndarray:
    """A vector with one element per column of X, as an n x 1 column."""
    return as_vector(theta, name, X.shape[1]).reshape(-1, 1)
