"""The lab's figures draw the computed paths (SPEC B1-B3) and are written as PNG files."""
import numpy as np
import pytest

from nnref import gd_plots
from nnref.gd import gd_quadratic
from nnref.linreg import linreg_data, linreg_gd


@pytest.fixture(scope="module")
def figures():
    drawn = gd_plots.figures()
    yield drawn
    import matplotlib.pyplot as plt
    for figure in drawn.values():
        plt.close(figure)


def line_data(figure, label_start: str) -> np.ndarray:
    lines = [line for axes in figure.axes for line in axes.get_lines()
             if line.get_label().startswith(label_start)]
    assert len(lines) == 1, [line.get_label() for axes in figure.axes for line in axes.get_lines()]
    return lines[0].get_xydata()


def test_1d_figure_draws_the_b1_iterates_on_the_parabola(figures):
    points = line_data(figures["gd_1d_path.png"], "gradient descent")
    np.testing.assert_allclose(points[:, 0], [1, 0.2, 0.04, 0.008], rtol=1e-14)
    np.testing.assert_allclose(points[:, 1], points[:, 0] ** 2, rtol=1e-14)


def test_2d_figure_draws_the_b2_path_on_contours(figures):
    figure = figures["gd_2d_path.png"]
    points = line_data(figure, "99 steps")
    np.testing.assert_array_equal(points, gd_quadratic(np.array([2.0, 3.0]), 0.1, 99)[2])
    assert points.shape == (100, 2) and abs(points[-1, 0] - 5.09e-10) < 5e-13
    assert figure.axes[0].collections, "no contour lines"


def test_regression_figure_draws_data_and_fitted_line(figures):
    figure = figures["linreg_fit.png"]
    X, y = linreg_data()
    theta = linreg_gd(X, y, [1, 1], 0.01, 1e-5)[0]
    np.testing.assert_array_equal(line_data(figure, "data")[:, 1], y.ravel())
    np.testing.assert_allclose(line_data(figure, "gradient descent (4344 updates)")[:, 1],
                               (X @ theta).ravel(), rtol=1e-15)


def test_cost_figure_draws_j_per_iteration(figures):
    X, y = linreg_data()
    J_history = linreg_gd(X, y, [1, 1], 0.01, 1e-5)[3]
    drawn = figures["linreg_cost.png"].axes[0].get_lines()[0].get_xydata()
    assert drawn.shape == (4345, 2)
    np.testing.assert_array_equal(drawn[:, 1], J_history)


def test_cli_writes_the_four_pngs(tmp_path, capsys):
    assert gd_plots.main([str(tmp_path / "docs")]) == 0
    for name in gd_plots.FILES:
        data = (tmp_path / "docs" / name).read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000, name
    assert capsys.readouterr().out.count("wrote ") == 4


def test_readme_shows_the_committed_figures():
    from nnref.fixtures import REPO_ROOT
    readme = (REPO_ROOT / "README.md").read_text()
    for name in gd_plots.FILES:
        assert (REPO_ROOT / "docs" / name).is_file(), name
        assert f"](docs/{name})" in readme, name
