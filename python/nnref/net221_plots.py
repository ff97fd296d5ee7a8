"""The loss curve of the 2-2-1 lab (SPEC A7, A8) as a PNG, drawn from computed runs.

python -m nnref.net221_plots [OUT.png] [--start K] trains from start set K (1-3) of
shared_fixtures/net221_train.json (case train-start-K) and writes OUT.png (default
docs/net221_loss.png): the loss over the whole set after epochs 0, 10, ..., 990 of SPEC A7
(nnref.net221.net221_train), beside the loss history of the published port with its four
computational defects (SPEC A8, replayed by nnref.net221_defects), on a log scale against
the SGD step (4000 steps for SPEC A7, 1000 for the published port).  Every
point drawn is computed; nothing is typed in.  plot_loss returns the Figure, so tests can read
back what was drawn.  The Octave twin returns the loss history and opens no figures.
"""
import argparse
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: never open a window
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from nnref.errors import NnrefError  # noqa: E402
from nnref.fixtures import REPO_ROOT, fixture_path, load_fixture  # noqa: E402

DEFAULT_OUT = REPO_ROOT / "docs" / "net221_loss.png"
PNG_METADATA = {"Software": None}  # no matplotlib version in the file: regenerated PNGs compare equal


def start_set(k: int):
    """(w0, b0, X, y) of shared_fixtures/net221_train.json case train-start-k."""
    cases = {c.id: c for c in load_fixture(fixture_path("net221_train")).cases}
    if f"train-start-{k}" not in cases:
        raise NnrefError("nnref:badValue", f"no start set {k} (net221_train.json has "
                         f"{sum(i.startswith('train-start-') for i in cases)})")
    case = cases[f"train-start-{k}"]
    return tuple(case.inputs[name] for name in ("w0", "b0", "X", "y"))


def plot_loss(loss, published_loss=None, title="SPEC A7: 2-2-1 network, per-sample SGD"):
    """The loss history on a log scale against the SGD step after which it was recorded
    (SPEC A7: after epochs 0, 10, ... of 4 steps each); with published_loss, the published
    port's history beside it (recorded after its steps 10, 20, ..., 1000, SPEC A8)."""
    from nnref.net221_defects import loss_steps
    loss = np.asarray(loss, dtype=float).reshape(-1)
    if loss.size == 0 or not np.all(np.isfinite(loss)) or np.any(loss <= 0):
        raise NnrefError("nnref:badValue", "loss must be a nonempty vector of positive numbers")
    figure, axes = plt.subplots(figsize=(7, 4.2), layout="constrained")
    axes.semilogy(loss_steps((), 4, loss.size), loss, color="C0",
                  label="SPEC A7: 1000 epochs of 4 samples")
    if published_loss is not None:
        published_loss = np.asarray(published_loss, dtype=float).reshape(-1)
        axes.semilogy(loss_steps(("one-sample-epochs",), 4, published_loss.size), published_loss,
                      color="C3", linestyle="--",
                      label="published port (SPEC A8 defects 1-4): 1000 steps")
    axes.set(xlabel="SGD step (one sample each); loss over the 4 samples after the step",
             ylabel="MSE over the 4 samples", title=title)
    axes.grid(True, which="both", color="0.9")
    axes.legend(loc="center right")
    return figure


def write_loss_png(out: Path, k: int = 1) -> Path:
    from nnref.net221 import net221_predict, net221_train
    from nnref.net221_defects import COMPUTATIONAL, simulate
    w0, b0, X, y = start_set(k)
    w, b, loss = net221_train(w0, b0, X, y)
    published = simulate(w0, b0, X, y, COMPUTATIONAL)[2]
    ypred = net221_predict(w, b, np.array([[-7.0, -3.0], [20.0, 2.0]]))[0]
    figure = plot_loss(loss, published, title=f"2-2-1 network from start set {k}: trained, "
                       f"Emily {ypred[0]:.3f} (F), Frank {ypred[1]:.3f} (M)")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=100, metadata=PNG_METADATA)
    plt.close(figure)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nnref.net221_plots",
                                     description="Write the 2-2-1 loss curve (SPEC A7) as a PNG.")
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--start", type=int, default=1, help="start set 1-3 (default 1)")
    options = parser.parse_args(argv)
    try:
        print(f"wrote {write_loss_png(options.out, options.start)}")
    except NnrefError as err:
        print(f"nnref: {err.message}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
