"""The loss-curve PNG of the 2-2-1 lab draws the computed loss histories (SPEC A7, A8)."""
import matplotlib.pyplot as plt
import numpy as np
import pytest

from nnref import net221_plots
from nnref.errors import NnrefError
from nnref.net221 import net221_train
from nnref.net221_defects import COMPUTATIONAL, simulate


def test_figure_draws_both_loss_histories_at_their_steps():
    w0, b0, X, y = net221_plots.start_set(2)
    loss = net221_train(w0, b0, X, y)[2]
    published = simulate(w0, b0, X, y, COMPUTATIONAL)[2]
    figure = net221_plots.plot_loss(loss, published)
    correct_line, published_line = figure.axes[0].get_lines()
    assert np.array_equal(correct_line.get_ydata(), loss)
    assert np.array_equal(correct_line.get_xdata(), 4 + 40 * np.arange(100))
    assert np.array_equal(published_line.get_ydata(), published)
    assert np.array_equal(published_line.get_xdata(), 10 * np.arange(1, 101))
    assert figure.axes[0].get_yscale() == "log"
    plt.close(figure)


def test_cli_writes_a_png(tmp_path, capsys):
    out = tmp_path / "docs" / "loss.png"
    assert net221_plots.main([str(out), "--start", "3"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert plt.imread(out).shape[:2] == (420, 700)
    assert "wrote" in capsys.readouterr().out


def test_committed_png_has_the_drawn_size():
    assert plt.imread(net221_plots.DEFAULT_OUT).shape[:2] == (420, 700)


def test_bad_input_is_refused(capsys):
    with pytest.raises(NnrefError, match="positive numbers"):
        net221_plots.plot_loss([0.3, np.nan])
    assert net221_plots.main(["x.png", "--start", "4"]) == 2
    assert "no start set 4" in capsys.readouterr().err
