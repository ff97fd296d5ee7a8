"""Twin pairs, read from the sources: every matlab/+nnref/*.m names its Python twin in its help
text ("Python twin: nnref.module.function"), and every public function (nnref.api.FUNCTIONS)
has an Octave file of the same name.  Anything missing on either side is a problem, and the
porting reference is not generated while there is one.
"""
import inspect
import json
import re
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

from nnref.api import FUNCTIONS
from nnref.errors import NnrefError
from nnref.fixtures import REPO_ROOT
from nnref.porting.sources import OctaveFile, PythonFunction, parse_octave, parse_python

TWIN = re.compile(r"Python twin:\s+([A-Za-z_][\w.]*[A-Za-z_0-9])")
M_DIR = REPO_ROOT / "matlab" / "+nnref"
FIXTURES = REPO_ROOT / "shared_fixtures"
EXTERNAL = "external"     # page of twins outside nnref (e.g. hashlib)


@dataclass
class Pair:
    octave: OctaveFile
    octave_path: str          # relative to the repository root
    twin: str                 # the dotted name in the help text
    module: str               # the page: the twin's module without "nnref." (or EXTERNAL)
    python: PythonFunction | None     # None for a twin outside nnref
    public: bool              # a function of nnref.api (callable from a fixture case)
    cases: dict = field(default_factory=dict)    # fixture stem -> [case ids calling it]

    @property
    def name(self) -> str:
        return self.octave.name


def resolve(dotted: str):
    """(object, module name) named by a dotted path: the longest importable module, then
    attributes; (None, None) when it names nothing."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target = import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        try:
            for name in parts[cut:]:
                target = getattr(target, name)
        except AttributeError:
            return None, None
        return target, ".".join(parts[:cut])
    return None, None


def help_text(octave: OctaveFile) -> str:
    return " ".join(line.strip() for line in octave.help)


def fixture_calls() -> dict:
    """function name -> {fixture stem: [case ids]}, from the committed fixtures."""
    calls = {}
    for path in sorted(FIXTURES.glob("*.json")):
        for case in json.loads(path.read_text())["cases"]:
            calls.setdefault(case["call"], {}).setdefault(path.stem, []).append(case["id"])
    return calls


def collect(m_dir: Path = M_DIR, functions: dict = FUNCTIONS) -> tuple[list, list]:
    """(pairs, problems): one Pair per Octave file, and every missing or inconsistent twin."""
    pairs, problems, calls = [], [], fixture_calls()
    for path in sorted(m_dir.glob("*.m")):
        octave = parse_octave(path.read_text(), path.stem)
        match = TWIN.search(help_text(octave))
        where = _relative(path)
        if match is None:
            problems.append(f"{where}: its help text names no 'Python twin: nnref.module.function'")
            continue
        twin = match.group(1)
        public = path.stem in functions
        if public and twin != f"nnref.{functions[path.stem]}.{path.stem}":
            problems.append(f"{where}: names Python twin {twin}, but nnref.api.FUNCTIONS says "
                            f"nnref.{functions[path.stem]}.{path.stem}")
            continue
        if not twin.startswith("nnref."):
            pairs.append(Pair(octave, where, twin, EXTERNAL, None, public))
            continue
        target, module = resolve(twin)
        if target is None or not callable(target):
            problems.append(f"{where}: its Python twin {twin} does not exist")
            continue
        source, start = inspect.getsourcelines(target)
        python = parse_python("".join(source), start, twin,
                              _relative(Path(inspect.getsourcefile(target))), target.__doc__)
        pairs.append(Pair(octave, where, twin, module.removeprefix("nnref."), python, public,
                          calls.get(path.stem, {}) if public else {}))
    for name, module in sorted(functions.items()):
        if not (m_dir / f"{name}.m").is_file():
            problems.append(f"nnref.{module}.{name} has no Octave twin "
                            f"({_relative(m_dir / f'{name}.m')} is missing)")
    return pairs, problems


def pairs_or_raise(m_dir: Path = M_DIR, functions: dict = FUNCTIONS) -> list:
    pairs, problems = collect(m_dir, functions)
    if problems:
        raise NnrefError("nnref:missingTwin", "twins missing or inconsistent:\n  "
                         + "\n  ".join(problems))
    return pairs


def octave_to_python(pairs: list) -> dict:
    """Octave function name -> its Python twin's name (e.g. check_vector -> as_vector)."""
    return {p.name: p.twin.rsplit(".", 1)[-1] for p in pairs}


def _relative(path: Path) -> str:
    try:
        return Path(path).resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return Path(path).as_posix()
