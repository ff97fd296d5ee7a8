"""The 2-2-1 network beyond the fixture cases (which test_fixture_cases runs in both languages):
the step traces agree between Python and Octave, trained networks classify Emily and Frank
(SPEC A7), and the float kernel follows nnref.sigmoid exactly."""
import math

import numpy as np
import pytest

from conftest import FIXTURES
from nnref.compare import ulp_distance
from nnref.encoding import same_bits
from nnref.errors import NnrefError
from nnref.net221 import (BACKPROP_NAMES, STEP_NAMES, net221_backprop, net221_partials,
                          net221_predict, net221_step, net221_train, sigma, sigma_prime,
                          trace_from_columns)
from nnref.runners import octave_call
from nnref.sigmoid import sigmoid, sigmoid_prime
from nnref.trace import first_divergence

TRAIN = next(f for f in FIXTURES if f.algorithm == "net221_train")
START_CASES = [c for c in TRAIN.cases if c.id.startswith("train-start-")]
EMILY_FRANK = np.array([[-7.0, -3.0], [20.0, 2.0]])


def test_three_start_sets_train_the_spec_a4_data():
    assert len(START_CASES) == 3
    assert len({tuple(c.inputs["w0"]) for c in START_CASES}) == 3
    for case in START_CASES:
        assert case.inputs["X"].shape == (4, 2) and case.expected["loss"].shape == (100,)


def test_float_kernel_follows_nnref_sigmoid():
    """The same overflow-free formulas; only math.exp and numpy's exp may differ, by an ULP
    (2 ULP in the result, measured over this sweep)."""
    z = np.linspace(-40, 40, 2001)
    assert ulp_distance(np.array([sigma(v) for v in z]), sigmoid(z)).max() <= 2
    assert ulp_distance(np.array([sigma_prime(v) for v in z]), sigmoid_prime(z)).max() <= 2
    extreme = np.array([-1000.0, -745.0, -709.0, 0.0, 1e-300, 709.0, 800.0])
    assert same_bits([sigma(v) for v in extreme], sigmoid(extreme))
    assert same_bits([sigma_prime(v) for v in extreme], sigmoid_prime(extreme))


@pytest.mark.parametrize("case", START_CASES, ids=lambda c: c.id)
def test_trained_network_classifies_emily_and_frank_and_the_loss_falls(case, lang, outcomes, octave):
    """SPEC A7: Emily > 0.5 (female), Frank < 0.5, in each language with its own predict."""
    outputs = outcomes[lang][case.uid].outputs
    w, b, loss = (np.asarray(outputs[name], dtype=float).reshape(-1) for name in ("w", "b", "loss"))
    if lang == "python":
        ypred, label = net221_predict(w, b, EMILY_FRANK)
    else:
        ypred, label = octave_call(octave, "net221_predict", w, b, EMILY_FRANK, nout=2)
    ypred = np.asarray(ypred, dtype=float).reshape(-1)
    assert ypred[0] > 0.5 > ypred[1], ypred
    assert np.asarray(label).reshape(-1).tolist() == [1, 0]
    assert loss[-1] < loss[0] / 10
    start = net221_predict(case.inputs["w0"], case.inputs["b0"], case.inputs["X"])[0]
    assert loss[0] < np.mean((case.inputs["y"] - start) ** 2)  # the first 4 steps already help


def test_python_and_octave_traces_agree_step_by_step(octave):
    """The same names in computation order, every value of all 4000 steps within rtol 1e-9,
    and the loss on the same steps."""
    case = START_CASES[0]
    args = [case.inputs[name] for name in ("w0", "b0", "X", "y")]
    w, b, loss, python_trace = net221_train(*args, trace=True)
    ow, ob, oloss, columns = octave_call(octave, "net221_train", *args, nout=4)
    octave_trace = trace_from_columns(columns)
    assert list(columns.keys()) == list(STEP_NAMES) + ["loss"]
    assert len(python_trace) == len(octave_trace) == 4000
    assert [k for k, s in enumerate(python_trace) if "loss" in s] == \
        [k for k, s in enumerate(octave_trace) if "loss" in s] == list(range(3, 4000, 40))
    assert first_divergence(python_trace, octave_trace, 1e-9, 1e-15) is None
    assert first_divergence(octave_trace, python_trace, 1e-9, 1e-15) is None
    assert list(python_trace[0]) == list(STEP_NAMES)
    last = python_trace[-1]
    assert same_bits([last[f"w{i}"] for i in range(1, 7)], w)
    assert same_bits([last[f"b{i}"] for i in range(1, 4)], b)
    assert same_bits([s["loss"] for s in python_trace if "loss" in s], loss)
    np.testing.assert_allclose(np.ravel(oloss), loss, rtol=1e-9)


def test_first_divergence_names_the_step_and_variable_of_a_change(octave):
    """A trace diff pins a change to where it first shows: here a different label at step 3
    (Charlie) changes dL_dypred first, in computation order."""
    case = START_CASES[1]
    X, y = case.inputs["X"], case.inputs["y"].copy()
    reference = net221_train(case.inputs["w0"], case.inputs["b0"], X, y, 0.1, 2, trace=True)[3]
    y[2] = 0.25
    _, _, _, columns = octave_call(octave, "net221_train", case.inputs["w0"], case.inputs["b0"],
                                   X, y, 0.1, 2, nout=4)
    divergence = first_divergence(reference, trace_from_columns(columns), 1e-9, 1e-15)
    assert (divergence["step"], divergence["variable"]) == (3, "dL_dypred")
    assert divergence["got"] == pytest.approx(reference[2]["dL_dypred"] - 2 * 0.25)


def test_step_trace_and_train_agree_on_the_first_step(octave):
    case = START_CASES[2]
    w0, b0, X, y = (case.inputs[name] for name in ("w0", "b0", "X", "y"))
    w, b, step = net221_step(w0, b0, X[0], y[0], 0.1, trace=True)
    first = net221_train(w0, b0, X, y, 0.1, 1, trace=True)[3][0]
    assert step == first
    ow, ob, ostep = octave_call(octave, "net221_step", w0, b0, X[0], y[0], 0.1, nout=3)
    assert list(ostep.keys()) == list(STEP_NAMES)
    assert first_divergence([step], [dict(ostep)], 1e-12, 0) is None
    np.testing.assert_allclose(np.ravel(ow), w, rtol=1e-14)


def test_backprop_partials_and_step_are_consistent():
    """net221_partials are the dL_* of net221_backprop; a step moves each parameter by
    -learn_rate times its partial (SPEC A5), all partials taken before the update."""
    w, b, x, y = np.array([0.3, -1.2, 0.8, 0.5, -0.7, 1.1]), np.array([0.2, -0.4, 0.1]), [17, 4], 0
    values = dict(zip(BACKPROP_NAMES, net221_backprop(w, b, x, y)))
    dL_dw, dL_db = net221_partials(w, b, x, y)
    assert dL_dw.tolist() == [values[f"dL_dw{i}"] for i in range(1, 7)]
    assert dL_db.tolist() == [values[f"dL_db{i}"] for i in range(1, 4)]
    w_new, b_new = net221_step(w, b, x, y, 0.5)
    np.testing.assert_allclose(w_new, w - 0.5 * dL_dw, rtol=0, atol=1e-15)
    np.testing.assert_allclose(b_new, b - 0.5 * dL_db, rtol=0, atol=1e-15)


def test_numerical_gradient_agrees_with_the_partials():
    """Central differences of L = (y - o1)^2 against the nine partials (a check of the chain
    rule that uses only the forward pass)."""
    w, b, x, y = np.array([0.3, -1.2, 0.8, 0.5, -0.7, 1.1]), np.array([0.2, -0.4, 0.1]), [-2, -1], 1
    dL_dw, dL_db = net221_partials(w, b, x, y)
    theta = np.concatenate([w, b])

    def loss(t):
        return (y - net221_backprop(t[:6], t[6:], x, y)[5]) ** 2
    h = 1e-6
    numeric = [(loss(theta + h * e) - loss(theta - h * e)) / (2 * h) for e in np.eye(9)]
    np.testing.assert_allclose(numeric, np.concatenate([dL_dw, dL_db]), rtol=1e-6, atol=1e-10)


def test_training_length_follows_epochs():
    X, y = np.array([[-2.0, -1.0], [25.0, 6.0]]), np.array([1.0, 0.0])
    for epochs, count in ((1, 1), (10, 1), (11, 2), (25, 3)):
        assert net221_train(np.ones(6), np.zeros(3), X, y, 0.1, epochs)[2].shape == (count,)


@pytest.mark.parametrize("bad, message", [
    ({"X": np.zeros((4, 3))}, "X must have 2 columns and at least one row (one sample per row), got size 4x3"),
    ({"X": np.zeros((0, 2)), "y": np.zeros(0)}, "X must have 2 columns and at least one row (one sample per row), got size 0x2"),
    ({"y": np.zeros(5)}, "y must have 4 elements (one per row of X), got 5"),
    ({"w0": np.zeros(7)}, "w0 must have 6 elements, got 7"),
    ({"epochs": 0}, "epochs must be a positive integer, got 0"),
    ({"learn_rate": math.inf}, "learn_rate contains Inf"),
])
def test_refused_training_input_says_why(bad, message):
    args = {"w0": np.ones(6), "b0": np.zeros(3), "X": np.zeros((4, 2)), "y": np.zeros(4),
            "learn_rate": 0.1, "epochs": 3, **bad}
    with pytest.raises(NnrefError) as err:
        net221_train(**args)
    assert str(err.value) == message
