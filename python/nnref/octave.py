"""Starting Octave through oct2py with matlab/ on the path, and plain messages when it can't."""
import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from nnref.errors import NnrefError

MATLAB_DIR = Path(__file__).resolve().parents[2] / "matlab"
INSTALL_HINT = ("install it with: apt-get update && apt-get install -y octave "
                "(or run ./dev, which installs what is missing)")


def octave_executable() -> str | None:
    """The Octave binary oct2py will use (OCTAVE_EXECUTABLE, else octave-cli or octave on PATH)."""
    configured = os.environ.get("OCTAVE_EXECUTABLE")
    if configured:
        return configured if shutil.which(configured) else None
    return shutil.which("octave-cli") or shutil.which("octave")


def start_octave(timeout: float | None = None):
    """A new Oct2Py session with matlab/ on the path; nnref:noOctave if Octave can't start."""
    executable = octave_executable()
    if executable is None:
        raise NnrefError("nnref:noOctave", f"Octave is not installed; {INSTALL_HINT}")
    # Importing oct2py starts a default session of its own and prints to stdout when that
    # fails; nnref's stdout may be a JSON document, so both streams are captured meanwhile.
    with captured_output() as chatter:
        try:
            from oct2py import Oct2Py
        except ImportError:
            raise NnrefError("nnref:noOctave",
                             "the Python package oct2py is missing; pip install oct2py "
                             "(or run ./dev, which installs it into .venv)") from None
        try:
            session = Oct2Py(executable=executable, timeout=timeout)
        except Exception as err:  # oct2py raises several types when the binary fails to start
            raise NnrefError("nnref:noOctave", f"Octave ({executable}) did not start: {err}; "
                             f"{INSTALL_HINT}") from None
    session.addpath(str(MATLAB_DIR))
    return session


def restart_octave(session) -> None:
    """A fresh Octave process for `session` (after a crash), with matlab/ on the path again."""
    with captured_output():
        session.restart()
    session.addpath(str(MATLAB_DIR))


@contextmanager
def captured_output():
    """Collect what is written to file descriptors 1 and 2 meanwhile.  Octave 7 prints start-up
    chatter ("X11 DISPLAY environment variable not set", "ignoring const execution_exception&
    while preparing to exit") that would read like errors in nnref's output."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = {fd: os.dup(fd) for fd in (1, 2)}
    with tempfile.TemporaryFile(mode="w+") as sink:
        for fd in saved:
            os.dup2(sink.fileno(), fd)
        try:
            yield sink
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            for fd, copy in saved.items():
                os.dup2(copy, fd)
                os.close(copy)
