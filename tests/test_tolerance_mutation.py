"""Changing any expected value beyond its tolerance makes its case fail, in both languages:
the comparison really looks at every element (no expected value is decorative)."""
import numpy as np
import pytest

from conftest import CASES, case_id
from nnref.check import judge
from dataclasses import replace

VALUE_CASES = [case for case in CASES if case.expected]


def nudged(value: float, rtol: float, atol: float) -> float:
    """A value just outside the tolerance band around `value`."""
    step = 2 * (atol + rtol * abs(value)) + 1e-12 * max(1.0, abs(value))
    return value + step if np.isfinite(value) else 0.5


@pytest.mark.parametrize("case", VALUE_CASES, ids=case_id)
def test_each_expected_element_matters(case, lang, outcomes):
    outcome = outcomes[lang][case.uid]
    assert judge(case, outcome, lang)["passed"]
    for name, expected in case.expected.items():
        for index in np.ndindex(expected.shape):
            changed = expected.astype(np.float64).copy()
            changed[index] = nudged(float(changed[index]), case.rtol, case.atol)
            mutant = replace(case, expected={**case.expected, name: changed})
            row = judge(mutant, outcome, lang)
            assert not row["passed"], f"{case.uid}: changing {name}{index} went unnoticed"
