"""Helpers for the `nnref grade` tests: building submissions from tests/submissions/.

tests/submissions/reference/<lang>/ is a complete submission written against the lab
contract; every other tests/submissions/<name>/<lang>/ holds only the files that differ, laid
over a copy of the reference (so a fault in one lab sits beside correct labs).  Mutants are
text substitutions on a copy of the reference (tests/test_grade_mutants.py).
"""
import contextlib
import io
import json
import shutil
import subprocess
from pathlib import Path

from nnref.grade.grader import exit_status, grade
from nnref.grade.sandbox import Limits

SUBMISSIONS = Path(__file__).parent / "submissions"
REFERENCE = SUBMISSIONS / "reference"
SEED = 20240901
# Labs the reference submissions implement (in both languages).
REFERENCE_LABS = ["neuron", "net221", "gd", "linreg", "network", "toolbox"]
FAST = Limits(case_timeout=5.0, startup_grace=20.0)


def submission(tmp_path: Path, lang: str, overlay: str | None = None, edits=()) -> Path:
    """A copy of the reference with tests/submissions/<overlay>/<lang>/ laid over it and
    `edits` (file, old, new) applied; each `old` must occur exactly once."""
    target = tmp_path / f"{overlay or 'reference'}-{lang}"
    shutil.copytree(REFERENCE / lang, target)
    if overlay:
        for source in (SUBMISSIONS / overlay / lang).iterdir():
            shutil.copy2(source, target / source.name)
    for name, old, new in edits:
        path = target / name
        text = path.read_text()
        assert text.count(old) == 1, f"{name}: {old!r} occurs {text.count(old)} times"
        path.write_text(text.replace(old, new))
    return target


def graded(path, labs, limits: Limits = FAST, **options) -> dict:
    return grade(path, labs=labs, seed=SEED, limits=limits, **options)


def lab_row(document: dict, lab: str) -> dict:
    return next(row for row in document["labs"] if row["lab"] == lab)


def failed(document: dict, lab: str | None = None) -> list[dict]:
    return [r for r in document["rows"] if not r["passed"] and (lab is None or r["lab"] == lab)]


def nnref(*args) -> subprocess.CompletedProcess:
    """`nnref ARGS` run in this process (nnref.cli.main), its output captured: the grader
    itself never runs student code in-process, so this is as faithful as a subprocess."""
    from nnref.cli import main
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return subprocess.CompletedProcess(["nnref", *args], status, out.getvalue(), err.getvalue())


def json_of(done: subprocess.CompletedProcess) -> dict:
    return json.loads(done.stdout)


__all__ = ["submission", "graded", "lab_row", "failed", "nnref", "json_of", "exit_status",
           "REFERENCE", "REFERENCE_LABS", "SUBMISSIONS", "SEED", "FAST"]
