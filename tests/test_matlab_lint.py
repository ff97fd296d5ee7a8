"""matlab/ holds no Octave-only syntax (SPEC Part E), and the lint itself catches each kind."""
import pytest

from nnref.matlab_lint import lint_text, lint_tree
from nnref.octave import MATLAB_DIR


def test_matlab_tree_is_matlab_compatible():
    assert lint_tree(MATLAB_DIR) == []


@pytest.mark.parametrize("bad", [
    "x = 1; # comment", "if a != b", "if !done", "k++;", "x += 1;", "y = x ** 2;",
    "endfunction", "endif", "end_try_catch", "unwind_protect", "printf('%d', 1);",
    'disp("hello");', "x -= 2;",
])
def test_lint_flags_octave_only_syntax(bad):
    assert lint_text(bad), bad


@pytest.mark.parametrize("good", [
    "x = a'; % transpose, then a comment with # and != inside",
    "s = 'it''s # not a comment';", "if a ~= b", "y = x .^ 2;", "fprintf('%d\\n', k);",
    "%! assert (x != 1)", "z = [a' b'];", "e = exp(-abs(z));",
])
def test_lint_accepts_matlab(good):
    assert lint_text(good) == []
