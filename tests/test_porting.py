"""The porting reference (docs/porting/, issue 10): generated from the sources, current, complete
(every twin on both sides), aligned and annotated with the traps each pair meets."""
import shutil
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from nnref.api import FUNCTIONS
from nnref.errors import NnrefError
from nnref.fixtures import REPO_ROOT, load_all
from nnref.porting import DEFAULT_OUT, generate, stale
from nnref.porting.align import align
from nnref.porting.sources import octave_line_tokens, parse_octave, parse_python
from nnref.porting.traps import Evidence, find_traps, octave_variables, scan_octave
from nnref.porting.twins import M_DIR, Pair, collect, octave_to_python


@pytest.fixture(scope="module")
def files():
    return generate()


@pytest.fixture(scope="module")
def pairs():
    found, problems = collect()
    assert problems == []
    return found


def test_committed_reference_is_what_the_sources_give(files):
    wrong = stale(files, DEFAULT_OUT)
    assert wrong == [], ("docs/porting is stale; regenerate it with "
                         f"`./dev python -m nnref.porting`: {wrong}")


def test_every_twin_is_on_a_page_and_every_algorithm_has_one(files, pairs):
    assert sorted(p.name for p in pairs) == sorted(path.stem for path in M_DIR.glob("*.m"))
    for pair in pairs:
        page = files[f"{pair.module}.md"]
        assert f"## `{pair.name}`" in page and f"`{pair.octave_path}`" in page
        assert f'id="{pair.name}"' in files[f"{pair.module}.html"]
    for name, module in FUNCTIONS.items():
        assert f"## `{name}`" in files[f"{module}.md"], name
        assert f"[{module}]({module}.md)" in files["index.md"]


def test_a_missing_octave_twin_stops_the_generator(tmp_path):
    shutil.copytree(M_DIR, tmp_path / "+nnref")
    (tmp_path / "+nnref" / "mse.m").unlink()
    with pytest.raises(NnrefError, match="nnref.mse.mse has no Octave twin") as caught:
        generate(m_dir=tmp_path / "+nnref")
    assert caught.value.identifier == "nnref:missingTwin"


def test_a_missing_python_twin_stops_the_generator(tmp_path):
    shutil.copytree(M_DIR, tmp_path / "+nnref")
    (tmp_path / "+nnref" / "half.m").write_text(
        "function y = half(x)\n  % HALF  x ./ 2.\n  %   Python twin: nnref.sigmoid.half.\n"
        "  %   Example: nnref.half(4)\n  y = x ./ 2;\nend\n")
    (tmp_path / "+nnref" / "twice.m").write_text(
        "function y = twice(x)\n  % TWICE  2 .* x.\n  %   Example: nnref.twice(4)\n"
        "  y = 2 .* x;\nend\n")
    _, problems = collect(tmp_path / "+nnref")
    assert len(problems) == 2
    assert problems[0].endswith("half.m: its Python twin nnref.sigmoid.half does not exist")
    assert "twice.m: its help text names no 'Python twin" in problems[1]
    with pytest.raises(NnrefError, match="does not exist"):
        generate(m_dir=tmp_path / "+nnref")


def test_a_twin_line_that_disagrees_with_the_api_is_refused(tmp_path):
    shutil.copytree(M_DIR, tmp_path / "+nnref")
    path = tmp_path / "+nnref" / "mse.m"
    path.write_text(path.read_text().replace("Python twin: nnref.mse.mse", "Python twin: nnref.sigmoid.sigmoid"))
    _, problems = collect(tmp_path / "+nnref")
    assert len(problems) == 1 and "nnref.api.FUNCTIONS says nnref.mse.mse" in problems[0]


def test_fixture_links_list_exactly_the_cases_that_call_the_function(files, pairs):
    by_call = {}
    for fixture in load_all():
        for case in fixture.cases:
            by_call.setdefault(case.call, {}).setdefault(fixture.algorithm, []).append(case.id)
    for pair in pairs:
        assert pair.cases == (by_call.get(pair.name, {}) if pair.public else {})
        for stem, ids in pair.cases.items():
            page = files[f"{pair.module}.md"]
            assert f"[shared_fixtures/{stem}.json](../../shared_fixtures/{stem}.json)" in page
            assert all(f"`{i}`" in page for i in ids)
    assert sum(len(ids) for p in pairs for ids in p.cases.values()) == \
        sum(len(f.cases) for f in load_all())  # every case is linked from its function's page


def test_alignment_keeps_both_sides_whole_and_pairs_what_corresponds(pairs):
    names = octave_to_python(pairs)
    for pair in pairs:
        if pair.python is None:
            continue
        rows = align(pair.python.statements, pair.octave.statements, names)
        assert [r.python for r in rows if r.python] == pair.python.statements
        assert [r.octave for r in rows if r.octave] == pair.octave.statements
        assert rows[0].corresponds and rows[0].python.tokens[0] == ("keyword", "def")
    sigmoid = next(p for p in pairs if p.name == "sigmoid")
    matched = {(r.python.code, r.octave.code) for r in
               align(sigmoid.python.statements, sigmoid.octave.statements, names) if r.corresponds}
    assert ("negative = z < 0", "negative = z < 0 ;") in matched
    assert ('z = as_real_array ( z , \'"z"\' )', "nnref . check_real ( z , 'z' , true ) ;") in matched


def test_octave_quotes_are_strings_or_transposes():
    tokens, continues = octave_line_tokens("y = [a' b.'] * 'it''s' % a comment 'x'")
    assert ("string", "it''s") in tokens and ("op", "'") in tokens and ("op", ".'") in tokens
    assert all(text != "comment" for _, text in tokens) and not continues
    assert octave_line_tokens("x = f(a, ...  continued")[1]
    assert octave_line_tokens("error('nnref:badShape', 'w''s size');")[0][2:5] == [
        ("string", "nnref:badShape"), ("op", ","), ("string", "w''s size")]


def traps_of(octave_source: str, python_source: str = None) -> dict:
    octave = parse_octave(octave_source, "f")
    python = None
    if python_source:
        python = parse_python(python_source, 1, "nnref.x.f", "x.py", None)
    found = find_traps(Pair(octave, "f.m", "nnref.x.f", "x", python, False))
    return {trap: [(e.side, e.line, e.seen) for e in evidence] for trap, evidence in found.items()}


def test_the_published_sigmoid_meets_the_matrix_division_trap():
    source = (REPO_ROOT / "tests/ports/net221/published/sigmoid.m").read_text()
    assert traps_of(source)["elementwise"] == [("octave", 3, ["/ (matrix operator)"])]
    fixed = source.replace("1 / (1", "1 ./ (1")
    assert traps_of(fixed)["elementwise"] == [("octave", 3, ["./"])]


def test_each_trap_is_found_where_it_is_and_nowhere_else():
    octave = ("function [w, n] = f(w, A, k)\n  % F  demo\n  w(1) = A(end, 1)';\n"
              "  s = sum(A, 2);\n  n = floor(k);\n  v = A(:);\nend\n")
    python = ("def f(w, A, k):\n    w[0] = A[-1, 0]\n    w -= A.T @ A.sum(axis=1)\n"
              "    return w, int(k)\n")
    found = traps_of(octave, python)
    assert found["indexing"] == [("octave", 3, ["w(...)", "A(...)", "end"]),
                                 ("octave", 6, ["A(...)"]),
                                 ("python", 2, ["[0]", "[-1, 0]"])]
    assert found["orientation"] == [("octave", 3, ["' (transpose)"]), ("octave", 6, ["(:)"]),
                                    ("python", 3, [".T"])]
    assert found["broadcasting"] == [("octave", 4, ["sum(..., 2)"]), ("python", 3, ["axis"])]
    assert found["integers"] == [("octave", 5, ["floor"]), ("python", 4, ["int"])]
    assert found["inplace"] == [("octave", 1, ["returns its updated input w"]),
                                ("octave", 3, ["w(...) = (indexed assignment)"]),
                                ("python", 2, ["x[...] = (assignment into an array)"]),
                                ("python", 3, ["-="])]
    assert found["elementwise"] == [("python", 3, ["@ (matrix product)"])]
    assert traps_of("function y = g(x)\n  % G  demo\n  y = x + 1;\nend\n") == {}


def test_octave_variables_are_arguments_outputs_and_assigned_names():
    octave = parse_octave("function [a, b] = f(x)\n  % F  demo\n  c = g(x);\n  for k = 1:3\n"
                          "  end\nend\n", "f")
    assert octave_variables(octave) == {"a", "b", "x", "c", "k"}
    assert scan_octave(octave.statements[1], octave_variables(octave)) == []  # g( is a call


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        self.hrefs += [value for name, value in attrs if name == "href"]


def test_html_pages_link_to_existing_pages_and_sources(files):
    for name, text in files.items():
        if not name.endswith(".html"):
            continue
        parser = Links()
        parser.feed(text)
        for href in parser.hrefs:
            target = href.split("#")[0]
            if not target:
                continue
            if target.startswith("../../"):
                assert (REPO_ROOT / target[6:]).is_file(), (name, href)
            else:
                assert target in files, (name, href)


def test_check_flag_reports_a_stale_page(tmp_path, files):
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    command = [sys.executable, "-m", "nnref.porting", "--check", "--out", str(tmp_path)]
    assert subprocess.run(command, capture_output=True).returncode == 0
    (tmp_path / "mse.md").write_text(files["mse.md"].replace("mse", "MSE", 1))
    (tmp_path / "old.md").write_text("a page no twin gives")
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.split() == ["stale:", "mse.md", "stale:", "old.md"]


def test_evidence_names_the_line_it_was_seen_on(pairs):
    pair = next(p for p in pairs if p.name == "net221_feedforward_batch")
    elementwise = find_traps(pair)["elementwise"]
    lines = pair.octave.statements
    for e in elementwise:
        assert isinstance(e, Evidence) and e.side == "octave"
        text = dict(n for s in lines for n in s.numbered)[e.line]
        assert ".*" in text and e.text == text.strip()
