"""Lab linreg: linear regression: cost, gradient, gradient descent, normal equations (SPEC B3).

J = sum((X*theta - y).^2) / (2m); gradient X' * (X*theta - y) / m; linreg_gd stops when
every |gradient component| <= tol (at most max_iter updates).

Replace every stub with your code.  The grader calls each function with numpy
arrays of the example shapes and compares what it returns; a function with
several outputs returns them all, as a tuple, in the order listed."""


def linreg_data():
    """Returns (X, y).
    Example shapes (linreg::b3-data):
    no arguments -> X (18, 2), y (18, 1)"""
    raise NotImplementedError("not implemented: linreg_data")


def linreg_cost(theta, X, y):
    """Returns J.
    Example shapes (linreg::b3-cost-at-gd-exact):
    theta (2, 1), X (18, 2), y (18, 1) -> J scalar"""
    raise NotImplementedError("not implemented: linreg_cost")


def linreg_gradient(theta, X, y):
    """Returns g.
    Example shapes (linreg::b3-gradient-at-start-exact):
    theta (2,), X (18, 2), y (18, 1) -> g (2, 1)"""
    raise NotImplementedError("not implemented: linreg_gradient")


def linreg_gd(X, y, theta0, alpha, tol, max_iter):
    """Returns (theta, updates, path, J_history).
    Example shapes (linreg::small-gd-path-exact):
    X (4, 2), y (4,), theta0 (2,), alpha scalar, tol scalar, max_iter scalar -> theta (2, 1), updates scalar, path (166, 2), J_history (166,)"""
    raise NotImplementedError("not implemented: linreg_gd")


def linreg_normal(X, y):
    """Returns theta.
    Example shapes (linreg::b3-normal-exact):
    X (18, 2), y (18, 1) -> theta (2, 1)"""
    raise NotImplementedError("not implemented: linreg_normal")
