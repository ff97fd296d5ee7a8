"""PNG figures of the gradient-descent lab (SPEC B1-B3), drawn from computed paths.

python -m nnref.gd_plots DIR writes into DIR:
  gd_1d_path.png    B1: the iterates 1, 0.2, 0.04, 0.008 on J(theta) = theta^2
  gd_2d_path.png    B2: the 99-step path from (2, 3) on the contours of t1^2 + t2^2
  linreg_fit.png    B3: the data and the fitted lines (gradient descent, normal equation)
  linreg_cost.png   B3: J(theta) at each of the 4345 iterates, and J - J_min on a log scale
Every point drawn comes from nnref.gd / nnref.linreg; nothing is typed in.  Each plot function
returns its matplotlib Figure so tests can read back what was drawn.
"""
import argparse
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: never open a window
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from nnref.gd import gd_quadratic  # noqa: E402
from nnref.linreg import linreg_cost, linreg_data, linreg_gd, linreg_normal  # noqa: E402

FILES = ("gd_1d_path.png", "gd_2d_path.png", "linreg_fit.png", "linreg_cost.png")
PNG_METADATA = {"Software": None}  # no matplotlib version in the file: regenerated PNGs compare equal


def plot_1d_path(path: np.ndarray):
    """B1: J(theta) = theta^2 and the iterates on it."""
    theta = path.ravel()
    figure, axes = plt.subplots(figsize=(6, 4), layout="constrained")
    grid = np.linspace(-1.2, 1.2, 241)
    axes.plot(grid, grid ** 2, color="0.6", label="J(theta) = theta^2")
    axes.plot(theta, theta ** 2, "o-", color="C3", label="gradient descent, alpha = 0.4")
    for k, t in enumerate(theta):
        axes.annotate(str(k), (t, t ** 2), textcoords="offset points", xytext=(-3, 7))
    axes.text(0.03, 0.05, "\n".join(f"theta{k} = {t:.6g}" for k, t in enumerate(theta)),
              transform=axes.transAxes, ha="left", va="bottom", family="monospace",
              bbox={"facecolor": "white", "edgecolor": "0.8"})
    axes.set(xlabel="theta", ylabel="J(theta)", title="SPEC B1: one-variable gradient descent")
    axes.legend(loc="upper center")
    return figure


def plot_2d_path(path: np.ndarray):
    """B2: the path on the contours of J(t1, t2) = t1^2 + t2^2."""
    figure, axes = plt.subplots(figsize=(6, 5), layout="constrained")
    t1, t2 = np.meshgrid(np.linspace(-3.5, 3.5, 201), np.linspace(-3.5, 3.5, 201))
    contours = axes.contour(t1, t2, t1 ** 2 + t2 ** 2, levels=[0.25, 1, 2.5, 5, 9, 13, 20],
                            cmap="viridis")
    axes.clabel(contours, fontsize=7)
    axes.plot(path[:, 0], path[:, 1], "o-", color="C3", markersize=3,
              label=f"{len(path) - 1} steps from (2, 3), alpha = 0.1")
    axes.annotate(f"after {len(path) - 1} steps: ({path[-1, 0]:.3g}, {path[-1, 1]:.3g})",
                  (0, 0), textcoords="offset points", xytext=(-60, -40))
    axes.set(xlabel="theta1", ylabel="theta2", aspect="equal",
             title="SPEC B2: two-variable gradient descent")
    axes.legend(loc="upper left")
    return figure


def plot_regression(X: np.ndarray, y: np.ndarray, theta_gd: np.ndarray, theta_normal: np.ndarray,
                    updates: int):
    """B3: the data and the lines y = theta1 + theta2 * x."""
    figure, axes = plt.subplots(figsize=(6, 4), layout="constrained")
    x = X[:, 1]
    axes.plot(x, y.ravel(), "o", color="C0", label="data (SPEC B3)")
    axes.plot(x, X @ theta_gd.ravel(), "-", color="C3",
              label=f"gradient descent ({updates} updates): "
                    f"{theta_gd[0, 0]:.5f} + {theta_gd[1, 0]:.5f} x")
    axes.plot(x, X @ theta_normal.ravel(), "--", color="k",
              label=f"normal equation: {theta_normal[0, 0]:.5f} + {theta_normal[1, 0]:.5f} x")
    axes.set(xlabel="x", ylabel="y", title="SPEC B3: linear regression")
    axes.legend(loc="upper left", fontsize=8)
    return figure


def plot_cost_history(J_history: np.ndarray, J_min: float):
    """B3: J at each iterate theta_0 .. theta_updates, and its distance to the least-squares
    minimum J_min on a log scale (the straight line of linear convergence)."""
    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 4), layout="constrained")
    k = np.arange(len(J_history))
    left.plot(k + 1, J_history, color="C3")
    left.set(xscale="log", xlabel="k + 1 (log scale)", ylabel="J(theta_k)",
             title=f"J per iteration, final J = {J_history[-1]:.10f}")
    right.semilogy(k, J_history - J_min, color="C3")
    right.set(xlabel="k", ylabel="J(theta_k) - J(normal equation)",
              title=f"distance to the minimum ({len(J_history) - 1} updates)")
    for axes in (left, right):
        axes.grid(True, which="both", alpha=0.3)
    figure.suptitle("SPEC B3: batch gradient descent, theta0 = [1; 1], alpha = 0.01, tol = 1e-5")
    return figure


def figures() -> dict:
    """file name -> Figure, all four computed from the lab's setups."""
    _, _, path_1d = gd_quadratic(1.0, 0.4, 3)
    _, _, path_2d = gd_quadratic(np.array([2.0, 3.0]), 0.1, 99)
    X, y = linreg_data()
    theta, updates, _, J_history = linreg_gd(X, y, [1.0, 1.0], 0.01, 1e-5)
    optimum = linreg_normal(X, y)
    return dict(zip(FILES, (plot_1d_path(path_1d), plot_2d_path(path_2d),
                            plot_regression(X, y, theta, optimum, updates),
                            plot_cost_history(J_history, linreg_cost(optimum, X, y)))))


def write_all(directory: Path) -> list[Path]:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, figure in figures().items():
        figure.savefig(directory / name, dpi=100, metadata=PNG_METADATA)
        plt.close(figure)
        written.append(directory / name)
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nnref.gd_plots",
                                     description="write the gradient-descent lab's PNG figures")
    parser.add_argument("directory", type=Path, help="where to write the PNG files")
    options = parser.parse_args(argv)
    for path in write_all(options.directory):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
