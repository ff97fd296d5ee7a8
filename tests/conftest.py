"""Shared pytest fixtures: one Octave session for the whole run, and every case run once per
language (one batched Octave call per fixture file)."""
import pytest

from nnref.errors import NnrefError
from nnref.fixtures import load_all
from nnref.runners import LANGS, OctaveRunner, PythonRunner

FIXTURES = load_all()
CASES = [case for fixture in FIXTURES for case in fixture.cases]


@pytest.fixture(scope="session")
def octave():
    """A session-scoped Oct2Py with matlab/ on the path.  A missing Octave or oct2py fails
    every test that needs it, with the install command; it is never a skip."""
    from nnref.octave import start_octave
    try:
        session = start_octave()
    except NnrefError as err:
        pytest.fail(f"{err.message}\nThe test suite needs Octave: it does not skip without it.",
                    pytrace=False)
    yield session
    session.exit()


@pytest.fixture(scope="session")
def outcomes(octave):
    """lang -> case uid -> Outcome, for every fixture case, computed once per session."""
    results = {}
    for runner in (PythonRunner(), OctaveRunner(octave)):
        results[runner.lang] = {case.uid: outcome for fixture in FIXTURES
                                for case, outcome in zip(fixture.cases, runner.run_fixture(fixture))}
    return results


@pytest.fixture(params=LANGS)
def lang(request):
    return request.param


def case_id(case) -> str:
    return case.uid
