"""The docs a new user follows (issue 10): docs/labs.md and README.md.

Their generated blocks (command-line reference, labs table, tolerances, reference numbers) must
be what `python -m nnref.report.docs` writes from the parser and the fixtures; every command in
docs/labs.md runs as written (with `./dev` left out: the test runs inside the environment ./dev
would enter), from a scratch directory that sees the repository's files, and exits and prints
as its comment says.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from nnref.cli import build_parser
from nnref.fixtures import REPO_ROOT
from nnref.grade.labs import LABS as GRADE_LABS
from nnref.report.docs import FILES, LABS, generated

LABS_MD = REPO_ROOT / "docs" / "labs.md"
README = REPO_ROOT / "README.md"
EXPECT = re.compile(r"\s+#\s*(?:exit (?P<exit>\d+))?\s*(?:prints (?P<prints>.*))?$")


def test_generated_blocks_are_what_the_sources_give():
    for path in FILES:
        assert generated(path) == path.read_text(), (
            f"{path.relative_to(REPO_ROOT)} is stale: run ./dev python -m nnref.report.docs")


def test_readme_cli_reference_has_every_command_and_argument():
    text = README.read_text()
    block = text.split("<!-- cli-reference:start -->")[1].split("<!-- cli-reference:end -->")[0]
    group = build_parser()._subparsers._group_actions[0]
    for name, sub in group.choices.items():
        assert f"#### `nnref {name}`" in block
        for action in sub._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert f"`{option}" in block, (name, option)


def test_every_lab_has_a_section_with_numbers_commands_and_a_plot():
    text = LABS_MD.read_text()
    readme = README.read_text()
    assert [name for name, *_ in LABS] == list(GRADE_LABS)
    sections = re.split(r'\n<a id="lab-', text)[1:]
    assert [s.split('"')[0] for s in sections] == list(GRADE_LABS)
    for section in sections:
        assert "<!-- numbers: " in section and "```sh" in section
        images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", section)
        assert images, section[:40]
        for image in images:
            assert (LABS_MD.parent / image).is_file(), image
        assert f"(docs/labs.md#lab-{section.split(chr(34))[0]})" in readme


def commands(section: str) -> list:
    """(command, expected exit status, expected stdout or None) of each sh block line."""
    found = []
    for block in re.findall(r"```sh\n(.*?)```", section, re.S):
        for line in block.splitlines():
            if not line.strip():
                continue
            match = EXPECT.search(line)
            command = line[:match.start()] if match and (match["exit"] or match["prints"]) else line
            exit_status = int(match["exit"]) if match and match["exit"] else 0
            prints = match["prints"].strip() if match and match["prints"] else None
            found.append((command.strip().replace("./dev ", "", 1), exit_status, prints))
    return found


SECTIONS = dict(re.findall(r'\n<a id="lab-([\w]+)"></a>\n(.*?)(?=\n<a id="lab-|\Z)',
                           LABS_MD.read_text(), re.S))


@pytest.fixture
def scratch(tmp_path) -> Path:
    """A directory that sees the repository's files (symlinks) but has its own build/."""
    for entry in REPO_ROOT.iterdir():
        if entry.name not in ("build", ".git", ".venv", ".tox"):
            (tmp_path / entry.name).symlink_to(entry)
    return tmp_path


@pytest.mark.parametrize("lab", list(SECTIONS))
def test_walkthrough_of_each_lab_runs_as_written(lab, scratch):
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    steps = commands(SECTIONS[lab])
    assert steps
    for command, exit_status, prints in steps:
        result = subprocess.run(["bash", "-c", command], cwd=scratch, env=env,
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == exit_status, (command, result.stdout[-1500:],
                                                  result.stderr[-1500:])
        if prints is not None:
            assert result.stdout.strip() == prints, command
    for report in (scratch / "build" / "reports").glob("*/report.html"):
        assert report.stat().st_size > 1000      # each --report in the walk-through wrote a page


def test_walkthrough_of_the_introduction_runs_as_written(scratch):
    intro = LABS_MD.read_text().split('<a id="lab-')[0]
    steps = commands(intro)
    assert steps == [("nnref check --only sigmoid", 0, None)]
    result = subprocess.run(["bash", "-c", steps[0][0]], cwd=scratch, capture_output=True,
                            text=True, timeout=300,
                            env={**os.environ, "PATH": f"{Path(sys.executable).parent}"
                                 f"{os.pathsep}{os.environ['PATH']}"})
    assert result.returncode == 0 and "0 failed" in result.stdout


def test_measured_figures_cover_every_fixture():
    block = README.read_text().split("<!-- measured:start -->")[1].split("<!-- measured:end -->")[0]
    stems = sorted(p.stem for p in (REPO_ROOT / "shared_fixtures").glob("*.json"))
    assert sorted(re.findall(r"^\| `(\w+)` \|", block, re.M)) == stems, (
        "rerun ./dev python -m nnref.report.docs --measure")
    assert ": 0 failed rows." in block
