"""Running fixture cases in each language: the Python port in-process, the Octave port through
one oct2py call per fixture file (a call costs 5-15 ms, so cases are batched; SPEC Part F)."""
from dataclasses import dataclass

import numpy as np

from nnref.api import get_function
from nnref.errors import NnrefError
from nnref.fixtures import Case, Fixture
from nnref.octave import restart_octave

LANGS = ("python", "octave")


@dataclass
class Outcome:
    """What one call gave: its outputs by name, or the error it raised."""
    outputs: dict | None
    error_identifier: str = ""
    error_message: str = ""


class PythonRunner:
    lang = "python"

    def run_fixture(self, fixture: Fixture) -> list[Outcome]:
        return [self.run_case(case) for case in fixture.cases]

    @staticmethod
    def run_case(case: Case) -> Outcome:
        try:
            result = get_function(case.call)(*case.arguments())
        except NnrefError as err:
            return Outcome(None, err.identifier, err.message)
        except Exception as err:  # a crash of the port is a failing case, reported, not raised
            return Outcome(None, f"python:{type(err).__name__}", str(err))
        values = result if len(case.outputs) > 1 else (result,)
        return Outcome(dict(zip(case.outputs, (np.asarray(v) for v in values))))


class OctaveRunner:
    """Runs fixtures in an Oct2Py session.  A call that hangs past `timeout` seconds is an
    nnref:octaveTimeout error; if Octave dies, it is restarted once (matlab/ and `extra_paths`
    put back on the path) and the fixture is run again; a second death is nnref:octaveCrashed."""
    lang = "octave"

    def __init__(self, session, timeout: float | None = None, extra_paths=()):
        self.session, self.timeout, self.extra_paths = session, timeout, list(extra_paths)
        self._add_paths()

    def _add_paths(self):
        for path in self.extra_paths:
            self.session.addpath(str(path))  # addpath prepends: these shadow matlab/

    def run_fixture(self, fixture: Fixture) -> list[Outcome]:
        """One Octave call runs every case: nnref.run_fixture loads the file in Octave itself."""
        results = list(np.asarray(self._call_with_restart(fixture), dtype=object).reshape(-1))
        if len(results) != len(fixture.cases):
            raise NnrefError("nnref:octaveFailed", f"{fixture.path}: Octave returned "
                             f"{len(results)} results for {len(fixture.cases)} cases")
        return [self._outcome(case, result) for case, result in zip(fixture.cases, results)]

    def _call_with_restart(self, fixture: Fixture):
        from oct2py import Oct2PyError
        for attempt in (1, 2):
            try:
                return octave_call(self.session, "run_fixture", str(fixture.path), timeout=self.timeout)
            except Oct2PyError as err:
                text = str(err)
                if "Timed out" in text:
                    raise NnrefError("nnref:octaveTimeout", f"{fixture.path}: Octave did not "
                                     f"answer within {self.timeout:g} s (a port that never returns?); "
                                     f"raise --timeout or fix the port") from None
                if "Session died" not in text:
                    raise NnrefError("nnref:octaveFailed", f"{fixture.path}: Octave: {text}") from None
                if attempt == 2:
                    raise NnrefError("nnref:octaveCrashed", f"{fixture.path}: Octave crashed twice "
                                     f"running this fixture; run it alone with octave-cli to see "
                                     f"why (nnref.check_fixture)") from None
                restart_octave(self.session)
                self._add_paths()

    @staticmethod
    def _outcome(case: Case, result) -> Outcome:
        if result["id"] != case.id:
            raise NnrefError("nnref:octaveFailed", f"case {case.uid}: Octave answered for {result['id']}")
        if result["error_identifier"] or result["error_message"]:
            return Outcome(None, str(result["error_identifier"]), str(result["error_message"]))
        outputs = list(np.asarray(result["outputs"], dtype=object).reshape(-1))
        return Outcome({name: from_octave(value) for name, value in zip(case.outputs, outputs)})


def octave_call(session, name: str, *args, nout: int = 1, timeout: float | None = None):
    """nnref.<name>(args...) in Octave.  oct2py's feval takes no package names, so Octave's own
    feval is called with the dotted name as its first argument."""
    return session.feval("feval", f"nnref.{name}", *args, nout=nout, timeout=timeout)


def octave_try(session, name: str, nout: int, calls: list) -> list[Outcome]:
    """Run nnref.<name>(*args) in Octave for every argument list in `calls`, in one round trip
    (nnref.try_call); errors come back with their identifier, which oct2py would drop."""
    batch = np.empty(len(calls), dtype=object)
    for k, args in enumerate(calls):
        batch[k] = np.empty(len(args), dtype=object)
        for j, arg in enumerate(args):
            batch[k][j] = arg  # element-wise: numpy would otherwise merge equal-shaped arrays
    results = np.asarray(octave_call(session, "try_call", name, nout, batch), dtype=object)
    outcomes = []
    for result in results.reshape(-1):
        if result["error_identifier"] or result["error_message"]:
            outcomes.append(Outcome(None, str(result["error_identifier"]), str(result["error_message"])))
        else:
            values = np.asarray(result["outputs"], dtype=object).reshape(-1)
            outcomes.append(Outcome({k: from_octave(v) for k, v in enumerate(values)}))
    return outcomes


def python_try(function, calls: list) -> list[Outcome]:
    """The Python twin of octave_try: outputs keyed by position, errors by identifier."""
    outcomes = []
    for args in calls:
        try:
            result = function(*args)
        except NnrefError as err:
            outcomes.append(Outcome(None, err.identifier, err.message))
            continue
        except Exception as err:
            outcomes.append(Outcome(None, f"python:{type(err).__name__}", str(err)))
            continue
        values = result if isinstance(result, tuple) else (result,)
        outcomes.append(Outcome({k: np.asarray(v) for k, v in enumerate(values)}))
    return outcomes


def from_octave(value) -> np.ndarray:
    """Undo oct2py's conversions (SPEC Part F): a 1x1 comes back as a Python float, an empty
    matrix as a list, a logical array as uint8; every result becomes an array of Octave's size."""
    if isinstance(value, (bool, int, float, np.number)):
        return np.full((1, 1), value)
    if isinstance(value, list) and not value:
        return np.zeros((0, 0))
    return np.asarray(value)
