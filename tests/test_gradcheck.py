"""Gradient checking (SPEC C): backprop against central differences in both languages, relative
error < 1e-9 (the classic course's checkNNGradients criterion), and a deliberately broken
backprop (tests/mutants/) that the same check, and the fixture, catch."""
import random
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import CASES
from nnref.gradcheck import network_gradcheck
from nnref.matlab_lint import lint_text
from nnref.network import network_backprop

MUTANTS = Path(__file__).resolve().parent / "mutants"
sys.path.insert(0, str(MUTANTS))
from network_backprop_mutant import network_backprop_mutant  # noqa: E402

NETWORKS = [[3, 5, 4, 2], [4, 3, 3, 3, 2], [2, 3, 2], [3, 2]]


def random_problem(sizes, N, seed):
    rng = random.Random(seed)
    count = sum(n * (n_prev + 1) for n_prev, n in zip(sizes[:-1], sizes[1:]))
    p = np.array([rng.gauss(0, 1) for _ in range(count)])
    X = np.array([[rng.random() for _ in range(N)] for _ in range(sizes[0])])
    Y = np.array([[rng.random() for _ in range(N)] for _ in range(sizes[-1])])
    return np.array(sizes, dtype=float), p, X, Y


def one_sample(sizes, p, X, Y):
    return network_backprop(sizes, p, X[:, 0], Y[:, 0])


@pytest.fixture(scope="module")
def octave_mutants(octave):
    octave.addpath(str(MUTANTS))
    yield octave
    octave.rmpath(str(MUTANTS))


def octave_gradcheck(octave, sizes, p, X, Y, backprop: str) -> float:
    """rel_err of nnref.network_gradcheck in Octave with the backprop named by an expression."""
    for name, value in (("s", sizes), ("p", p), ("X", X), ("Y", Y)):
        octave.push(name, value)
    return float(octave.eval(f"nnref.network_gradcheck(s, p, X, Y, {backprop})", nout=1))


@pytest.mark.parametrize("sizes", NETWORKS, ids=str)
def test_matrix_backprop_passes_the_gradient_check(octave, sizes):
    s, p, X, Y = random_problem(sizes, 5, sum(sizes))
    rel_err, g, g_numeric = network_gradcheck(s, p, X, Y)
    assert rel_err < 1e-9 and np.linalg.norm(g) > 1e-3
    assert octave_gradcheck(octave, s, p, X, Y, "[]") < 1e-9


@pytest.mark.parametrize("sizes", NETWORKS, ids=str)
def test_one_sample_backprop_passes_the_gradient_check(octave, sizes):
    s, p, X, Y = random_problem(sizes, 1, 100 + sum(sizes))
    assert network_gradcheck(s, p, X, Y, backprop=one_sample)[0] < 1e-9
    handle = "@(s, p, X, Y) nnref.network_backprop(s, p, X, Y)"
    assert octave_gradcheck(octave, s, p, X, Y, handle) < 1e-9


@pytest.mark.parametrize("sizes", NETWORKS, ids=str)
def test_the_broken_backprop_fails_the_gradient_check(octave_mutants, sizes):
    s, p, X, Y = random_problem(sizes, 5, sum(sizes))
    assert network_gradcheck(s, p, X, Y, backprop=network_backprop_mutant)[0] > 1e-3
    assert octave_gradcheck(octave_mutants, s, p, X, Y, "@network_backprop_mutant") > 1e-3


def test_the_broken_backprop_fails_the_fixture_case(octave_mutants):
    """The C2 gradient from autograd is out of reach of the mutant in both languages."""
    case = next(c for c in CASES if c.uid == "network::c2-backprop-autograd")
    sizes, p, x, y = case.arguments()
    expected = case.expected["g"]
    for g in (network_backprop_mutant(sizes, p, x.reshape(-1, 1), y.reshape(-1, 1))[0],
              np.ravel(octave_mutants.feval("network_backprop_mutant", sizes, p,
                                            x.reshape(-1, 1), y.reshape(-1, 1)))):
        assert not np.allclose(g, expected, rtol=case.rtol, atol=case.atol)
    assert np.allclose(network_backprop(sizes, p, x, y)[0], expected, rtol=case.rtol, atol=case.atol)


def test_the_octave_mutant_is_matlab_compatible():
    assert lint_text((MUTANTS / "network_backprop_mutant.m").read_text()) == []


def test_the_octave_mutant_self_test_passes(octave_mutants):
    passed, total = octave_mutants.feval("test", str(MUTANTS / "network_backprop_mutant.m"), "quiet", nout=2)
    assert total > 0 and passed == total
