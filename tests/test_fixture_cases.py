"""Every fixture case, in Python and in Octave, within the tolerance stored in the case."""
import pytest

from conftest import CASES, case_id
from nnref.check import judge


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_case(case, lang, outcomes):
    row = judge(case, outcomes[lang][case.uid], lang)
    assert row["passed"], f"{case.uid} [{lang}]: {row['message']}"


def test_the_published_numbers_are_in_the_fixtures():
    """SPEC A1-A3's published values are held by cases whose source says published."""
    published = {(c.uid, float(x)) for c in CASES for name, v in c.expected.items()
                 if c.sources[name] == "published" for x in v.reshape(-1)}
    for uid, value in [("neuron::a1-published", 0.9990889488055994),
                       ("sigmoid::a1-published", 0.9990889488055994),
                       ("net221::a2-published", 0.7216325609518421),
                       ("mse::a3-published", 0.5),
                       ("neuron::a2-hidden-published", 0.9526)]:
        assert (uid, value) in published


def test_every_expected_value_names_an_allowed_source():
    allowed = {"published", "closed-form", "exact", "autograd", "torch-loop"}
    for case in CASES:
        assert set(case.sources) == set(case.expected)
        assert set(case.sources.values()) <= allowed, case.uid
