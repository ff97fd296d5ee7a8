"""Lab gd: gradient descent on J(theta) = sum(theta.^2) (SPEC B1-B2).

theta: the last iterate in theta0's shape; updates: the number of updates; path: one iterate
per row, theta0 first.

Replace every stub with your code.  The grader calls each function with numpy
arrays of the example shapes and compares what it returns; a function with
several outputs returns them all, as a tuple, in the order listed."""


def gd_quadratic(theta0, alpha, steps):
    """Returns (theta, updates, path).
    Example shapes (gd::column-start-exact):
    theta0 (3, 1), alpha scalar, steps scalar -> theta (3, 1), updates scalar, path (6, 3)"""
    raise NotImplementedError("not implemented: gd_quadratic")
