"""Every function exists in both languages: each Octave file names its Python twin, which must
exist, and each public function of nnref.api has an Octave file of the same name."""
import re

import pytest

from nnref.api import FUNCTIONS
from nnref.octave import MATLAB_DIR
from nnref.porting.twins import resolve

M_FILES = sorted((MATLAB_DIR / "+nnref").glob("*.m"))
TWIN = re.compile(r"Python twin:\s+([A-Za-z_][\w.]*[A-Za-z_0-9])")


def help_text(path) -> str:
    """The leading comment block of the function (its help text)."""
    lines = path.read_text().splitlines()
    block, started = [], False
    for line in lines[1:]:
        if line.strip().startswith("%") and not line.strip().startswith("%!"):
            block.append(line.strip().lstrip("%"))
            started = True
        elif started:
            break
    return " ".join(block)


@pytest.mark.parametrize("path", M_FILES, ids=lambda p: p.stem)
def test_octave_function_names_an_existing_python_twin(path):
    match = TWIN.search(help_text(path))
    assert match, f"{path.name}: its help text names no 'Python twin: nnref.module.function'"
    assert resolve(match.group(1))[0] is not None, f"{path.name}: {match.group(1)} does not exist"


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_public_python_function_has_an_octave_twin(name):
    assert (MATLAB_DIR / "+nnref" / f"{name}.m").is_file(), f"nnref.{name} has no Octave twin"


@pytest.mark.parametrize("path", M_FILES, ids=lambda p: p.stem)
def test_octave_file_has_h1_line_usage_and_example(path):
    lines = path.read_text().splitlines()
    assert lines[0].startswith("function "), f"{path.name}: not a function file"
    h1 = lines[1].strip()
    assert h1.startswith(f"% {path.stem.upper()} "), f"{path.name}: H1 line must be '% {path.stem.upper()}  ...'"
    text = help_text(path)
    assert "Example" in text, f"{path.name}: help text has no example"
