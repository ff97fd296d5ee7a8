"""The lab registry of `nnref grade`: a lab is one entry; fresh cases are seeded, unseen and
computed by the reference; a lab without fixtures is reported unavailable."""
import math
import shutil
from pathlib import Path

import numpy as np

from grade_support import REFERENCE, exit_status, graded, lab_row
from nnref.grade.cases import graded_cases
from nnref.grade.labs import LABS, Lab
from nnref.grade.templates import write_templates
from nnref.matlab_lint import lint_tree


def test_a_new_lab_is_one_registry_entry(tmp_path, monkeypatch):
    monkeypatch.setitem(LABS, "loss", Lab("loss", "the mean squared error alone", stems=("mse",)))
    octave, python = tmp_path / "octave", tmp_path / "python"
    octave.mkdir()
    python.mkdir()
    shutil.copy2(REFERENCE / "octave" / "mse.m", octave / "mse.m")
    (python / "loss.py").write_text("import numpy as np\n\n\ndef mse(y_true, y_pred):\n"
                                    "    return np.mean((np.asarray(y_true) - y_pred) ** 2)\n")
    for path in (octave, python):
        row = lab_row(graded(path, ["loss"]), "loss")
        assert row["status"] == "graded" and row["points"] == row["max_points"] > 0
        assert row["fresh_cases"] > 0
    written = write_templates(tmp_path / "templates")
    stub = tmp_path / "templates" / "octave" / "loss" / "mse.m"
    assert stub in written and stub.read_text().startswith("function loss = mse(y_true, y_pred)")
    template = graded(tmp_path / "templates" / "python" / "loss", ["loss"])
    assert lab_row(template, "loss")["points"] == 0 and exit_status(template) == 1


def test_a_lab_whose_fixtures_do_not_exist_is_unavailable(monkeypatch):
    monkeypatch.setitem(LABS, "future", Lab("future", "not written yet", stems=("nosuch",)))
    document = graded(REFERENCE / "python", ["neuron", "future"])
    future = lab_row(document, "future")
    assert future["status"] == "unavailable" and "shared_fixtures/nosuch.json" in future["message"]
    assert exit_status(document) == 0  # what could be graded got full marks


def test_fresh_cases_are_seeded_unseen_and_right():
    lab = LABS["neuron"]
    first, again, other = graded_cases(lab, 11), graded_cases(lab, 11), graded_cases(lab, 12)
    fresh = [c for c in first if c.source == "fresh"]
    assert len(fresh) >= 10
    assert [c.id for c in fresh] == [c.id for c in again if c.source == "fresh"]
    for a, b, c in zip(fresh, [c for c in again if c.source == "fresh"],
                       [c for c in other if c.source == "fresh"]):
        assert all(np.array_equal(x, y) for x, y in zip(a.inputs, b.inputs))
        assert not all(np.array_equal(x, y) for x, y in zip(a.inputs, c.inputs))
        assert not all(np.array_equal(x, y) for x, y in zip(a.inputs, a.origin.arguments()))
    for case in fresh:  # expected values agree with the closed forms, computed here by hand
        if case.call == "sigmoid":
            want = [1 / (1 + math.exp(-z)) for z in np.ravel(case.inputs[0])]
            assert np.allclose(np.ravel(case.expected["a"]), want, rtol=1e-14, atol=0)
        if case.call == "neuron":
            w, b, x = (np.ravel(v) for v in case.inputs)
            want = 1 / (1 + math.exp(-(float(w @ x) + float(b[0]))))
            assert math.isclose(float(case.expected["y"]), want, rel_tol=1e-14)


def test_every_lab_draws_fresh_cases_for_most_of_its_functions():
    for name, lab in LABS.items():
        cases = graded_cases(lab, 5)
        calls = {c.call for c in cases}
        fresh_calls = {c.call for c in cases if c.source == "fresh"}
        assert len(fresh_calls) >= len(calls) // 2, (name, sorted(calls - fresh_calls))


def test_octave_files_of_the_grader_are_matlab_clean():
    root = Path(__file__).resolve().parents[1]
    for tree in ("python/nnref/grade/octave", "labs/templates/octave",
                 "tests/submissions/reference/octave"):
        assert lint_tree(root / tree) == []
