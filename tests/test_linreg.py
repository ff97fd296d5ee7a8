"""Linear regression (SPEC B3) beyond the per-case fixture checks: both languages agree on the
update count, the fixture holds the SPEC's numbers, and the parts fit together."""
from fractions import Fraction

import numpy as np
import pytest

from nnref.errors import NnrefError
from nnref.fixtures import load_fixture, fixture_path
from nnref.linreg import linreg_cost, linreg_data, linreg_gd, linreg_gradient, linreg_normal

FIXTURE = {case.id: case for case in load_fixture(fixture_path("linreg")).cases}


def test_both_languages_report_4344_updates_and_the_same_theta(outcomes):
    case = FIXTURE["b3-gd-exact"]
    python = outcomes["python"][case.uid].outputs
    octave = outcomes["octave"][case.uid].outputs
    assert int(python["updates"]) == int(np.asarray(octave["updates"]).item()) == 4344
    np.testing.assert_allclose(np.asarray(octave["theta"]).reshape(2, 1), python["theta"],
                               rtol=case.rtol, atol=case.atol)


def test_the_fixture_holds_the_numbers_of_spec_b3():
    gd = FIXTURE["b3-gd-exact"]
    assert gd.sources == {"theta": "exact", "updates": "exact"}
    assert int(gd.expected["updates"]) == 4344
    np.testing.assert_allclose(gd.expected["theta"].ravel(),
                               [0.13729870606071579, 1.4767766271429859], rtol=1e-15)
    torch_loop = FIXTURE["b3-gd-torch-loop"]
    assert set(torch_loop.sources.values()) == {"torch-loop"}
    assert int(torch_loop.expected["updates"]) == 4344
    normal = FIXTURE["b3-normal-exact"].expected["theta"].ravel()
    assert [Fraction(v).limit_denominator(1000) for v in normal] == [Fraction(7, 51),
                                                                     Fraction(477, 323)]
    np.testing.assert_allclose(FIXTURE["b3-cost-at-gd-exact"].expected["J"], 0.4406604749366078,
                               rtol=1e-15)


def test_stop_is_the_first_iterate_with_every_gradient_component_within_tol():
    X, y = linreg_data()
    theta, updates, path, J_history = linreg_gd(X, y, [1, 1], 0.01, 1e-5)
    assert path.shape == (updates + 1, 2) and J_history.shape == (updates + 1,)
    last = np.abs(linreg_gradient(path[-1], X, y)).max()
    before = np.abs(linreg_gradient(path[-2], X, y)).max()
    assert before > 1e-5 >= last and 1e-5 - last == pytest.approx(2.7e-9, rel=0.02)  # SPEC B3
    np.testing.assert_array_equal(theta.ravel(), path[-1])
    assert J_history[-1] == pytest.approx(linreg_cost(theta, X, y), rel=1e-15)
    assert np.all(np.diff(J_history) < 0)


def test_gradient_descent_approaches_the_normal_equation_solution():
    X, y = linreg_data()
    theta = linreg_gd(X, y, [1, 1], 0.01, 1e-5)[0]
    optimum = linreg_normal(X, y)
    assert np.abs(theta - optimum).max() < 1e-4
    assert np.abs(linreg_gradient(optimum, X, y)).max() < 1e-12


def test_gradient_matches_finite_differences_of_the_cost():
    X, y = linreg_data()
    theta, h = np.array([0.3, 1.2]), 1e-6
    numeric = [(linreg_cost(theta + h * e, X, y) - linreg_cost(theta - h * e, X, y)) / (2 * h)
               for e in np.eye(2)]
    np.testing.assert_allclose(linreg_gradient(theta, X, y).ravel(), numeric, rtol=1e-7)


def test_octave_path_and_cost_history_match_python(octave):
    from nnref.runners import octave_call
    X, y = linreg_data()
    theta, updates, path, J_history = octave_call(octave, "linreg_gd", X, y, np.array([[1.0], [1.0]]),
                                                  0.01, 1e-5, 100000, nout=4)
    py_theta, py_updates, py_path, py_J = linreg_gd(X, y, [1, 1], 0.01, 1e-5)
    assert int(updates) == py_updates == 4344
    assert np.shape(J_history) == (1, 4345) and np.shape(path) == (4345, 2)
    np.testing.assert_allclose(path, py_path, rtol=1e-13, atol=1e-15)
    np.testing.assert_allclose(np.ravel(J_history), py_J, rtol=1e-13)


def test_python_refuses_with_the_octave_identifiers():
    X, y = linreg_data()
    with pytest.raises(NnrefError) as caught:
        linreg_gd(X, y, [1, 1], 0.01, 1e-5, max_iter=4343)
    assert caught.value.identifier == "nnref:noConvergence"
    assert linreg_gd(X, y, [1, 1], 0.01, 1e-5, max_iter=4344)[1] == 4344
    with pytest.raises(NnrefError, match="X must be a matrix, got size 2x2x2"):
        linreg_cost([1, 1], np.ones((2, 2, 2)), [1, 2])
