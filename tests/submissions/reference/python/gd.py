"""The gradient-descent lab, written against the lab contract (a student's reference port)."""
import numpy as np


def gd_quadratic(theta0, alpha, steps):
    theta = np.array(theta0, dtype=float)
    steps = int(steps)
    path = np.zeros((steps + 1, theta.size))
    path[0] = theta.reshape(-1)
    for k in range(steps):
        theta = theta - alpha * 2 * theta
        path[k + 1] = theta.reshape(-1)
    return theta, steps, path
