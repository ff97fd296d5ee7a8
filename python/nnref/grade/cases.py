"""The cases a lab is graded on: its fixture value cases, and fresh cases drawn at grading time.

Fresh cases keep a submission from passing by lookup (reading shared_fixtures/ and returning
the stored answers).  Each is a fixture value case with its floating-point inputs jittered,
x -> x * (1 + JITTER * u) with u uniform in [-1, 1] per element, drawn from
random.Random("<seed>:<lab>") (the seed is printed in the report, so a grading can be
repeated).  Inputs left alone: integer and logical arrays, float arrays whose elements are all
whole numbers (sizes, labels, one-hot targets, sample orders, counts; the lab's `whole` names
are jittered all the same) and the lab's `keep` names.  The expected values of a fresh case
are computed at grading time by the reference port (nnref.api, in the grader's process); a
draw the reference refuses, or that gives a non-finite result where the fixture's was finite,
is drawn again (up to DRAWS times); a case with nothing to jitter (linreg_data() has no
arguments) is graded on its fixture values only.
"""
import random
from dataclasses import dataclass, field

import numpy as np

from nnref.api import FUNCTIONS, get_function
from nnref.errors import NnrefError
from nnref.fixtures import Case, fixture_path, load_fixture

JITTER = 0.1
DRAWS = 4
# A port written independently may round differently from the fixture's source; the grading
# tolerance is the case's, but never tighter than this (a defect misses by far more).
MIN_RTOL, MIN_ATOL = 1e-9, 1e-12


@dataclass
class GradedCase:
    index: int                 # position in the lab's list, the key of the child's results
    lab: str
    id: str                    # "<stem>::<case id>", fresh cases "<stem>::<case id>~fresh<k>"
    source: str                # "fixture" | "fresh"
    call: str
    args: tuple                # argument names, in call order
    inputs: list               # argument values, in call order
    outputs: tuple             # output names, in nargout order
    expected: dict             # output name -> np.ndarray (possibly a subset of outputs)
    rtol: float
    atol: float
    points: int
    note: str = ""
    origin: Case | None = field(default=None, repr=False)


def lab_available(lab) -> str:
    """'' when every fixture stem of the lab exists, else why the lab cannot be graded yet."""
    missing = [stem for stem in lab.stems if not fixture_path(stem).is_file()]
    return f"no fixture yet: {', '.join(f'shared_fixtures/{s}.json' for s in missing)}" \
        if missing else ""


def fixture_cases(lab) -> list[Case]:
    """The lab's value cases (refused-input cases are not graded), in fixture order."""
    calls = lab_functions(lab)
    return [case for stem in lab.stems for case in load_fixture(fixture_path(stem)).cases
            if case.error is None and case.call in calls]


def lab_functions(lab) -> tuple:
    """The calls graded: the lab's list, or every call of its stems' value cases."""
    if lab.functions:
        return lab.functions
    calls = []
    for stem in lab.stems:
        for case in load_fixture(fixture_path(stem)).cases:
            if case.error is None and case.call not in calls:
                calls.append(case.call)
    return tuple(calls)


def graded_cases(lab, seed: int) -> list[GradedCase]:
    """Fixture cases then fresh cases, indexed 0.. in that order."""
    fixture = fixture_cases(lab)
    graded = [_graded(lab, case, "fixture", case.id, case.arguments(), case.expected)
              for case in fixture]
    rng = random.Random(f"{seed}:{lab.name}")
    counts = {}
    for case in fixture:
        for k in range(1, lab.fresh_per_case + 1):
            if counts.get(case.call, 0) >= lab.fresh_limit.get(case.call, len(fixture)):
                break
            drawn = fresh_case(lab, case, rng)
            if drawn is not None:
                graded.append(_graded(lab, case, "fresh", f"{case.id}~fresh{k}", *drawn))
                counts[case.call] = counts.get(case.call, 0) + 1
    for index, case in enumerate(graded):
        case.index = index
    return graded


def _graded(lab, case: Case, source: str, case_id: str, inputs: list, expected: dict):
    return GradedCase(index=-1, lab=lab.name, id=f"{case.algorithm}::{case_id}", source=source,
                      call=case.call, args=case.args, inputs=list(inputs), outputs=case.outputs,
                      expected=expected, rtol=max(case.rtol, MIN_RTOL),
                      atol=max(case.atol, MIN_ATOL), points=int(lab.points.get(case.call, 1)),
                      note=case.note, origin=case)


def fresh_case(lab, case: Case, rng: random.Random):
    """(inputs, expected) of a jittered copy of `case`, or None (nothing to jitter, or every
    draw refused by the reference)."""
    if case.call not in FUNCTIONS:
        return None
    keep, whole = set(lab.keep.get(case.call, ())), set(lab.whole.get(case.call, ()))
    if not any(jitterable(case.inputs[name], name in whole) for name in case.args
               if name not in keep):
        return None
    function = get_function(case.call)
    for _ in range(DRAWS):
        inputs = [jitter(case.inputs[name], rng, name in whole) if name not in keep
                  else case.inputs[name] for name in case.args]
        try:
            result = function(*[np.array(value) for value in inputs])
        except NnrefError:
            continue
        values = result if len(case.outputs) > 1 else (result,)
        expected = {name: np.asarray(value) for name, value in zip(case.outputs, values)}
        if all(finite_where(case.expected.get(name), value) for name, value in expected.items()):
            return inputs, expected
    return None


def jitterable(value: np.ndarray, whole: bool = False) -> bool:
    """A float array with a finite element that is not a whole number (or any finite nonzero
    element, for an input the lab lists in `whole`)."""
    value = np.asarray(value)
    movable = np.isfinite(value) & ((value != 0) if whole else (value != np.round(value)))
    return value.dtype.kind == "f" and value.size > 0 and bool(np.any(movable))


def jitter(value: np.ndarray, rng: random.Random, whole: bool = False) -> np.ndarray:
    value = np.asarray(value)
    if not jitterable(value, whole):
        return value
    factors = np.array([1.0 + JITTER * rng.uniform(-1.0, 1.0) for _ in range(value.size)])
    return value * factors.reshape(value.shape)


def finite_where(reference, value: np.ndarray) -> bool:
    """A fresh expected value is usable if finite wherever the fixture's was (or everywhere)."""
    value = np.asarray(value, dtype=float)
    if reference is None or np.shape(reference) != value.shape:
        return bool(np.all(np.isfinite(value)))
    return bool(np.all(np.isfinite(value) | ~np.isfinite(np.asarray(reference, dtype=float))))
