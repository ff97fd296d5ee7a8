"""The report machinery (issue 10) on made-up documents: heat maps, failing outcomes, the
directory a report owns, a report that cannot be written, the generic report, and --report on
each command's parser.  Each command's real report, on disk and in Chromium:
tests/test_report_commands.py."""
import json
import math
import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from matplotlib.patches import Rectangle

from nnref.cli import build_parser
from nnref.report import REPORT_COMMANDS
from nnref.report.builders import build
from nnref.report.plots import cell_of, draw_heatmap
from nnref.report.write import write_report

def nnref(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nnref", *args], capture_output=True, text=True,
                          env={**os.environ}, timeout=300)


def failing_rows():
    base = {"algorithm": "demo", "max_rel_err": None, "tolerance": {"rtol": 1e-12, "atol": 0.0},
            "message": ""}
    return [
        {**base, "case": "exact", "lang": "python", "max_abs_err": 0.0, "max_ulp": 0,
         "passed": True},
        {**base, "case": "exact", "lang": "octave", "max_abs_err": 2e-16, "max_ulp": 2,
         "passed": True},
        {**base, "case": "off", "lang": "python", "max_abs_err": 0.5, "max_ulp": 10 ** 15,
         "passed": False, "message": "y(1): got 1.5, expected 1"},
        {**base, "case": "off", "lang": "octave", "max_abs_err": 0.0, "max_ulp": 0,
         "passed": True},
        {**base, "case": "refused", "lang": "python", "max_abs_err": None, "max_ulp": None,
         "passed": True},
        {**base, "case": "refused", "lang": "octave", "max_abs_err": None, "max_ulp": None,
         "passed": False, "message": "expected error nnref:badShape: ...; got no error"},
    ]


def test_heat_map_cells_and_red_frames_follow_the_rows():
    assert cell_of({"max_ulp": 0, "max_abs_err": 0.0}) == (0.0, "0")
    assert cell_of({"max_ulp": 99, "max_abs_err": 1e-14}) == (2.0, "99")
    value, label = cell_of({"max_ulp": None, "max_abs_err": None, "passed": True})
    assert math.isnan(value) and label == "error ok"
    figure = draw_heatmap("demo", failing_rows())
    axes = figure.axes[0]
    frames = [p for p in axes.patches if isinstance(p, Rectangle) and p.get_edgecolor()[:3] == (1, 0, 0)]
    assert sorted((p.get_x() + 0.5, p.get_y() + 0.5) for p in frames) == [(0, 1), (1, 2)]
    assert [t.get_text() for t in axes.texts] == ["0", "2", "1e+15", "0", "error ok", "no result"]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["exact", "off", "refused"]
    grid = axes.images[0].get_array()
    assert grid[0, 0] == 0 and grid[0, 1] == pytest.approx(np.log10(3))
    assert grid.mask[2].all()


def test_a_failing_check_is_reported_as_failing(tmp_path):
    rows = failing_rows()
    report = build("check", {"summary": {"cases": 6, "passed": 4, "failed": 2}, "rows": rows})
    assert not report.ok and report.status == "6 rows: 4 passed, 2 failed (python, octave)"
    failed = report.tables[2].frame
    assert list(failed["case"]) == ["off", "refused"]
    write_report(report, tmp_path)
    html = (tmp_path / "report.html").read_text()
    assert 'class="status wrong"' in html and "y(1): got 1.5, expected 1" in html
    assert (tmp_path / "failed-cases.csv").read_text().count("\n") == 3


def test_a_second_report_replaces_the_first(tmp_path):
    rows = failing_rows()
    write_report(build("check", {"summary": {}, "rows": rows} | {"summary": {
        "cases": 6, "passed": 4, "failed": 2}}), tmp_path)
    assert (tmp_path / "error-per-case-demo.png").is_file()
    (tmp_path / "mine.txt").write_text("not the report's")
    write_report(build("bench", {"config": {"epochs": 1}, "implementations": [],
                                 "machine": {}}), tmp_path)
    assert not (tmp_path / "error-per-case-demo.png").exists()
    assert not (tmp_path / "all-cases.csv").exists()
    assert (tmp_path / "mine.txt").is_file() and (tmp_path / "configuration.csv").is_file()


def test_a_report_that_cannot_be_written_is_exit_2_and_json_stays_on_stdout(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = nnref("check", "--only", "mse", "--lang", "python", "--format", "json",
                   "--report", str(blocker / "report"))
    assert result.returncode == 2
    assert json.loads(result.stdout)["summary"]["failed"] == 0
    assert "nnref:reportFailed: cannot write the report into" in result.stderr


def test_bench_accuracy_per_epoch_is_drawn_when_the_rows_carry_it():
    rows = [{"name": "numpy", "s_per_epoch": 0.5, "accuracy": 0.9,
             "speedup_vs_per_sample": 6.0}]
    final = build("bench", {"config": {}, "implementations": rows, "machine": {}})
    rows[0]["accuracy_per_epoch"] = [0.85, 0.9]
    per_epoch = build("bench", {"config": {}, "implementations": rows, "machine": {}})
    assert final.figures[1].png != per_epoch.figures[1].png
    assert final.status == "1 implementations; fastest numpy at 0.5 s per epoch"


def test_grade_heat_map_sorts_cases_into_outcomes():
    from nnref.report.plots import grade_category
    assert grade_category({"passed": True}) == 0
    assert grade_category({"passed": False, "first_divergence": {"output": "a"}}) == 1
    assert grade_category({"passed": False, "message": "error: timed out after 10 s"}) == 2
    assert grade_category({"passed": False, "message": "error: not implemented: no f.m"}) == 3


def test_every_report_command_the_parser_has_takes_report():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    assert {"check", "check-port", "bench"} <= set(commands)
    for name in REPORT_COMMANDS:
        if name in commands:
            options = commands[name]._option_string_actions
            assert "--report" in options, f"{name} has no --report"
    assert "--report" not in commands["fetch-mnist"]._option_string_actions


def test_generic_report_for_a_command_without_a_builder(tmp_path):
    document = {"verdict": "ok", "score": 0.75, "config": {"a": 1, "b": "x"},
                "results": [{"port": "p1", "passed": True}, {"port": "p2", "passed": False}],
                "notes": ["one", "two"]}
    report = build("grade-like", document)
    assert report.ok
    assert [t.title for t in report.tables] == ["Summary", "Config", "Results", "Notes"]
    assert report.tables[0].frame.to_dict("records") == [
        {"field": "verdict", "value": "ok"}, {"field": "score", "value": 0.75}]
    write_report(report, tmp_path)
    results = pd.read_csv(tmp_path / "results.csv")
    assert list(results["passed"]) == [True, False]


def test_lab_figures_are_drawn_from_computed_runs():
    from nnref.net241 import net241_train
    from nnref.report import figures
    from nnref.sigmoid import sigmoid
    losses = figures.moons_losses()
    assert len(losses) == len(figures.OPTIMIZERS)
    for values in losses.values():
        assert len(values) == figures.MOONS_EPOCHS and values[-1] < values[0] / 5
    drawn = figures.plot_moons(losses).axes[0].get_lines()
    assert [line.get_label() for line in drawn] == list(losses)
    assert np.array_equal(drawn[-1].get_ydata(), list(losses.values())[-1])
    case = {c.id: c for c in figures.load_fixture(figures.fixture_path("net241")).cases}[
        figures.MOONS_CASE]
    start = [case.inputs[k] for k in ("X", "Y", "W1", "B1", "W2", "B2")]
    assert np.array_equal(net241_train(*start, 3, "adam", {"lr": 0.05})[4],
                          losses["adam, lr 0.05"][:3])
    point = figures.plot_sigmoid().axes[0].get_lines()[2]
    assert point.get_ydata()[0] == sigmoid(7.0) and "0.9990889488055994" in point.get_label()
    accuracy = [0.9 + 0.001 * k for k in range(30)]
    line = figures.plot_mnist(accuracy).axes[0].get_lines()[0]
    assert list(line.get_ydata()) == accuracy
