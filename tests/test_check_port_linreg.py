"""`nnref check-port linreg` (SPEC B3, G) on the ports in tests/ports/linreg/: a faithful copy of
the published script layout, three mutants of it, and a correct port in function files."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from nnref.ports.linreg import check_port

PORTS = Path(__file__).parent / "ports" / "linreg"
SCRIPT = "linreg_gd_script.m"


def run_cli(path) -> tuple[int, dict, str]:
    """Exit status, the JSON document (the whole of stdout) and stderr."""
    result = subprocess.run([sys.executable, "-m", "nnref", "check-port", "linreg", str(path),
                             "--format", "json"], capture_output=True, text=True)
    return result.returncode, json.loads(result.stdout), result.stderr


@pytest.fixture(scope="module")
def published():
    return run_cli(PORTS / "published_layout" / SCRIPT)


def test_published_layout_is_functions_after_use_with_theta_right(published):
    status, document, stderr = published
    assert status == 1 and "Traceback" not in stderr
    assert document["kind"] == "linreg" and document["verdict"] == "defective"
    assert document["defects"] == ["functions-after-use"]
    assert document["first_divergence"] is None
    text = "\n".join(document["messages"])
    assert "calls gradient_descent (line 13) before the functions defined at its end" in text
    assert "stops with: 'gradient_descent' undefined" in text      # what Octave 7 really says
    assert "moved ahead of the code, the script runs to the end" in text
    assert "theta = [0.137298706060" in text and "1.476776627142" in text
    assert "4344 updates (counted from 4345 calls of gradient_function)" in text


def test_directory_holding_the_script_gives_the_same_verdict():
    document = check_port(PORTS / "published_layout")
    assert (document["verdict"], document["defects"]) == ("defective", ["functions-after-use"])


def test_sign_error_diverges_at_step_one():
    document = check_port(PORTS / "mutant_gradient_sign" / SCRIPT)
    assert document["verdict"] == "unexplained"
    assert document["defects"] == ["functions-after-use"]
    divergence = document["first_divergence"]
    assert (divergence["step"], divergence["variable"]) == (1, "gradient(1)")
    assert divergence["got"] == pytest.approx(-divergence["expected"]) and divergence["got"] > 0
    assert any("opposite sign" in message for message in document["messages"])


def test_missing_division_by_m_diverges_at_step_one():
    document = check_port(PORTS / "mutant_missing_m" / SCRIPT)
    assert document["verdict"] == "unexplained"
    divergence = document["first_divergence"]
    assert (divergence["step"], divergence["variable"]) == (1, "gradient(1)")
    assert divergence["got"] == pytest.approx(18 * divergence["expected"])
    assert any("m = 18 times too large" in message for message in document["messages"])


def test_stopping_at_the_first_small_component_stops_too_early():
    document = check_port(PORTS / "mutant_first_small_component" / SCRIPT)
    assert document["verdict"] == "unexplained"
    divergence = document["first_divergence"]
    assert divergence["variable"] == "updates" and divergence["expected"] == 4344
    assert 0 < divergence["got"] < 4344 and divergence["step"] == divergence["got"] + 1
    assert any("one gradient component was within 1e-05 but not every one" in message
               for message in document["messages"])


def test_correct_function_files_are_ok():
    status, document, _ = run_cli(PORTS / "function_files")
    assert status == 0
    assert document == {"kind": "linreg", "verdict": "ok", "defects": [],
                        "first_divergence": None, "messages": document["messages"]}
    assert "4344 updates (its second output)" in document["messages"][0]


def test_script_with_its_functions_first_is_ok(tmp_path):
    text = (PORTS / "published_layout" / SCRIPT).read_text()
    start = text.index("function j = error_function")
    script = tmp_path / "functions_first.m"
    script.write_text("1;\n" + text[start:] + "\n" + text[:start])
    document = check_port(script)
    assert (document["verdict"], document["defects"]) == ("ok", []), document["messages"]


def test_a_wrong_update_count_in_the_second_output_is_found(tmp_path):
    port = tmp_path / "port"
    port.mkdir()
    for name in ("gradient_function.m",):
        (port / name).write_text((PORTS / "function_files" / name).read_text())
    text = (PORTS / "function_files" / "gradient_descent.m").read_text()
    (port / "gradient_descent.m").write_text(text.replace("updates = 0;", "updates = 1;"))
    document = check_port(port)
    assert document["verdict"] == "unexplained"
    assert document["first_divergence"] == {"step": 4345, "variable": "updates",
                                            "expected": 4344, "got": 4345}


@pytest.mark.parametrize("files, message", [
    ({}, "no .m files in this directory"),
    ({"gradient_function.m": "function g = gradient_function(theta, X, y, m)\n  g = 0;\nend\n"},
     "no function gradient_descent"),
    ({"gradient_descent.m": "function theta = gradient_descent(X, y, alpha, m)\n"
                            "  theta = [1; 1] - alpha * undefined_thing;\nend\n"},
     "the port stopped with an error: 'undefined_thing' undefined"),
    ({"gradient_descent.m": "function gradient_descent(X, y, alpha, m)\n  disp(1);\nend\n"},
     "gradient_descent has no output arguments"),
], ids=["empty", "no-gradient-descent", "crashes", "no-outputs"])
def test_ports_that_cannot_be_run_are_errors(tmp_path, files, message):
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    document = check_port(tmp_path)
    assert document["verdict"] == "error" and document["first_divergence"] is None
    assert message in document["messages"][0]


def test_missing_path_exits_2_with_json_and_no_traceback(tmp_path):
    status, document, stderr = run_cli(tmp_path / "nothing.m")
    assert status == 2 and document["verdict"] == "error"
    assert "not a .m file or a directory" in document["messages"][0]
    assert "Traceback" not in stderr
