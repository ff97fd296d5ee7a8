"""Activations (SPEC D toolbox) beyond the fixture cases: stability at |z| = 1000 without
warnings, the by-name dispatchers in both languages, and the refusals only a test can pass
(names are strings, which fixture inputs cannot hold)."""
import numpy as np
import pytest

from nnref import activations
from nnref.errors import NnrefError
from nnref.runners import from_octave, octave_call
from nnref.sigmoid import sigmoid, sigmoid_prime

EXTREME = np.array([[-1000.0, -745.0, -1.0, 0.0], [1.0, 40.0, 745.0, 1000.0]])


def octave_error(octave, expression: str) -> tuple:
    """(identifier, message) of the error `expression` raises in Octave, ('', '') if none."""
    octave.eval("nnref_id = ''; nnref_msg = '';")
    octave.eval(f"try, {expression}; catch err, nnref_id = err.identifier; "
                "nnref_msg = err.message; end")
    return str(octave.pull("nnref_id")), str(octave.pull("nnref_msg"))


def python_error(function, *args) -> tuple:
    with pytest.raises(NnrefError) as caught:
        function(*args)
    return caught.value.identifier, caught.value.message


@pytest.mark.parametrize("function", [activations.tanh_activation, activations.tanh_prime,
                                      activations.relu, activations.relu_prime,
                                      activations.softmax, sigmoid, sigmoid_prime])
def test_no_overflow_warning_and_no_nan_at_1000(function):
    # pytest turns every warning into an error (pyproject filterwarnings), so an overflow in
    # exp would fail here.
    out = function(EXTREME)
    assert out.shape == EXTREME.shape and np.isfinite(out).all()


def test_softmax_rows_sum_to_one_at_extremes_in_both_languages(octave):
    for got in (activations.softmax(EXTREME), from_octave(octave_call(octave, "softmax", EXTREME))):
        np.testing.assert_allclose(got.sum(axis=1), [1.0, 1.0], rtol=1e-15)
        assert got[0, 0] == 0.0 and got[1, 3] == 1.0


def test_tanh_prime_keeps_the_tail_that_one_minus_tanh_squared_loses():
    z = np.array([20.0, 30.0])
    assert (1 - np.tanh(z) ** 2 == 0).all()
    np.testing.assert_allclose(activations.tanh_prime(z), 4 * np.exp(-2 * z), rtol=1e-12)


@pytest.mark.parametrize("name, function", [("sigmoid", sigmoid), ("tanh", np.tanh),
                                            ("relu", lambda z: np.maximum(z, 0)),
                                            ("softmax", None)])
def test_activation_by_name_agrees_in_both_languages(octave, name, function):
    z = np.array([[-2.0, -0.5, 0.0], [0.5, 1.5, 3.0]])
    python = activations.activation(name, z)
    if function is not None:
        np.testing.assert_allclose(python, function(z), rtol=1e-15)
    else:
        np.testing.assert_array_equal(python, activations.softmax(z))
    np.testing.assert_allclose(from_octave(octave_call(octave, "activation", name, z)), python,
                               rtol=1e-15)


@pytest.mark.parametrize("name, derivative", [("sigmoid", sigmoid_prime),
                                              ("tanh", activations.tanh_prime),
                                              ("relu", activations.relu_prime)])
def test_activation_prime_by_name_agrees_in_both_languages(octave, name, derivative):
    z = np.array([-2.0, -0.5, 0.0, 0.5, 3.0])
    python = activations.activation_prime(name, z)
    np.testing.assert_array_equal(python, derivative(z))
    np.testing.assert_allclose(from_octave(octave_call(octave, "activation_prime", name, z)),
                               python.reshape(1, -1), rtol=1e-15)


def test_derivatives_match_central_differences():
    z = np.linspace(-3, 3, 13) + 0.01  # away from relu's kink
    h = 1e-6
    for f, d in [(activations.tanh_activation, activations.tanh_prime),
                 (activations.relu, activations.relu_prime)]:
        np.testing.assert_allclose(d(z), (f(z + h) - f(z - h)) / (2 * h), rtol=1e-8, atol=1e-9)
    dA = np.array([[0.3, -1.0, 2.0]])
    zs = np.array([[0.2, -0.4, 1.1]])
    numeric = [((activations.softmax(zs + h * e) - activations.softmax(zs - h * e)) * dA).sum()
               / (2 * h) for e in np.eye(3)[:, None, :]]
    np.testing.assert_allclose(activations.softmax_backward(zs, dA)[0], numeric, rtol=1e-8)


@pytest.mark.parametrize("call, python_args, octave_expression", [
    ("activation", ("swish", 1.0), "nnref.activation('swish', 1)"),
    ("activation", (3, 1.0), "nnref.activation(3, 1)"),
    ("activation_prime", ("softmax", 1.0), "nnref.activation_prime('softmax', 1)"),
    ("activation_prime", ("elu", 1.0), "nnref.activation_prime('elu', 1)"),
    ("activation", ("tanh", np.nan), "nnref.activation('tanh', NaN)"),
])
def test_refusals_are_identical_in_both_languages(octave, call, python_args, octave_expression):
    expected = python_error(getattr(activations, call), *python_args)
    assert expected[0].startswith("nnref:") and expected[1]
    assert octave_error(octave, octave_expression) == expected


def test_unknown_name_lists_the_known_ones():
    identifier, message = python_error(activations.activation, "swish", 1.0)
    assert identifier == "nnref:unknownActivation"
    assert message == "unknown activation 'swish'; known: sigmoid, tanh, relu, softmax"
