"""Losses (SPEC D toolbox) beyond the fixture cases: no warnings at the extremes, gradients
against central differences, the by-name dispatchers and their refusals in both languages."""
import numpy as np
import pytest

from nnref import losses
from nnref.activations import softmax
from nnref.mse import mse
from nnref.runners import from_octave, octave_call
from nnref.sigmoid import sigmoid
from test_activations import octave_error, python_error

Y = np.array([[1.0, 0.0, 0.3], [0.0, 1.0, 0.7]])
P = np.array([[0.8, 0.1, 0.4], [0.35, 0.6, 0.5]])
Z = np.array([[1.5, -0.7, 0.2], [-2.0, 0.4, 0.9]])
DIST = np.array([[0.2, 0.0, 0.8], [0.5, 0.25, 0.25]])


def test_no_warning_and_finite_values_at_the_extremes():
    # pytest turns warnings into errors: log(0), exp(1000) or 0 * Inf would fail here.
    y, edge = np.array([1.0, 0.0, 1.0, 0.0]), np.array([0.0, 1.0, 1.0, 0.0])
    assert losses.bce_loss(y, edge) == pytest.approx(50.0)  # two clamped logs of 100, over 4
    assert np.isfinite(losses.bce_grad(y, edge)).all()
    z = np.array([-1000.0, 1000.0, -1000.0, 1000.0])
    assert losses.bce_logits_loss(y, z) == pytest.approx(1000.0)
    assert np.isfinite(losses.bce_logits_grad(y, z)).all()
    big = np.array([[1000.0, -1000.0], [-1000.0, 1000.0]])
    assert losses.cce_logits_loss(np.eye(2)[::-1], big) == pytest.approx(2000.0)
    assert np.isfinite(losses.cce_logits_grad(np.eye(2), big)).all()
    assert losses.kl_loss(np.array([0.5, 0.5]), np.array([1.0, 0.0])) == np.inf
    assert losses.kl_grad(np.array([0.0, 1.0]), np.array([0.0, 1.0])).tolist() == [0.0, -1.0]


@pytest.mark.parametrize("name, y, yhat", [("mse", Y, P), ("bce", Y, P), ("bce_logits", Y, Z),
                                           ("cce_logits", Y, Z), ("kl", DIST, P)])
def test_gradient_matches_central_differences(name, y, yhat):
    h = 1e-6
    numeric = np.zeros_like(yhat)
    for index in np.ndindex(yhat.shape):
        step = np.zeros_like(yhat)
        step[index] = h
        numeric[index] = (losses.loss(name, y, yhat + step) - losses.loss(name, y, yhat - step)) / (2 * h)
    np.testing.assert_allclose(losses.loss_grad(name, y, yhat), numeric, rtol=1e-7, atol=1e-9)


def test_the_forms_agree_with_each_other():
    assert losses.loss("mse", Y, P) == mse(Y, P)  # MSE is nnref.mse (SPEC A3), not a copy
    assert losses.bce_logits_loss(Y, Z) == pytest.approx(losses.bce_loss(Y, sigmoid(Z)), rel=1e-14)
    onehot = np.eye(3)[[2, 0]]
    assert losses.cce_logits_loss(onehot, Z) == pytest.approx(
        -np.mean(np.log(softmax(Z)[onehot == 1])), rel=1e-14)
    assert losses.kl_loss(DIST, DIST) == 0.0


@pytest.mark.parametrize("name, y, yhat", [("mse", Y, P), ("bce", Y, P), ("bce_logits", Y, Z),
                                           ("cce_logits", Y, Z), ("kl", DIST, P)])
def test_loss_by_name_agrees_in_both_languages(octave, name, y, yhat):
    value = octave_call(octave, "loss", name, y, yhat)
    assert value == pytest.approx(losses.loss(name, y, yhat), rel=1e-14)
    grad = from_octave(octave_call(octave, "loss_grad", name, y, yhat))
    np.testing.assert_allclose(grad, losses.loss_grad(name, y, yhat), rtol=1e-14, atol=1e-17)


@pytest.mark.parametrize("call, python_args, octave_expression", [
    ("loss", ("hinge", Y, P), "nnref.loss('hinge', 1, 1)"),
    ("loss_grad", ("cross_entropy", Y, P), "nnref.loss_grad('cross_entropy', 1, 1)"),
    ("loss", (["mse"], Y, P), "nnref.loss({'mse'}, 1, 1)"),
    ("loss", ("bce", np.array([1.0, 2.0]), np.array([0.5, 0.5])),
     "nnref.loss('bce', [1 2], [0.5 0.5])"),
    ("loss_grad", ("kl", np.array([0.5, 0.5]), np.array([0.5, np.nan])),
     "nnref.loss_grad('kl', [0.5 0.5], [0.5 NaN])"),
    ("loss", ("cce_logits", np.zeros((2, 3)), np.zeros(6)),
     "nnref.loss('cce_logits', zeros(2, 3), zeros(1, 6))"),
])
def test_refusals_are_identical_in_both_languages(octave, call, python_args, octave_expression):
    expected = python_error(getattr(losses, call), *python_args)
    assert octave_error(octave, octave_expression) == expected


def test_unknown_name_lists_the_known_ones():
    assert python_error(losses.loss, "hinge", Y, P) == (
        "nnref:unknownLoss", "unknown loss 'hinge'; known: mse, bce, bce_logits, cce_logits, kl")
