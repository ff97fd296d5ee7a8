"""The Octave loader (pure Octave, no Python) and the Python loader give bit-identical arrays
for every value of every fixture, with Octave's sizes for numpy's shapes."""
import numpy as np
import pytest

from conftest import FIXTURES
from nnref.encoding import octave_shape, same_bits
from nnref.runners import from_octave, octave_call


def octave_cases(octave, fixture):
    loaded = octave_call(octave, "load_fixture", str(fixture.path))
    return list(np.asarray(loaded["cases"], dtype=object).reshape(-1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.algorithm)
def test_octave_and_python_loaders_agree_bit_for_bit(octave, fixture):
    cases = octave_cases(octave, fixture)
    assert [c["id"] for c in cases] == [c.id for c in fixture.cases]
    compared = 0
    for mine, theirs in zip(fixture.cases, cases):
        assert theirs["call"] == mine.call
        assert theirs["rtol"] == mine.rtol and theirs["atol"] == mine.atol
        for group in ("inputs", "expected"):
            for name, value in getattr(mine, group).items():
                got = from_octave(theirs[group][name])
                assert got.shape == octave_shape(value.shape), f"{mine.uid} {group} {name}"
                if value.dtype.kind == "f":
                    assert got.dtype == np.float64
                    assert same_bits(got, value), f"{mine.uid} {group} {name}"
                else:
                    assert np.array_equal(got.reshape(value.shape).astype(value.dtype), value)
                compared += 1
    assert compared > 0
