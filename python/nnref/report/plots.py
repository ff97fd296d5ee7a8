"""The figures of a report, as PNG bytes: error heat maps per case (nnref check), the loss curve
of a net221 port against SPEC A7, the lab figures of the algorithms a run covered, and the
MNIST bench's time and accuracy.  Every point drawn comes from a computation or from the
command's document; nothing is typed in.
"""
import io
import math

import matplotlib

matplotlib.use("Agg")  # files only: never open a window
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

from nnref.report.model import Figure  # noqa: E402

PNG_METADATA = {"Software": None}  # no matplotlib version in the file: same run, same bytes
ULP_CAP = 1e6                      # colours saturate beyond a million ULPs


def png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=90, metadata=PNG_METADATA)
    plt.close(figure)
    return buffer.getvalue()


def cell_of(row: dict) -> tuple:
    """(colour value or NaN, label) of one check row: the error in ULPs on a log scale
    log10(1 + ulp); integer outputs by their absolute error; cases that expect a refused
    input have no error figure (NaN, labelled by whether the right error came)."""
    ulp, abs_err = row.get("max_ulp"), row.get("max_abs_err")
    if ulp is not None:
        ulp = int(ulp)
        return math.log10(1 + min(ulp, ULP_CAP)), (f"{ulp}" if ulp < 10000 else f"{ulp:.0e}")
    if abs_err is not None:
        return (0.0, "0") if abs_err == 0 else (math.log10(1 + ULP_CAP), f"{abs_err:.1e}")
    return math.nan, ("error ok" if row.get("passed") else "no result")


def error_heatmap(algorithm: str, rows: list) -> Figure:
    """One algorithm's cases (rows) by language (columns), coloured by the error in ULPs;
    failed cells framed in red."""
    return Figure(f"Error per case: {algorithm}", png(draw_heatmap(algorithm, rows)),
                  "Each cell is one case in one language: the largest distance in ULPs between "
                  "an output element and its expected value (grey: the case expects a refused "
                  "input; 'error ok' means the right identifier and message came). Red frame: "
                  "the case failed.")


def draw_heatmap(algorithm: str, rows: list):
    """The matplotlib Figure of error_heatmap (tests read back what was drawn)."""
    cases = list(dict.fromkeys(r["case"] for r in rows))
    langs = list(dict.fromkeys(r["lang"] for r in rows))
    grid = np.full((len(cases), len(langs)), np.nan)
    labels = np.full(grid.shape, "", dtype=object)
    failed = []
    for r in rows:
        i, j = cases.index(r["case"]), langs.index(r["lang"])
        grid[i, j], labels[i, j] = cell_of(r)
        if not r.get("passed"):
            failed.append((i, j))
    width = 3.2 + 1.3 * len(langs) + 0.065 * max(len(c) for c in cases)
    figure, axes = plt.subplots(figsize=(width, 1.3 + 0.24 * len(cases)), layout="constrained")
    cmap = plt.get_cmap("viridis").with_extremes(bad="#e8e8e8")
    top = max(3.0, float(np.nanmax(grid)) if np.isfinite(grid).any() else 3.0)
    image = axes.imshow(np.ma.masked_invalid(grid), cmap=cmap, vmin=0, vmax=top, aspect="auto")
    for i in range(len(cases)):
        for j in range(len(langs)):
            dark = np.isfinite(grid[i, j]) and grid[i, j] < 0.6 * top
            axes.text(j, i, labels[i, j], ha="center", va="center", fontsize=7,
                      color="white" if dark else "black")
    for i, j in failed:
        axes.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor="red", lw=2))
    axes.set_xticks(range(len(langs)), langs)
    axes.xaxis.tick_top()
    axes.set_yticks(range(len(cases)), cases, fontsize=7)
    bar = figure.colorbar(image, ax=axes, fraction=0.08 if len(langs) < 3 else 0.05)
    bar.set_label("log10(1 + max error in ULPs)", fontsize=8)
    n_failed = len(failed)
    axes.set_title(f"{algorithm}: {len(cases)} cases, {n_failed} failed cell"
                   f"{'' if n_failed == 1 else 's'}", fontsize=9)
    return figure


def net221_port_loss(defects) -> Figure:
    """SPEC A7's loss from start set 1 and, when the port has computational defects, the loss
    the port's training gives (replayed with exactly those defects; the checker matched them
    to the port's own result)."""
    from nnref.net221_defects import COMPUTATIONAL, loss_steps, simulate
    from nnref.ports.net221 import start_inputs
    w0, b0, X, y = start_inputs()
    found = tuple(d for d in COMPUTATIONAL if d in defects)
    figure, axes = plt.subplots(figsize=(7, 4.2), layout="constrained")
    correct = simulate(w0, b0, X, y, ())[2]
    axes.semilogy(loss_steps((), len(X), len(correct)), correct, color="C0",
                  label="SPEC A7 (reference)")
    if found:
        port = simulate(w0, b0, X, y, found)[2]
        axes.semilogy(loss_steps(found, len(X), len(port)), port, color="C3", linestyle="--",
                      label="this port: " + ", ".join(found))
    axes.set(xlabel="SGD step", ylabel="MSE over the 4 samples",
             title="2-2-1 network from start set 1 (shared_fixtures/net221_train.json)")
    axes.grid(True, which="both", color="0.9")
    axes.legend()
    return Figure("Loss curve: reference and port", png(figure),
                  "MSE over the four SPEC A4 samples, recorded after every 10th epoch of SPEC A7 "
                  "and, for a port with one-sample-epochs, after every 10th step.")


def lab_figures(algorithms) -> list:
    """The lab figures of the algorithms covered (gd: the descent paths; linreg: the fit and
    the cost; net221_train: the loss curve), computed by the Python reference."""
    figures = []
    if "gd" in algorithms or "linreg" in algorithms:
        from nnref import gd_plots
        drawn = gd_plots.figures()
        titles = {"gd_1d_path.png": ("gd", "Gradient descent path, one variable (SPEC B1)"),
                  "gd_2d_path.png": ("gd", "Gradient descent path, two variables (SPEC B2)"),
                  "linreg_fit.png": ("linreg", "Regression line (SPEC B3)"),
                  "linreg_cost.png": ("linreg", "Cost per iteration (SPEC B3)")}
        for name, figure in drawn.items():
            algorithm, title = titles.get(name, (None, name))
            if algorithm in algorithms:
                figures.append(Figure(title, png(figure)))
            else:
                plt.close(figure)
    if "net221_train" in algorithms or "net221" in algorithms:
        from nnref.net221_defects import COMPUTATIONAL
        figure = net221_port_loss(COMPUTATIONAL)
        figures.append(Figure("Loss curve: 2-2-1 network (SPEC A7) and the published port",
                              figure.png, "The published port's four computational defects "
                              "(SPEC A8), replayed from the same start."))
    return figures


def bench_figures(implementations: list) -> list:
    """Seconds per epoch per implementation, and test accuracy (per epoch when the rows carry
    `accuracy_per_epoch`, else the final accuracy)."""
    names = [r["name"] for r in implementations]
    figures = []
    figure, axes = plt.subplots(figsize=(6.5, 3.6), layout="constrained")
    seconds = [r.get("s_per_epoch") or 0.0 for r in implementations]
    bars = axes.barh(names, seconds, color="C0")
    axes.bar_label(bars, [f"{s:.3g} s" for s in seconds], padding=3, fontsize=8)
    axes.invert_yaxis()
    axes.set(xlabel="seconds per epoch", title="MNIST [784, 30, 10]: time per epoch")
    figures.append(Figure("Seconds per epoch", png(figure)))
    figure, axes = plt.subplots(figsize=(6.5, 3.6), layout="constrained")
    if any(r.get("accuracy_per_epoch") for r in implementations):
        for r in implementations:
            values = r.get("accuracy_per_epoch") or []
            axes.plot(range(1, len(values) + 1), values, "o-", label=r["name"])
        axes.set(xlabel="epoch", ylabel="test accuracy", title="MNIST accuracy per epoch")
        axes.legend()
    else:
        accuracy = [r.get("accuracy") or 0.0 for r in implementations]
        bars = axes.barh(names, accuracy, color="C2")
        axes.bar_label(bars, [f"{a:.4f}" for a in accuracy], padding=3, fontsize=8)
        axes.invert_yaxis()
        axes.set(xlabel="fraction correct on the 10,000 test images", xlim=(0, 1.1),
                 title="MNIST test accuracy after the run")
    axes.grid(True, color="0.9")
    figures.append(Figure("MNIST accuracy", png(figure)))
    return figures


GRADE_CATEGORIES = (("passed", "#3a9d4a"), ("wrong value", "#f0a030"), ("error", "#c0302a"),
                    ("not attempted", "#d8d8d8"))


def grade_category(row: dict) -> int:
    """Index into GRADE_CATEGORIES of one graded case."""
    message = row.get("message") or ""
    if row.get("passed"):
        return 0
    if row.get("first_divergence"):
        return 1
    if message.startswith(("error: not attempted", "error: not implemented")):
        return 3
    return 2


def grade_heatmap(lab: str, rows: list) -> Figure:
    """One lab's cases, a row of cells per function called, coloured by outcome."""
    calls = list(dict.fromkeys(r["call"] for r in rows))
    per_call = {c: [r for r in rows if r["call"] == c] for c in calls}
    width = max(len(v) for v in per_call.values())
    grid = np.full((len(calls), width), np.nan)
    for i, call in enumerate(calls):
        for j, row in enumerate(per_call[call]):
            grid[i, j] = grade_category(row)
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch
    cmap = ListedColormap([c for _, c in GRADE_CATEGORIES]).with_extremes(bad="white")
    figure, axes = plt.subplots(figsize=(min(16.0, 3.0 + 0.22 * width), 1.4 + 0.26 * len(calls)),
                                layout="constrained")
    axes.imshow(np.ma.masked_invalid(grid), cmap=cmap, vmin=-0.5, vmax=3.5, aspect="auto")
    axes.set_yticks(range(len(calls)), calls, fontsize=8)
    axes.set_xticks(range(width), [str(j + 1) for j in range(width)], fontsize=6)
    axes.set_xticks(np.arange(-0.5, width), minor=True)
    axes.set_yticks(np.arange(-0.5, len(calls)), minor=True)
    axes.grid(which="minor", color="white", linewidth=1)
    axes.tick_params(which="minor", length=0)
    counts = [sum(grade_category(r) == k for r in rows) for k in range(len(GRADE_CATEGORIES))]
    figure.legend(handles=[Patch(color=c, label=f"{name} ({n})") for (name, c), n in
                           zip(GRADE_CATEGORIES, counts)],
                  loc="outside lower center", ncols=4, fontsize=7, frameon=False)
    axes.set(xlabel="case (in the order graded)")
    axes.set_title(f"lab {lab}: {counts[0]} of {len(rows)} cases passed", fontsize=9)
    return Figure(f"Cases of lab {lab}", png(figure),
                  "One row per function the lab calls, one cell per case: passed, a wrong value "
                  "(see the failed cases' first divergence), an error (crash, timeout, refused "
                  "input not refused), or not attempted.")


def grade_points(labs: list) -> Figure:
    names = [r["lab"] for r in labs]
    figure, axes = plt.subplots(figsize=(6.5, 0.9 + 0.4 * len(labs)), layout="constrained")
    axes.barh(names, [r["max_points"] for r in labs], color="#e4e4e4")
    bars = axes.barh(names, [r["points"] for r in labs], color="#3a9d4a")
    axes.bar_label(bars, [f"{r['points']}/{r['max_points']}" for r in labs], padding=3,
                   fontsize=8)
    axes.invert_yaxis()
    axes.set(xlabel="points (grey: the lab's maximum)", title="Points per lab")
    return Figure("Points per lab", png(figure))
