"""The fixture generator rebuilds the committed fixtures exactly, without the ports under test
and without torch (torch-sourced cases are compared in tox -e crosscheck)."""
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

# Runs in a fresh interpreter: an import hook refuses every nnref module except the fixture
# machinery and the generator itself, and refuses torch.
BLOCKER = textwrap.dedent("""
    import importlib.abc, sys
    ALLOWED = ("nnref", "nnref.errors", "nnref.encoding", "nnref.fixtures")
    class Blocker(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name == "torch" or name.startswith("torch."):
                raise ImportError(f"blocked: {name} (the default run must not need torch)")
            if name.startswith("nnref") and name not in ALLOWED and not name.startswith("nnref.generate"):
                raise ImportError(f"blocked: {name} (the generator must not use the ports)")
            return None
    sys.meta_path.insert(0, Blocker())
""")


def run_blocked(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BLOCKER + code], capture_output=True, text=True)


def test_the_blocker_blocks_the_ports():
    result = run_blocked("import nnref.sigmoid")
    assert result.returncode != 0 and "blocked: nnref.sigmoid" in result.stderr
    result = run_blocked("import nnref.api")
    assert result.returncode != 0 and "blocked: nnref.api" in result.stderr


def test_regeneration_without_ports_or_torch_equals_the_committed_fixtures():
    result = run_blocked("import runpy, sys; sys.argv = ['nnref.generate', '--check']; "
                         "runpy.run_module('nnref.generate', run_name='__main__')")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 differ" in result.stdout


@pytest.mark.crosscheck
def test_regeneration_with_torch_equals_the_committed_fixtures():
    import torch  # noqa: F401  (tox -e crosscheck installs it; a missing torch fails here)
    result = subprocess.run([sys.executable, "-m", "nnref.generate", "--check", "--torch"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_mode_reports_a_changed_fixture(tmp_path):
    from nnref.fixtures import fixtures_dir
    copy = tmp_path / "fixtures"
    shutil.copytree(fixtures_dir(), copy)
    path = copy / "mse.json"
    path.write_text(path.read_text().replace('"a3-published"', '"a3-renamed"', 1))
    result = subprocess.run([sys.executable, "-m", "nnref.generate", "--check"],
                            capture_output=True, text=True,
                            env={**os.environ, "NNREF_FIXTURES": str(copy)})
    assert result.returncode == 1
    assert f"{path}" in result.stderr and "neuron.json" not in result.stderr


def test_interrupted_regeneration_leaves_every_fixture_whole(tmp_path):
    """Kill the generator at random moments while it rewrites a directory whose files all
    differ from what it writes: every file is afterwards either wholly old or wholly new."""
    import random
    import signal
    import time
    from nnref.fixtures import fixtures_dir
    copy = tmp_path / "fixtures"
    shutil.copytree(fixtures_dir(), copy)
    old = {}
    for path in sorted(copy.glob("*.json")):
        old[path.name] = path.read_text().replace('"description": "', '"description": "old: ', 1)
        path.write_text(old[path.name])
    new = {p.name: p.read_text() for p in sorted(fixtures_dir().glob("*.json"))}
    rng = random.Random(7)
    env = {**os.environ, "NNREF_FIXTURES": str(copy)}
    rewritten = set()
    for _ in range(4):
        process = subprocess.Popen([sys.executable, "-m", "nnref.generate", "--out", str(copy)],
                                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        for name, text in old.items():
            assert (copy / name).read_text() in (text, new[name]), f"{name} is half-written"
            if (copy / name).read_text() == new[name]:
                rewritten.add(name)
    assert rewritten, "the generator was killed before it wrote anything: the test proved nothing"
    finished = subprocess.run([sys.executable, "-m", "nnref.generate", "--out", str(copy)], env=env,
                              capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert {name: (copy / name).read_text() for name in old} == new
