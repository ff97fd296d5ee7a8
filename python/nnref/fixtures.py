"""Loading and writing shared fixtures (schema nnref-fixture/1, one JSON file per algorithm).

A fixture is refused, with its file and case named, when it fails the JSON Schema
(shared_fixtures/schema/nnref-fixture-1.schema.json), when a value's hex and decimal texts
disagree, when a shape does not match the element count, or when a case is inconsistent
(an argument without an input, an expected value that is not an output, a source missing).
The Octave twin is matlab/+nnref/load_fixture.m.
"""
import hashlib
import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jsonschema

from nnref.encoding import decode
from nnref.errors import NnrefError

SCHEMA_ID = "nnref-fixture/1"
CHECKSUMS = "SHA256SUMS"  # sha256sum format, written by the generator beside the fixtures
REPO_ROOT = Path(__file__).resolve().parents[2]


def fixtures_dir() -> Path:
    """shared_fixtures/ of this checkout, or $NNREF_FIXTURES when set."""
    return Path(os.environ.get("NNREF_FIXTURES", REPO_ROOT / "shared_fixtures"))


def schema_path() -> Path:
    return REPO_ROOT / "shared_fixtures" / "schema" / "nnref-fixture-1.schema.json"


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(schema_path().read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@dataclass(frozen=True)
class Case:
    """One fixture case; `uid` is the stable id `<algorithm>::<id>`."""
    algorithm: str
    id: str
    call: str
    args: tuple
    inputs: dict
    outputs: tuple
    expected: dict          # output name -> np.ndarray (empty for an error case)
    sources: dict
    error: dict | None      # {"identifier", "message"} for a case that must be refused
    rtol: float
    atol: float
    note: str

    @property
    def uid(self) -> str:
        return f"{self.algorithm}::{self.id}"

    def arguments(self) -> list:
        return [self.inputs[name] for name in self.args]


@dataclass(frozen=True)
class Fixture:
    path: Path
    algorithm: str
    description: str
    cases: tuple


def algorithms(directory: Path | None = None) -> list[str]:
    """Stems of every fixture file, sorted."""
    return sorted(p.stem for p in (directory or fixtures_dir()).glob("*.json"))


def fixture_path(algorithm: str, directory: Path | None = None) -> Path:
    return (directory or fixtures_dir()) / f"{algorithm}.json"


def load_fixture(path) -> Fixture:
    """Read, validate and decode one fixture file."""
    path = Path(path)
    if not path.is_file():
        raise NnrefError("nnref:missingFile", f"{path}: no such fixture file")
    try:
        document = json.loads(path.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise NnrefError("nnref:badFixture", f"{path}: not valid JSON: {err}") from None
    validate_document(document, path)
    cases = tuple(_decode_case(document["algorithm"], raw, path) for raw in document["cases"])
    verify_checksum(path)
    return Fixture(path, document["algorithm"], document["description"], cases)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def read_checksums(directory: Path) -> dict | None:
    """file name -> sha256 from SHA256SUMS; None when the directory has no SHA256SUMS."""
    listing = Path(directory) / CHECKSUMS
    if not listing.is_file():
        return None
    entries = {}
    for line in listing.read_text().splitlines():
        digest, _, name = line.partition("  ")
        entries[name] = digest
    return entries


def verify_checksum(path: Path) -> None:
    """A fixture in a directory with SHA256SUMS must match its recorded checksum: a file edited
    by hand (even consistently, hex and decimal alike) or damaged is refused.  Checked after
    the content checks, which name the case; this one can only name the file."""
    entries = read_checksums(path.parent)
    if entries is None:
        return
    if path.name not in entries:
        raise NnrefError("nnref:badFixture", f"{path}: not listed in {CHECKSUMS}; fixtures are "
                         f"written by the generator (python -m nnref.generate)")
    if file_sha256(path) != entries[path.name]:
        raise NnrefError("nnref:badFixture", f"{path}: content differs from its checksum in "
                         f"{CHECKSUMS} (edited by hand or damaged); regenerate it with "
                         f"python -m nnref.generate")


def record_checksums(directory: Path, names) -> None:
    """Update SHA256SUMS for the fixture stems `names` (the others' lines are kept)."""
    directory = Path(directory)
    entries = read_checksums(directory) or {}
    for name in names:
        entries[f"{name}.json"] = file_sha256(directory / f"{name}.json")
    text = "".join(f"{digest}  {file}\n" for file, digest in sorted(entries.items()))
    temporary = directory / f"{CHECKSUMS}.tmp"
    temporary.write_text(text)
    os.replace(temporary, directory / CHECKSUMS)


def validate_document(document, path) -> None:
    """JSON Schema plus the rules a schema cannot state; errors name the file and case."""
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        raise NnrefError("nnref:badFixture",
                         f"{path}: {_where(document, first.absolute_path)}: {first.message}")
    if document["algorithm"] != Path(path).stem:
        raise NnrefError("nnref:badFixture",
                         f"{path}: algorithm {document['algorithm']!r} differs from the file name")
    seen = set()
    for raw in document["cases"]:
        where = f"{path}: case {raw['id']}"
        if raw["id"] in seen:
            raise NnrefError("nnref:badFixture", f"{where}: duplicate case id")
        seen.add(raw["id"])
        missing = [name for name in raw["args"] if name not in raw["inputs"]]
        unused = [name for name in raw["inputs"] if name not in raw["args"]]
        if missing or unused:
            raise NnrefError("nnref:badFixture",
                             f"{where}: args and inputs differ (missing {missing}, unused {unused})")
        if "expected" in raw:
            extra = [name for name in raw["expected"] if name not in raw["outputs"]]
            if extra:
                raise NnrefError("nnref:badFixture", f"{where}: expected {extra} not among outputs")
            if set(raw["sources"]) != set(raw["expected"]):
                raise NnrefError("nnref:badFixture",
                                 f"{where}: sources must name exactly the expected values")


def _where(document, json_path) -> str:
    parts = list(json_path)
    if len(parts) >= 2 and parts[0] == "cases" and isinstance(parts[1], int):
        try:
            case = f"case {document['cases'][parts[1]]['id']}"
        except (KeyError, IndexError, TypeError):
            case = f"case #{parts[1] + 1}"
        rest = "/".join(str(p) for p in parts[2:])
        return f"{case}" + (f" at {rest}" if rest else "")
    return "/".join(str(p) for p in parts) or "top level"


def _decode_case(algorithm: str, raw: dict, path: Path) -> Case:
    where = f"{path}: case {raw['id']}"
    inputs = {name: decode(value, f"{where}: input {name}") for name, value in raw["inputs"].items()}
    expected = {name: decode(value, f"{where}: expected {name}")
                for name, value in raw.get("expected", {}).items()}
    return Case(algorithm=algorithm, id=raw["id"], call=raw["call"],
                args=tuple(raw["args"]), inputs=inputs, outputs=tuple(raw["outputs"]),
                expected=expected, sources=dict(raw.get("sources", {})), error=raw.get("error"),
                rtol=float(raw["tolerance"]["rtol"]), atol=float(raw["tolerance"]["atol"]),
                note=raw["note"])


def load_all(directory: Path | None = None, only=None) -> list[Fixture]:
    """Every fixture (or those named in `only`), in algorithm order."""
    names = list(only) if only else algorithms(directory)
    return [load_fixture(fixture_path(name, directory)) for name in names]


def dump_fixture(document: dict) -> str:
    """The canonical text of a fixture: what the generator writes and the tests compare.

    Objects are indented one level per line; a list of plain values stays on one line.
    """
    return _dump(document, 0) + "\n"


def _dump(value, depth: int) -> str:
    pad, inner = " " * depth, " " * (depth + 1)
    if isinstance(value, dict) and value:
        items = [f"{inner}{json.dumps(key)}: {_dump(item, depth + 1)}" for key, item in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list) and any(isinstance(item, (dict, list)) for item in value):
        return "[\n" + ",\n".join(inner + _dump(item, depth + 1) for item in value) + f"\n{pad}]"
    return json.dumps(value)


def write_fixture(document: dict, path: Path) -> None:
    """Validate, then write atomically (temporary file, then rename)."""
    validate_document(document, path)
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(dump_fixture(document))
    os.replace(temporary, path)

