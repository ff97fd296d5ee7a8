"""Every Octave function file carries %!test/%!assert/%!error blocks, and they all pass."""
import pytest

from nnref.octave import MATLAB_DIR

M_FILES = sorted((MATLAB_DIR / "+nnref").glob("*.m"))


def test_there_are_function_files():
    assert len(M_FILES) >= 5


@pytest.mark.parametrize("path", M_FILES, ids=lambda p: p.name)
def test_octave_self_tests_pass(octave, path):
    passed, total = octave.feval("test", str(path), "quiet", nout=2)
    assert total > 0, f"{path.name} has no %! test blocks"
    assert passed == total, f"{path.name}: {int(passed)} of {int(total)} self-tests passed"
