"""The linear-regression lab, written against the lab contract (a student's reference port)."""
import numpy as np

TARGETS = [2, 3, 3, 5, 8, 10, 10, 13, 15, 15, 16, 19, 19, 20, 22, 22, 25, 28]


def linreg_data():
    m = len(TARGETS)
    X = np.column_stack([np.ones(m), np.arange(1.0, m + 1)])
    return X, np.array(TARGETS, dtype=float).reshape(m, 1)


def columns(theta, X, y):
    X = np.asarray(X, dtype=float)
    return np.reshape(theta, (-1, 1)), X.reshape(1, -1) if X.ndim < 2 else X, np.reshape(y, (-1, 1))


def linreg_cost(theta, X, y):
    theta, X, y = columns(theta, X, y)
    m = X.shape[0]
    return float(np.sum((X @ theta - y) ** 2) / (2 * m))


def linreg_gradient(theta, X, y):
    theta, X, y = columns(theta, X, y)
    m = X.shape[0]
    return X.T @ (X @ theta - y) / m


def linreg_gd(X, y, theta0, alpha, tol, max_iter=100000):
    theta = np.reshape(np.array(theta0, dtype=float), (-1, 1))
    path, J_history = [theta.ravel()], [linreg_cost(theta, X, y)]
    updates = 0
    Xc, yc = columns(theta, X, y)[1:]
    g = Xc.T @ (Xc @ theta - yc) / Xc.shape[0]
    while np.any(np.abs(g) > tol):
        if updates == max_iter:
            raise RuntimeError(f"no convergence within {max_iter} updates")
        theta = theta - alpha * g
        updates += 1
        path.append(theta.ravel())
        J_history.append(linreg_cost(theta, X, y))
        g = Xc.T @ (Xc @ theta - yc) / Xc.shape[0]
    return theta, updates, np.array(path), np.array(J_history)


def linreg_normal(X, y):
    X = np.asarray(X, dtype=float)
    y = np.reshape(y, (-1, 1))
    return np.linalg.solve(X.T @ X, X.T @ y)
