"""`nnref check` as other programs use it (SPEC Part G): flags, JSON keys, exit codes."""
import json
import os
import shutil
import subprocess
import sys

import pytest

from nnref.encoding import encode
from nnref.fixtures import dump_fixture, fixtures_dir, record_checksums

ROW_KEYS = {"algorithm", "case", "lang", "max_abs_err", "max_rel_err", "max_ulp", "tolerance",
            "passed", "message"}


def nnref(*args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nnref", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=300)


@pytest.fixture(scope="module")
def full_check():
    return nnref("check", "--format", "json")


def test_check_json_reports_every_case_passing_in_both_languages(full_check):
    assert full_check.returncode == 0, full_check.stderr
    document = json.loads(full_check.stdout)  # the JSON document is all there is on stdout
    assert set(document) == {"summary", "rows"}
    rows = document["rows"]
    assert all(set(row) == ROW_KEYS for row in rows)
    assert document["summary"] == {"cases": len(rows), "passed": len(rows), "failed": 0}
    assert {row["lang"] for row in rows} == {"python", "octave"}
    from conftest import CASES
    assert len(rows) == 2 * len(CASES)
    for uid in ["sigmoid::a1-published", "neuron::a1-published", "net221::a2-published",
                "mse::a3-published"]:
        algorithm, case = uid.split("::")
        langs = {r["lang"] for r in rows if r["algorithm"] == algorithm and r["case"] == case
                 and r["passed"]}
        assert langs == {"python", "octave"}, uid


def test_check_json_figures_are_numbers_or_null(full_check):
    for row in json.loads(full_check.stdout)["rows"]:
        assert row["max_ulp"] is None or isinstance(row["max_ulp"], int)
        assert set(row["tolerance"]) == {"rtol", "atol"}
        if row["max_abs_err"] is not None:
            assert row["max_abs_err"] >= 0 and row["max_rel_err"] >= 0


@pytest.mark.parametrize("fmt, marker", [("table", "max_abs_err"), ("md", "|"),
                                         ("csv", "algorithm,case,lang")])
def test_other_formats(fmt, marker):
    result = nnref("check", "--lang", "python", "--only", "mse", "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert marker in result.stdout and "a3-published" in result.stdout


def test_only_and_lang_select_rows():
    result = nnref("check", "--lang", "python", "--only", "mse", "neuron", "--format", "json")
    rows = json.loads(result.stdout)["rows"]
    assert {r["lang"] for r in rows} == {"python"}
    assert {r["algorithm"] for r in rows} == {"mse", "neuron"}


@pytest.mark.parametrize("args", [["check", "--only", "nosuch"], ["check", "--lang", "fortran"],
                                  ["check", "--bogus"], ["frobnicate"]])
def test_usage_errors_exit_2_with_json_only_on_stdout(args):
    result = nnref(*args, "--format", "json")
    assert result.returncode == 2
    document = json.loads(result.stdout)
    assert "error" in document and result.stderr.strip()


def copied_fixtures(tmp_path):
    copy = tmp_path / "fixtures"
    shutil.copytree(fixtures_dir(), copy)
    return copy


def test_a_changed_expected_value_fails_the_check(tmp_path):
    """0.7216325609518421 -> 0.7216325609518431, hex and decimal changed together: exit 1,
    and exactly that case fails, in both languages."""
    copy = copied_fixtures(tmp_path)
    path = copy / "net221.json"
    document = json.loads(path.read_text())
    (case,) = [c for c in document["cases"] if c["id"] == "a2-published"]
    case["expected"]["o1"] = encode(0.7216325609518431)
    path.write_text(dump_fixture(document))
    result = nnref("check", "--only", "net221", "--format", "json", env={"NNREF_FIXTURES": str(copy)})
    assert result.returncode == 2  # edited without the generator: the checksum refuses it
    assert "differs from its checksum" in json.loads(result.stdout)["error"]
    record_checksums(copy, ["net221"])  # as if the generator had written it
    result = nnref("check", "--only", "net221", "--format", "json", env={"NNREF_FIXTURES": str(copy)})
    assert result.returncode == 1
    failed = [r for r in json.loads(result.stdout)["rows"] if not r["passed"]]
    assert {(r["case"], r["lang"]) for r in failed} == {("a2-published", "python"),
                                                       ("a2-published", "octave")}


def test_a_flipped_digit_in_one_text_is_refused_with_file_and_case(tmp_path):
    copy = copied_fixtures(tmp_path)
    path = copy / "net221.json"
    path.write_text(path.read_text().replace('"0.7216325609518421"', '"0.7216325609518422"', 1))
    result = nnref("check", "--format", "json", env={"NNREF_FIXTURES": str(copy)})
    assert result.returncode == 2
    error = json.loads(result.stdout)["error"]
    assert "net221.json: case a2-published: expected o1" in error


@pytest.mark.parametrize("executable", ["/nonexistent/octave", "/bin/false"])
def test_missing_or_broken_octave_is_exit_2_with_install_hint(executable):
    """Not installed, or a binary that is not Octave: exit 2, the JSON document alone on
    stdout (oct2py's own start-up messages are kept off it), and the install command."""
    result = nnref("check", "--format", "json", env={"OCTAVE_EXECUTABLE": executable})
    assert result.returncode == 2
    document = json.loads(result.stdout)
    assert "apt-get install -y octave" in document["error"]
    assert document["summary"] == {"cases": 0, "passed": 0, "failed": 0}


def test_python_only_check_runs_without_octave():
    result = nnref("check", "--lang", "python", env={"OCTAVE_EXECUTABLE": "/nonexistent/octave"})
    assert result.returncode == 0, result.stderr
