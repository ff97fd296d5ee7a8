"""`nnref grade`: the reference ports get full marks, templates score zero, bad input is a
plain message with exit 2, and the JSON document has the documented shape."""
import re
import shutil

import pytest

from grade_support import (REFERENCE, REFERENCE_LABS, exit_status, failed, graded, json_of, lab_row, nnref,
                           submission)
from nnref.grade.cases import lab_available
from nnref.grade.labs import LABS
from nnref.fixtures import REPO_ROOT
from nnref.grade.templates import TEMPLATES, short_line, signatures

AVAILABLE = [name for name, lab in LABS.items() if not lab_available(lab)]
DOCUMENT_KEYS = {"submission", "language", "seed", "sandbox", "summary", "labs", "rows"}
LAB_KEYS = {"lab", "title", "status", "points", "max_points", "cases", "passed", "failed",
            "fresh_cases", "missing", "output_bytes", "output", "message"}
ROW_KEYS = {"lab", "case", "source", "call", "passed", "points", "max_points",
            "first_divergence", "message"}


@pytest.fixture(scope="module", params=["octave", "python"])
def reference_document(request):
    return graded(REFERENCE / request.param, REFERENCE_LABS)


def test_reference_ports_get_full_marks_on_fixture_and_fresh_cases(reference_document):
    assert exit_status(reference_document) == 0, failed(reference_document)[:3]
    for name in REFERENCE_LABS:
        row = lab_row(reference_document, name)
        assert row["status"] == "graded" and row["points"] == row["max_points"] > 0, row
        assert row["fresh_cases"] > 0, name  # every lab is also graded on unseen inputs
    sources = {r["source"] for r in reference_document["rows"]}
    assert sources == {"fixture", "fresh"}


def test_document_has_the_documented_shape(reference_document):
    document = reference_document
    assert set(document) == DOCUMENT_KEYS
    assert document["seed"] == 20240901
    assert set(document["sandbox"]) == {"kind", "network_off", "read_only_fs",
                                        "checkout_hidden", "limits", "notes"}
    assert all(set(row) == LAB_KEYS for row in document["labs"])
    assert all(set(row) == ROW_KEYS for row in document["rows"])
    summary = document["summary"]
    assert summary["points"] == summary["max_points"] == sum(r["max_points"] for r in document["rows"])
    assert summary["cases"] == len(document["rows"]) == summary["passed"]


@pytest.fixture(scope="module")
def all_templates(tmp_path_factory):
    """The templates of every lab merged into one submission per language."""
    merged = {}
    for lang in ("octave", "python"):
        target = tmp_path_factory.mktemp(f"templates-{lang}")
        for lab in AVAILABLE:
            for source in (TEMPLATES / lang / lab).iterdir():
                shutil.copy2(source, target / source.name)
        merged[lang] = target
    return merged


@pytest.mark.parametrize("lang", ["octave", "python"])
def test_templates_score_zero_with_not_implemented_messages(all_templates, lang):
    document = graded(all_templates[lang], AVAILABLE)
    assert exit_status(document) == 1
    for name in AVAILABLE:
        row = lab_row(document, name)
        assert row["status"] == "graded" and row["points"] == 0 < row["max_points"], row
    assert all("not implemented" in r["message"].lower() for r in document["rows"])


@pytest.mark.parametrize("lab", AVAILABLE)
def test_templates_declare_the_contract_signatures(lab):
    sigs = signatures(LABS[lab])
    octave = TEMPLATES / "octave" / lab
    assert sorted(p.name for p in octave.glob("*.m")) == sorted(f"{s.call}.m" for s in sigs)
    for sig in sigs:
        assert (octave / f"{sig.call}.m").read_text().splitlines()[0] == sig.octave_line()
    python = (TEMPLATES / "python" / lab / f"{LABS[lab].module}.py").read_text()
    assert re.findall(r"^def .*:$", python, flags=re.M) == [s.python_line() for s in sigs]


def test_readme_documents_every_function_line_of_every_lab():
    readme = (REPO_ROOT / "README.md").read_text()
    section = readme.split("## Grading student ports")[1].split("\n## ")[0]
    for lab in AVAILABLE:
        for sig in signatures(LABS[lab]):
            assert f"`{short_line(sig)}`" in section, (lab, sig.call)


def test_a_lab_without_its_files_is_reported_not_attempted(tmp_path):
    neuron_only = tmp_path / "neuron-only"
    neuron_only.mkdir()
    for name in ("sigmoid.m", "sigmoid_prime.m", "neuron.m", "mse.m"):
        shutil.copy2(REFERENCE / "octave" / name, neuron_only / name)
    document = graded(neuron_only, ["neuron", "network"])
    assert lab_row(document, "neuron")["points"] == lab_row(document, "neuron")["max_points"]
    network = lab_row(document, "network")
    assert network["status"] == "not-attempted" and network["points"] == 0
    assert network["message"].startswith("not attempted: no network_feedforward.m")
    assert exit_status(document) == 1
    assert document["summary"]["attempted"] == 1


def test_a_missing_function_file_costs_its_cases_only(tmp_path):
    path = submission(tmp_path, "octave")
    (path / "sigmoid_prime.m").unlink()
    row = lab_row(graded(path, ["neuron"]), "neuron")
    assert row["missing"] == ["sigmoid_prime"]
    assert row["message"].startswith("missing sigmoid_prime.m")
    document = graded(path, ["neuron"])
    assert {r["call"] for r in failed(document)} == {"sigmoid_prime"}


def both_languages(tmp):
    (tmp / "a.m").write_text("x = 1;\n")
    (tmp / "b.py").write_text("x = 1\n")
    return tmp


def a_file(tmp):
    (tmp / "notes.txt").write_text("hello")
    return tmp / "notes.txt"


@pytest.mark.parametrize("make, expected", [
    (lambda tmp: tmp / "nowhere", "does not exist"),
    (lambda tmp: tmp, "has no .m or .py file"),
    (both_languages, "has both .m and .py files"),
    (a_file, "is not a directory"),
])
def test_bad_paths_are_exit_2_with_a_plain_message(tmp_path, make, expected):
    done = nnref("grade", str(make(tmp_path)), "--format", "json")
    assert done.returncode == 2
    assert expected in json_of(done)["error"]
    assert "Traceback" not in done.stderr and expected in done.stderr


def test_unknown_lab_and_bad_options_are_exit_2():
    done = nnref("grade", str(REFERENCE / "python"), "--lab", "nolab", "--format", "json")
    assert done.returncode == 2 and "no lab named nolab" in json_of(done)["error"]
    done = nnref("grade", str(REFERENCE / "python"), "--sandbox", "maybe", "--format", "json")
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_cli_formats_and_exit_codes(tmp_path):
    done = nnref("grade", str(REFERENCE / "python"), "--lab", "neuron", "--seed", "7")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "seed 7" in done.stdout and "31/31 points" not in done.stderr
    assert re.search(r"(\d+)/\1 points", done.stdout)
    done = nnref("grade", str(REFERENCE / "python"), "--lab", "neuron", "--format", "csv")
    assert done.stdout.splitlines()[0].startswith("lab,case,source,call,passed,points")
    template = TEMPLATES / "python" / "neuron"
    done = nnref("grade", str(template), "--lab", "neuron", "--format", "md")
    assert done.returncode == 1
    assert "## failed cases (first divergence)" in done.stdout and "not implemented" in done.stdout
    document = json_of(nnref("grade", str(template), "--lab", "neuron", "--format", "json"))
    assert document["summary"]["points"] == 0
