"""Assembling fixture documents from the planned cases of each algorithm."""
import json
from importlib import import_module
from pathlib import Path

from nnref.fixtures import dump_fixture
from nnref.generate.cases import document

# fixture stem -> generator module (python/nnref/generate/<module>.py)
FIXTURE_MODULES = {
    "sigmoid": "sigmoid",
    "neuron": "neuron",
    "mse": "mse",
    "net221": "net221",
    "net221_train": "net221_train",
    "activations": "activations",
    "losses": "losses",
    "optimizers": "optimizers",
    "net241": "net241",
    "gd": "gd",
    "linreg": "linreg",
    "network": "network",
}


def build_document(name: str, committed_dir: Path, use_torch: bool) -> dict:
    """The fixture document for `name`; torch cases carried over unless use_torch."""
    module = import_module(f"nnref.generate.{FIXTURE_MODULES[name]}")
    kept = {}
    committed_path = committed_dir / f"{name}.json"
    if not use_torch and committed_path.is_file():
        kept = {case["id"]: case for case in json.loads(committed_path.read_text())["cases"]}
    cases = []
    for planned in module.plan():
        if planned.needs_torch and not use_torch:
            if planned.id not in kept:
                raise SystemExit(f"{committed_path}: case {planned.id} needs torch and is not "
                                 f"committed yet; run with --torch (tox -e crosscheck)")
            cases.append(kept[planned.id])
        else:
            cases.append(planned.build())
    return document(name, module.DESCRIPTION, cases)


def rebuilt_texts(names, committed_dir: Path, use_torch: bool) -> dict:
    return {name: dump_fixture(build_document(name, committed_dir, use_torch)) for name in names}
