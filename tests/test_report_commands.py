"""`--report DIR` on each command (issue 10), run once each: what lands on disk says what the
command said, and the HTML page renders in a real browser.

The browser is Debian's chromium, headless (./dev installs it; a missing chromium fails, it
never skips).  It loads report.html from disk in a fresh empty profile; the test reads the DOM
after the page's load script ran (--dump-dom): every table title and figure title is there,
exactly one <img> per figure, each decoded (naturalWidth > 0, which the page's script records
on each image).  A screenshot of each page is kept in build/test-artifacts/ (git-ignored).
"""
import csv
import json
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from nnref.fixtures import REPO_ROOT

ARTIFACTS = REPO_ROOT / "build" / "test-artifacts"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                  "--virtual-time-budget=15000"]
RUNS = {
    "check": ["check", "--only", "sigmoid", "mse", "gd", "linreg", "net221_train"],
    "check-port-net221": ["check-port", "net221", "tests/ports/net221/published"],
    "check-port-linreg": ["check-port", "linreg", "tests/ports/linreg/function_files"],
    "grade": ["grade", "tests/submissions/cheat/octave", "--lab", "neuron", "--seed", "1"],
    "bench": ["bench", "mnist", "--train-size", "200"],   # the page, not the speed, is tested
}


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """name -> (exit status, the JSON document printed, report directory, report.json)."""
    root, done = tmp_path_factory.mktemp("reports"), {}
    for name, args in RUNS.items():
        result = subprocess.run([sys.executable, "-m", "nnref", *args, "--format", "json",
                                 "--report", str(root / name)], capture_output=True, text=True,
                                timeout=300, cwd=REPO_ROOT)
        assert f"report written to {root / name / 'report.html'}" in result.stderr, result.stderr
        manifest = json.loads((root / name / "report.json").read_text())
        done[name] = (result.returncode, json.loads(result.stdout), root / name, manifest)
    return done


def read_csv(path) -> list:
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def titles(manifest: dict, kind: str) -> list:
    return [item["title"] for item in manifest[kind]]


def test_check_report_files_hold_the_commands_numbers(reports):
    status, document, directory, manifest = reports["check"]
    assert status == 0 and manifest["ok"] is True
    assert titles(manifest, "tables") == ["Summary", "Per algorithm and language",
                                          "Failed cases", "All cases"]
    assert titles(manifest, "figures") == [
        "Error per case: sigmoid", "Error per case: mse", "Error per case: gd",
        "Error per case: linreg", "Error per case: net221_train",
        "Gradient descent path, one variable (SPEC B1)",
        "Gradient descent path, two variables (SPEC B2)", "Regression line (SPEC B3)",
        "Cost per iteration (SPEC B3)",
        "Loss curve: 2-2-1 network (SPEC A7) and the published port"]
    for name in manifest["files"]:
        assert (directory / name).is_file(), name
    assert manifest["document"]["summary"] == document["summary"]
    rows, table = document["rows"], read_csv(directory / "all-cases.csv")
    assert len(table) == len(rows) == document["summary"]["cases"]
    for line, row in zip(table, rows):
        assert (line["algorithm"], line["case"], line["lang"]) == \
            (row["algorithm"], row["case"], row["lang"])
        assert line["rtol"] == repr(row["tolerance"]["rtol"])
        if row["max_abs_err"] is not None:
            assert float(line["max_abs_err"]) == row["max_abs_err"]   # every digit kept
    records = json.loads((directory / "all-cases.json").read_text())["rows"]
    assert [r["max_ulp"] for r in records] == [r["max_ulp"] for r in rows]
    for p in read_csv(directory / "per-algorithm-and-language.csv"):
        mine = [r for r in rows if (r["algorithm"], r["lang"]) == (p["algorithm"], p["lang"])]
        assert int(p["cases"]) == len(mine) and int(p["failed"]) == 0
        assert int(float(p["worst_ulp"])) == max(r["max_ulp"] for r in mine
                                                 if r["max_ulp"] is not None)
    markdown = (directory / "report.md").read_text()
    for title in titles(manifest, "tables") + titles(manifest, "figures"):
        assert f"## {title}" in markdown
    html = (directory / "report.html").read_text()
    assert html.count('src="data:image/png;base64,') == len(manifest["figures"])
    assert "http:" not in html and "https:" not in html and "file:" not in html


def test_net221_port_report_shows_verdict_divergence_and_loss_curve(reports):
    status, document, directory, manifest = reports["check-port-net221"]
    assert status == 1 and manifest["ok"] is False and manifest["document"] == document
    assert titles(manifest, "tables") == ["Verdict", "Defects", "First divergence", "Messages"]
    assert titles(manifest, "figures") == ["Loss curve: reference and port"]
    assert [d["defect"] for d in read_csv(directory / "defects.csv")] == document["defects"]
    divergence = read_csv(directory / "first-divergence.csv")[0]
    assert divergence["variable"] == document["first_divergence"]["variable"] == "sum_h1"
    assert float(divergence["expected"]) == document["first_divergence"]["expected"]
    assert float(divergence["got"]) == document["first_divergence"]["got"]
    assert manifest["options"] == {"kind": "net221", "path": "tests/ports/net221/published"}


def test_linreg_port_report_has_the_regression_plots(reports):
    status, document, _, manifest = reports["check-port-linreg"]
    assert status == 0 and document["verdict"] == "ok"
    assert manifest["ok"] is True and manifest["status"] == "linreg port: ok"
    assert titles(manifest, "figures") == ["Regression line (SPEC B3)",
                                           "Cost per iteration (SPEC B3)"]


def test_grade_report_lists_labs_failed_cases_and_a_heat_map_per_attempted_lab(reports):
    status, document, directory, manifest = reports["grade"]
    assert status == 1 and manifest["ok"] is False
    assert titles(manifest, "tables") == ["Summary", "Labs", "Failed cases", "All cases",
                                          "Sandbox"]
    assert titles(manifest, "figures") == ["Points per lab", "Cases of lab neuron"]
    summary = document["summary"]
    assert manifest["status"] == (f"{summary['points']}/{summary['max_points']} points, "
                                  f"{summary['passed']} of {summary['cases']} cases passed, "
                                  "1 of 1 labs attempted")
    failed = read_csv(directory / "failed-cases.csv")
    wrong = [r for r in document["rows"] if not r["passed"]]
    assert wrong and [f["case"] for f in failed] == [r["case"] for r in wrong]
    for line, row in zip(failed, wrong):
        if row["first_divergence"]:
            assert float(line["expected"]) == row["first_divergence"]["expected"]
            assert float(line["got"]) == row["first_divergence"]["got"]


def test_bench_report_tables_and_figures(reports):
    status, document, directory, manifest = reports["bench"]
    assert status == 0
    assert titles(manifest, "tables") == ["Configuration", "Implementations", "Machine"]
    assert titles(manifest, "figures") == ["Seconds per epoch", "MNIST accuracy"]
    table = read_csv(directory / "implementations.csv")
    assert [r["name"] for r in table] == [r["name"] for r in document["implementations"]]
    assert [float(r["s_per_epoch"]) for r in table] == \
        [r["s_per_epoch"] for r in document["implementations"]]
    config = {r["field"]: r["value"] for r in read_csv(directory / "configuration.csv")}
    assert config["train_size"] == "200" and config["eta"] == "3.0"


class Dom(HTMLParser):
    """What the browser assertions need from the rendered DOM."""

    def __init__(self):
        super().__init__()
        self.body, self.images, self.titles, self._title = {}, [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "body":
            self.body = attrs
        elif tag == "img":
            self.images.append(attrs)
        elif tag == "h2" and attrs.get("class") in ("table-title", "figure-title"):
            self._title = [attrs["class"], ""]

    def handle_data(self, data):
        if self._title is not None:
            self._title[1] += data

    def handle_endtag(self, tag):
        if tag == "h2" and self._title is not None:
            self.titles.append(tuple(self._title))
            self._title = None


def chromium(page: Path, profile: Path, *action) -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.fail("chromium is not installed (./dev installs it: apt-get install chromium); "
                    "the browser test never skips", pytrace=False)
    result = subprocess.run([path, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *action,
                             page.as_uri()], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.parametrize("name", list(RUNS))
def test_report_renders_in_chromium_with_every_table_and_decoded_image(reports, name, tmp_path):
    _, _, directory, manifest = reports[name]
    dom = Dom()
    dom.feed(chromium(directory / "report.html", tmp_path / "profile", "--dump-dom"))
    assert dom.body.get("data-ready") == "1", "the page's load script did not run"
    figures = titles(manifest, "figures")
    assert [t for kind, t in dom.titles if kind == "table-title"] == titles(manifest, "tables")
    assert [t for kind, t in dom.titles if kind == "figure-title"] == figures
    assert len(dom.images) == len(figures) > 0
    assert dom.body["data-images"] == dom.body["data-images-decoded"] == str(len(figures))
    widths = [int(img["data-natural-width"]) for img in dom.images]
    assert all(width > 0 for width in widths), widths
    assert all(img["src"].startswith("data:image/png;base64,") for img in dom.images)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / f"report-{name}.png"
    shot.unlink(missing_ok=True)
    chromium(directory / "report.html", tmp_path / "profile-shot", f"--screenshot={shot}",
             "--window-size=1280,3000")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
