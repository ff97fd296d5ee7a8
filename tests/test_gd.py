"""General gradient descent (SPEC B1, B2) beyond the fixture cases: the stopping rules with a
gradient passed as a function, which fixtures cannot carry, in both languages."""
import numpy as np
import pytest

from nnref.errors import NnrefError
from nnref.gd import gd_quadratic, gradient_descent
from nnref.runners import octave_call


def closed_form_path(start, target, alpha, updates):
    """For gradient theta - target the error shrinks by (1 - alpha) per update."""
    start, target = np.asarray(start, float), np.asarray(target, float)
    return np.array([target + (1 - alpha) ** k * (start - target) for k in range(updates + 1)])


def octave_descent(octave, gradient: str, theta0, alpha, *options):
    """[path, updates] of nnref.gradient_descent with an anonymous function written in Octave,
    or the error's (identifier, message)."""
    args = np.empty(2 + len(options), dtype=object)  # an object array arrives as a cell
    args[:] = [theta0, alpha, *options]
    octave.push("nnref_test_args", args)
    octave.eval(f"nnref_test_f = {gradient};")
    octave.eval("try; [nnref_p, nnref_u] = nnref.gradient_descent(nnref_test_f, "
                "nnref_test_args{:}); nnref_e = {'', ''}; catch err; nnref_p = []; nnref_u = -1; "
                "nnref_e = {err.identifier, err.message}; end")
    error = tuple(octave.pull("nnref_e").reshape(-1))
    return np.atleast_2d(octave.pull("nnref_p")), int(octave.pull("nnref_u")), error


def test_tolerance_rule_stops_at_the_first_small_gradient():
    target = np.array([1.0, -2.0])
    path, updates = gradient_descent(lambda t: t - target, np.zeros(2), 0.25, tol=1e-6)
    # |e_k| = 2 * 0.75^k <= 1e-6 first at k = ceil(log(5e-7) / log(0.75)) = 51
    assert updates == 51
    np.testing.assert_allclose(path, closed_form_path([0, 0], target, 0.25, 51), rtol=1e-12,
                               atol=1e-15)
    assert np.abs(path[-2] - target).max() > 1e-6 >= np.abs(path[-1] - target).max()


def test_both_languages_walk_the_same_closed_form_path(octave):
    path, updates, error = octave_descent(octave, "@(t) t - [1; -2]", np.array([[0.0], [0.0]]),
                                          0.25, "tol", 1e-6)
    assert error == ("", "") and updates == 51
    np.testing.assert_allclose(path, closed_form_path([0, 0], [1, -2], 0.25, 51), rtol=1e-12,
                               atol=1e-15)


def test_the_gradient_sees_theta_in_the_start_shape():
    shapes = []
    gradient_descent(lambda t: shapes.append(t.shape) or 2 * t, np.ones((2, 1)), 0.1, steps=2)
    assert shapes == [(2, 1), (2, 1)]


def test_demos_are_computed_by_the_general_descent(monkeypatch):
    import nnref.gd
    calls = []
    original = nnref.gd.gradient_descent
    monkeypatch.setattr(nnref.gd, "gradient_descent",
                        lambda *a, **k: calls.append(k) or original(*a, **k))
    theta, updates, path = gd_quadratic([2.0, 3.0], 0.1, 99)
    assert calls == [{"steps": 99}] and updates == 99 and path.shape == (100, 2)
    np.testing.assert_allclose(path[1:3], [[1.6, 2.4], [1.28, 1.92]], rtol=1e-14)
    # another step size gives another path: nothing is typed in
    np.testing.assert_allclose(gd_quadratic(1.0, 0.3, 3)[2].ravel(), [1, 0.4, 0.16, 0.064],
                               rtol=1e-14)


# (Python call, Octave anonymous function, start, alpha, options, identifier, message)
REFUSED = [
    (lambda t: 2 * t, "@(t) 2 * t", 1.0, 0.1, {"tol": 1e-5, "max_iter": 5},
     "nnref:noConvergence", "no convergence within 5 updates (tol 1e-05)"),
    (lambda t: np.ones(1), "@(t) 1", np.array([1.0, 2.0]), 0.1, {"steps": 1},
     "nnref:badShape", "gradient has 1 elements, theta has 2"),
    (lambda t: 1 / t, "@(t) 1 ./ t", 1.0, 1.0, {"steps": 3},
     "nnref:diverged", "gradient is not finite after 1 updates"),
    (lambda t: np.nan * t, "@(t) NaN * t", 1.0, 0.1, {"tol": 1e-5},
     "nnref:diverged", "gradient is not finite after 0 updates"),
    (lambda t: 2 * t, "@(t) 2 * t", 1.0, 0.1, {},
     "nnref:badOption", "give exactly one stopping rule: steps or tol"),
    (lambda t: 2 * t, "@(t) 2 * t", 1.0, 0.1, {"steps": 2, "tol": 1e-5},
     "nnref:badOption", "give exactly one stopping rule: steps or tol"),
    (lambda t: 2 * t, "@(t) 2 * t", 1.0, 0.1, {"tol": 1e-5, "max_iter": -1},
     "nnref:badOption", "max_iter must be a whole number >= 0, got -1"),
]


@pytest.mark.parametrize("python_gradient, octave_gradient, start, alpha, options, identifier, "
                         "message", REFUSED, ids=[row[5] + ":" + row[6] for row in REFUSED])
def test_refusals_are_the_same_in_both_languages(octave, python_gradient, octave_gradient, start,
                                                 alpha, options, identifier, message):
    with pytest.raises(NnrefError) as caught:
        gradient_descent(python_gradient, start, alpha, **options)
    assert (caught.value.identifier, caught.value.message) == (identifier, message)
    flat = [item for pair in options.items() for item in pair]
    _, _, error = octave_descent(octave, octave_gradient, start, alpha, *flat)
    assert error == (identifier, message)


def test_a_runaway_descent_ends_with_an_error_not_a_loop():
    with pytest.raises(NnrefError) as caught:
        gradient_descent(lambda t: -2 * t, 1.0, 0.5, tol=1e-5)  # climbs: |theta| doubles
    assert caught.value.identifier == "nnref:diverged"
    assert caught.value.message == "gradient is not finite after 1023 updates"  # -2 * 2^1023
