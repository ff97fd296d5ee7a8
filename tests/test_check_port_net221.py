"""`nnref check-port net221` (SPEC G) on the ports of tests/ports/net221 and on mutants made
at test time from its correct port, one catalogued bug each (SPEC A8)."""
import json
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from nnref.ports.net221 import DEFECT_ORDER, check_port

PORTS = Path(__file__).parent / "ports" / "net221"
CORRECT_LINE = ("function [MyWeightValue, MyBias, losses] = "
                "BPNeural(MyWeightValue, MyBias, X_matrix, all_y_trues)")

# defect id -> edits (file, old text, new text) that put exactly that bug into the correct port
MUTANTS = {
    "x1-typo": [("BPNeural.m", "MyWeightValue(2) * X(2) + MyBias(1);",
                 "MyWeightValue(2) * X(1) + MyBias(1);")],
    "b2-chain": [("BPNeural.m", "d_ypred_d_h2 * d_h2_d_b2;", "d_ypred_d_h1 * d_h2_d_b2;")],
    "output-extra-factor": [
        ("BPNeural.m", f"d_L_d_ypred * d_ypred_d_{p};", f"d_L_d_ypred * d_ypred_d_h1 * d_ypred_d_{p};")
        for p in ("w5", "w6", "b3")],
    "one-sample-epochs": [("BPNeural.m", "for step = 1:epochs * n", "for step = 1:epochs"),
                          ("BPNeural.m", "if mod(step, 10 * n) == n", "if mod(step, 10) == 0")],
    "no-outputs": [("BPNeural.m", CORRECT_LINE,
                    "function BPNeural(MyWeightValue, MyBias, X_matrix, all_y_trues)")],
    "scalar-sigmoid": [("sigmoid.m", "y = 1 ./ (1 + exp(-x));", "y = 1 / (1 + exp(-x));")],
}
# where each mutant's trace first leaves the correct one (None: the numbers are right)
FIRST_DIVERGENCE = {"x1-typo": (1, "sum_h1"), "b2-chain": (1, "dL_db2"),
                    "output-extra-factor": (1, "dL_dw5"), "one-sample-epochs": (4, "loss"),
                    "no-outputs": None, "scalar-sigmoid": None}
# ports that are wrong outside the catalogue, or cannot run
OTHERS = {
    "double-rate": [("BPNeural.m", "learn_rate = 0.1;", "learn_rate = 0.2;")],
    "summed-loss": [("mse_loss.m", "loss = mean((y_true - y_pred) .^ 2);",
                     "loss = sum((y_true - y_pred) .^ 2);")],
    "renamed-correct": [("BPNeural.m", CORRECT_LINE, "function [w, b, loss_history] = "
                         "BPNeural(w, b, X_matrix, all_y_trues)")]
    + [("BPNeural.m", old, new) for old, new in (("MyWeightValue", "w"), ("MyBias", "b"),
                                                 ("losses", "loss_history"))],
}


def make_port(directory: Path, edits) -> Path:
    """A copy of the correct port with `edits`; each old text must occur exactly once (or, for
    a rename, at least once), so a mutant carries exactly the bug it is named after."""
    shutil.copytree(PORTS / "correct", directory)
    for name, old, new in edits:
        path = directory / name
        text = path.read_text()
        count = text.count(old)
        assert count == 1 or (count > 1 and old.isidentifier()), f"{name}: {old!r} x{count}"
        path.write_text(text.replace(old, new))
    return directory


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    """check_port on a named port (a directory of tests/ports/net221, a mutant or another
    variant), each checked once per module run."""
    root = tmp_path_factory.mktemp("net221-ports")

    @cache
    def run(name: str) -> dict:
        if (PORTS / name).is_dir():
            return check_port(PORTS / name)
        return check_port(make_port(root / name, {**MUTANTS, **OTHERS}[name]))
    return run


def test_the_correct_port_is_ok(check):
    document = check("correct")
    assert document["verdict"] == "ok" and document["defects"] == []
    assert document["first_divergence"] is None and document["kind"] == "net221"


@pytest.mark.parametrize("defect", DEFECT_ORDER)
def test_each_catalogue_mutant_is_named_exactly(check, defect):
    document = check(defect)
    assert (document["verdict"], document["defects"]) == ("defective", [defect]), document
    divergence = document["first_divergence"]
    expected = FIRST_DIVERGENCE[defect]
    if expected is None:
        assert divergence is None
    else:
        assert (divergence["step"], divergence["variable"]) == expected
        assert divergence["expected"] != divergence["got"]


def test_the_published_variant_with_outputs_has_the_five_other_defects(check):
    document = check("published_with_outputs")
    assert document["defects"] == [d for d in DEFECT_ORDER if d != "no-outputs"]
    assert document["verdict"] == "defective"
    assert (document["first_divergence"]["step"], document["first_divergence"]["variable"]) == \
        (1, "sum_h1")


def test_cli_names_all_six_defects_of_the_published_port_json_only_on_stdout(tmp_path):
    """The faithful copy (no outputs, prints every 10 epochs, ends with plot): exit 1, the six
    ids in SPEC order, stdout nothing but the JSON, and no temporary copy left behind."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    result = subprocess.run([sys.executable, "-m", "nnref", "check-port", "net221",
                             str(PORTS / "published"), "--format", "json"],
                            capture_output=True, text=True, env={**os.environ, "TMPDIR": str(temp)})
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    assert document["verdict"] == "defective"
    assert document["defects"] == list(DEFECT_ORDER)
    assert document["first_divergence"]["step"] == 1
    assert document["first_divergence"]["variable"] == "sum_h1"
    assert not list(temp.iterdir())


def test_a_port_that_cannot_be_parsed_is_an_error_with_octaves_message(tmp_path):
    result = subprocess.run([sys.executable, "-m", "nnref", "check-port", "net221",
                             str(PORTS / "broken"), "--format", "json"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    document = json.loads(result.stdout)
    assert document["verdict"] == "error" and document["defects"] == []
    assert "parse error" in document["messages"][0]
    assert str(PORTS / "broken" / "BPNeural.m") in document["messages"][0]
    assert "Traceback" not in result.stderr


def test_a_port_that_crashes_is_an_error_with_octaves_message(tmp_path):
    port = make_port(tmp_path / "crashing", [])
    (port / "deriv_sigmoid.m").unlink()
    document = check_port(port)
    assert document["verdict"] == "error"
    assert "deriv_sigmoid" in document["messages"][0] and "undefined" in document["messages"][0]


@pytest.mark.parametrize("name, step, variable", [("double-rate", 4000, "w1"),
                                                  ("summed-loss", 4, "loss")])
def test_a_bug_outside_the_catalogue_is_unexplained_with_the_first_differing_output(
        check, name, step, variable):
    document = check(name)
    assert document["verdict"] == "unexplained" and document["defects"] == []
    divergence = document["first_divergence"]
    assert (divergence["step"], divergence["variable"]) == (step, variable)
    assert divergence["expected"] != divergence["got"]


def test_only_the_function_line_is_read_renamed_variables_are_still_ok(check):
    assert check("renamed-correct")["verdict"] == "ok"


def test_no_outputs_recovery_uses_the_ports_own_input_names(tmp_path):
    from nnref.ports.net221 import read_function_line, rewrite_function_line
    path = tmp_path / "BPNeural.m"
    path.write_text("% leading comment\nfunction BPNeural(w0, ...\n   b0, X, y)\n  w0 = 2 * w0;\nend\n")
    signature = read_function_line(path)
    assert (signature["outputs"], signature["inputs"]) == ([], ["w0", "b0", "X", "y"])
    rewrite_function_line(path, signature)
    assert path.read_text().splitlines()[1:3] == ["function [w0, b0] = BPNeural(w0, b0, X, y)",
                                                  "  w0 = 2 * w0;"]


@pytest.mark.parametrize("setup, reason", [
    (lambda d: None, "has no BPNeural.m"),
    (lambda d: (d / "BPNeural.m").write_text("w = 1;\nplot(w);\n"), "is a script, not a function"),
    (lambda d: (d / "BPNeural.m").write_text("function w = BPNeural(w, b)\nend\n"),
     "BPNeural takes 2 inputs"),
    (lambda d: (d / "BPNeural.m").write_text("function w = Train(w, b, X, y)\nend\n"),
     "defines function Train, not BPNeural"),
])
def test_a_directory_that_is_no_port_is_an_error_with_the_reason(tmp_path, setup, reason):
    setup(tmp_path)
    document = check_port(tmp_path)
    assert document["verdict"] == "error" and reason in document["messages"][0]
    assert "does not exist" in check_port(tmp_path / "missing")["messages"][0]
