"""Octave faults: a call that hangs, Octave dying once or every time, oct2py missing.  Each
ends in a restart or a plain message, never in a pass for a language that was not run."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nnref.errors import NnrefError
from nnref.fixtures import fixture_path, load_fixture
from nnref.octave import restart_octave, start_octave
from nnref.runners import OctaveRunner

FAULTS = Path(__file__).parent / "octave_faults"


@pytest.fixture
def own_octave():
    """A session of its own: these tests kill and restart Octave."""
    session = start_octave()
    yield session
    session.exit()


def test_a_hanging_call_times_out_with_a_plain_message(own_octave):
    runner = OctaveRunner(own_octave, timeout=2, extra_paths=[FAULTS / "hang"])
    with pytest.raises(NnrefError) as caught:
        runner.run_fixture(load_fixture(fixture_path("sigmoid")))
    assert caught.value.identifier == "nnref:octaveTimeout"
    assert "did not answer within 2 s" in caught.value.message


def test_octave_dying_once_is_restarted_and_the_run_goes_on(own_octave, tmp_path, monkeypatch):
    marker = tmp_path / "crashed-once"
    monkeypatch.setenv("NNREF_CRASH_MARKER", str(marker))
    restart_octave(own_octave)  # Octave reads its environment at start
    runner = OctaveRunner(own_octave, extra_paths=[FAULTS / "crash"])
    fixture = load_fixture(fixture_path("sigmoid"))
    outcomes = runner.run_fixture(fixture)
    assert marker.exists(), "the fault was not injected"
    first = dict(zip((c.id for c in fixture.cases), outcomes))["a1-published"]
    assert abs(float(first.outputs["a"].reshape(-1)[0]) - 0.9990889488055994) < 1e-15


def test_octave_dying_every_time_is_a_clear_error(own_octave, monkeypatch):
    monkeypatch.delenv("NNREF_CRASH_MARKER", raising=False)
    runner = OctaveRunner(own_octave, extra_paths=[FAULTS / "crash"])
    with pytest.raises(NnrefError) as caught:
        runner.run_fixture(load_fixture(fixture_path("sigmoid")))
    assert caught.value.identifier == "nnref:octaveCrashed"
    assert "sigmoid.json" in caught.value.message


def test_missing_oct2py_is_exit_2_and_says_how_to_install():
    code = ("import sys; sys.modules['oct2py'] = None; sys.argv = ['nnref', 'check', '--format', "
            "'json']; from nnref.cli import main; sys.exit(main())")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=dict(os.environ))
    assert result.returncode == 2
    document = json.loads(result.stdout)
    assert "oct2py is missing" in document["error"] and "pip install oct2py" in document["error"]
    assert document["summary"]["passed"] == 0
