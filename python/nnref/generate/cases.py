"""Building fixture cases: one constructor for value cases, one for refused-input cases."""
from dataclasses import dataclass
from typing import Callable

from nnref.encoding import encode

SCHEMA = "nnref-fixture/1"


@dataclass
class Planned:
    """A case to build; `needs_torch` cases are rebuilt only when torch is in use."""
    id: str
    build: Callable[[], dict]
    needs_torch: bool = False


def value_case(id, call, inputs, outputs, expected, sources, rtol, atol, note) -> dict:
    """inputs: ordered name -> value (the order is the argument order); sources: name -> source
    (a single string applies to every expected value)."""
    if isinstance(sources, str):
        sources = {name: sources for name in expected}
    return {"id": id, "call": call, "args": list(inputs),
            "inputs": {name: encode(value) for name, value in inputs.items()},
            "outputs": list(outputs),
            "expected": {name: encode(value) for name, value in expected.items()},
            "sources": dict(sources),
            "tolerance": {"rtol": rtol, "atol": atol}, "note": note}


def error_case(id, call, inputs, outputs, identifier, message, note) -> dict:
    """A case whose call must fail with this Octave identifier and message in both languages."""
    return {"id": id, "call": call, "args": list(inputs),
            "inputs": {name: encode(value) for name, value in inputs.items()},
            "outputs": list(outputs),
            "error": {"identifier": identifier, "message": message},
            "tolerance": {"rtol": 0, "atol": 0}, "note": note}


def document(algorithm: str, description: str, cases: list[dict]) -> dict:
    return {"schema": SCHEMA, "algorithm": algorithm, "description": description, "cases": cases}
