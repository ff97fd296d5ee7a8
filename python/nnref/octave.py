"""Starting Octave through oct2py with matlab/ on the path, and plain messages when it can't."""
import shutil
from pathlib import Path

from nnref.errors import NnrefError

MATLAB_DIR = Path(__file__).resolve().parents[2] / "matlab"
INSTALL_HINT = ("install it with: apt-get update && apt-get install -y octave "
                "(or run ./dev, which installs what is missing)")


def octave_executable() -> str | None:
    """The Octave binary oct2py will use (OCTAVE_EXECUTABLE, else octave-cli or octave on PATH)."""
    import os
    configured = os.environ.get("OCTAVE_EXECUTABLE")
    if configured:
        return configured if shutil.which(configured) else None
    return shutil.which("octave-cli") or shutil.which("octave")


def start_octave(timeout: float | None = None):
    """A new Oct2Py session with matlab/ on the path; nnref:noOctave if Octave can't start."""
    executable = octave_executable()
    if executable is None:
        raise NnrefError("nnref:noOctave", f"Octave is not installed; {INSTALL_HINT}")
    try:
        from oct2py import Oct2Py
    except ImportError:
        raise NnrefError("nnref:noOctave",
                         "the Python package oct2py is missing; pip install oct2py "
                         "(or run ./dev, which installs it into .venv)") from None
    try:
        session = Oct2Py(executable=executable, timeout=timeout)
    except Exception as err:  # oct2py raises several types when the binary fails to start
        raise NnrefError("nnref:noOctave", f"Octave ({executable}) did not start: {err}") from None
    session.addpath(str(MATLAB_DIR))
    return session
