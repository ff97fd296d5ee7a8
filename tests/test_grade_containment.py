"""`nnref grade` contains untrusted code: a hang, a syntax error, a module that raises on
import, the wrong number of outputs, noise, a process exit, a memory hog, a cheat.  Each costs
its own cases, with a message saying why; the other labs are graded as usual."""
import subprocess
import sys
import time

import pytest

from grade_support import exit_status, failed, graded, lab_row, submission
from nnref.grade.sandbox import Limits, bwrap_status, sandbox_kind, wrap

BOTH = ["neuron", "network"]


def assert_network_untouched(document):
    row = lab_row(document, "network")
    assert row["status"] == "graded" and row["points"] == row["max_points"] > 0, row


@pytest.mark.parametrize("lang", ["octave", "python"])
def test_a_hanging_function_is_stopped_and_the_other_labs_are_graded(tmp_path, lang):
    path = submission(tmp_path, lang, "hang")
    started = time.monotonic()
    document = graded(path, BOTH, limits=Limits(case_timeout=1.5, startup_grace=20))
    assert time.monotonic() - started < 20
    bad = failed(document, "neuron")
    assert {r["call"] for r in bad} == {"neuron"}
    assert bad[0]["message"].startswith("error: timed out: no result within 1.5 s")
    assert all(r["message"] == "error: not run: neuron timed out on an earlier case"
               for r in bad[1:])
    passed = [r for r in document["rows"] if r["lab"] == "neuron" and r["passed"]]
    assert {r["call"] for r in passed} == {"sigmoid", "sigmoid_prime", "mse"}
    assert_network_untouched(document)
    assert exit_status(document) == 1


def test_octave_syntax_error_costs_the_functions_that_need_the_file(tmp_path):
    document = graded(submission(tmp_path, "octave", "syntax"), BOTH)
    bad = failed(document, "neuron")
    assert {r["call"] for r in bad} == {"sigmoid", "neuron"}  # neuron calls sigmoid
    assert all("parse error" in r["message"] for r in bad)
    assert str(tmp_path) in bad[0]["message"]  # the student's file, not the temporary copy
    assert_network_untouched(document)
    assert exit_status(document) == 1


@pytest.mark.parametrize("overlay, message", [
    ("syntax", "importing neuron.py failed: SyntaxError"),
    ("import_error", "importing neuron.py failed: RuntimeError: this module raises on import"),
])
def test_python_module_that_cannot_be_imported_scores_zero_in_its_lab(tmp_path, overlay, message):
    document = graded(submission(tmp_path, "python", overlay), BOTH)
    neuron = lab_row(document, "neuron")
    assert neuron["points"] == 0 and neuron["status"] == "graded"
    assert all(r["message"].startswith(f"error: {message}") for r in failed(document, "neuron"))
    assert_network_untouched(document)
    assert exit_status(document) == 1


@pytest.mark.parametrize("lang, message", [
    ("octave", "called with too many outputs"),
    ("python", "neuron returned a tuple of 2 values; the contract is one value"),
])
def test_wrong_number_of_outputs_is_named(tmp_path, lang, message):
    document = graded(submission(tmp_path, lang, "nargout"), ["neuron"])
    bad = failed(document)
    assert {r["call"] for r in bad} == {"neuron"} and all(message in r["message"] for r in bad)


@pytest.mark.parametrize("lang", ["octave", "python"])
def test_noise_figures_cwd_path_and_planted_files_do_not_leak(tmp_path, lang):
    limits = Limits(case_timeout=20, output_bytes=4096)
    document = graded(submission(tmp_path, lang, "noisy"), BOTH, limits=limits)
    neuron = lab_row(document, "neuron")
    assert neuron["points"] == neuron["max_points"], failed(document)[:2]
    assert neuron["output_bytes"] > 1_000_000 and len(neuron["output"]) <= 2000
    assert neuron["output"].startswith("noise noise")
    # the planted network_cost (C = 42) was written in the neuron lab's copy only
    assert_network_untouched(document)


def test_a_process_exit_costs_the_case_it_happened_in(tmp_path):
    path = submission(tmp_path, "octave", edits=[
        ("mse.m", "  d = y_true - y_pred;", "  if numel(y_true) > 5\n    exit(3);\n  end\n"
                                          "  d = y_true - y_pred;")])
    document = graded(path, ["neuron"])
    bad = failed(document)
    assert bad and {r["call"] for r in bad} == {"mse"}
    ended = [r for r in bad if r["message"] == "error: the process ended during this case: "
             "exit status 3 (exit or quit called?)"]
    assert 1 <= len(ended) <= 3  # after 3 endings mse is not called again
    assert all(r in ended or r["message"] == "error: not run: mse ended the process 3 times "
               "already" for r in bad)
    assert any(r["call"] == "mse" and r["passed"] for r in document["rows"])
    row = lab_row(document, "neuron")
    assert row["points"] == row["max_points"] - len(bad)


def test_memory_limit_turns_a_memory_hog_into_an_error(tmp_path):
    path = submission(tmp_path, "python", edits=[
        ("neuron.py", "    d = np.asarray(y_true, dtype=float) - np.asarray(y_pred, dtype=float)",
         "    hog = np.ones(2**31)\n"
         "    d = np.asarray(y_true, dtype=float) - np.asarray(y_pred, dtype=float)")])
    document = graded(path, ["neuron"], limits=Limits(case_timeout=5, memory_mb=1024))
    bad = failed(document)
    assert {r["call"] for r in bad} == {"mse"}
    assert all("MemoryError" in r["message"] for r in bad)


@pytest.mark.parametrize("lang", ["octave", "python"])
def test_a_cheat_reading_shared_fixtures_scores_nothing_on_fresh_cases(tmp_path, lang):
    path = submission(tmp_path, lang, "cheat")
    open_door = graded(path, ["neuron"], sandbox="none")
    rows = open_door["rows"]
    fixture_points = sum(r["points"] for r in rows if r["source"] == "fixture")
    fixture_max = sum(r["max_points"] for r in rows if r["source"] == "fixture")
    assert fixture_points >= fixture_max - 1  # the cheat works where it can read the answers
    assert sum(r["points"] for r in rows if r["source"] == "fresh") == 0
    assert sum(r["source"] == "fresh" for r in rows) >= 10
    if sandbox_kind("auto")[0] == "bwrap":  # the checkout is hidden: nothing to read at all
        closed = graded(path, ["neuron"])
        assert closed["summary"]["points"] <= 2


PROBE = """
import os, socket, sys
work = sys.argv[1]
def can(action):
    try:
        action()
        return "yes"
    except OSError:
        return "no"
print("write-work", can(lambda: open(os.path.join(work, "x"), "w").close()))
print("write-etc", can(lambda: open("/etc/nnref-grade-probe", "w").close()))
print("read-fixtures", can(lambda: open(sys.argv[2]).close()))
print("network", can(lambda: socket.create_connection(("1.1.1.1", 53), timeout=2)))
print("see-parent", "yes" if os.path.exists(f"/proc/{sys.argv[3]}") else "no")
"""


def test_without_bubblewrap_auto_degrades_and_bwrap_refuses(tmp_path, monkeypatch):
    import nnref.grade.sandbox as sandbox
    from nnref.errors import NnrefError
    monkeypatch.setattr(sandbox, "bwrap_status", lambda: (False, "bwrap is not here"))
    document = graded(submission(tmp_path, "python"), ["neuron"])
    assert document["sandbox"]["kind"] == "none" and not document["sandbox"]["network_off"]
    assert document["sandbox"]["notes"][0].startswith("bwrap is not here; graded with limits")
    assert exit_status(document) == 0
    with pytest.raises(NnrefError, match="--sandbox bwrap: bwrap is not here"):
        graded(submission(tmp_path / "again", "python"), ["neuron"], sandbox="bwrap")


def test_sandbox_modes_do_what_the_report_says(tmp_path):
    from nnref.fixtures import fixture_path
    kind, note = sandbox_kind("auto")
    works, why = bwrap_status()
    assert kind == ("bwrap" if works else "none") and (note == "" if works else why in note)
    if not works:  # bwrap is missing or refused here: the report says so, grading goes on
        assert graded(submission(tmp_path, "python"), ["neuron"])["sandbox"]["notes"]
        return
    (tmp_path / "probe.py").write_text(PROBE)
    command = [sys.executable, "-I", str(tmp_path / "probe.py"), str(tmp_path),
               str(fixture_path("neuron")), str(__import__("os").getpid())]
    seen = subprocess.run(wrap(command, tmp_path, tmp_path, "bwrap"), capture_output=True,
                          text=True, timeout=60).stdout
    assert dict(line.split() for line in seen.splitlines()) == {
        "write-work": "yes", "write-etc": "no", "read-fixtures": "no", "network": "no",
        "see-parent": "no"}
