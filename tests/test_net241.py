"""The corrected 2-4-1 network (SPEC D) beyond the fixture cases: 100% on XOR in both languages
from the stored start, Python and Octave epoch by epoch over a long run, gradients against
central differences, and the published code's defects shown to be gone."""
import numpy as np
import pytest

from conftest import FIXTURES
from nnref import net241
from nnref.runners import from_octave, octave_call
from nnref.trace import first_divergence
from test_activations import octave_error, python_error

CASES = {case.id: case for case in next(f for f in FIXTURES if f.algorithm == "net241").cases}
TRAINING = {id: case for id, case in CASES.items() if case.call == "net241_train_code"}
XOR_RUNS = sorted(id for id in TRAINING if id.startswith("xor-"))


def run(octave, lang, name, *args, nout=1):
    if lang == "python":
        return getattr(net241, name)(*args)
    result = octave_call(octave, name, *args, nout=nout)
    return [from_octave(v) for v in result] if nout > 1 else from_octave(result)


def test_the_stored_data_are_xor_and_two_moons():
    xor = TRAINING["xor-adam"].inputs
    np.testing.assert_array_equal(xor["X"], [[0, 0], [0, 1], [1, 0], [1, 1]])
    np.testing.assert_array_equal(xor["Y"], [[0], [1], [1], [0]])
    moons = TRAINING["moons-adam-amsgrad"].inputs
    assert moons["X"].shape == (60, 2) and moons["Y"].sum() == 30
    assert len(XOR_RUNS) >= 4 and {int(TRAINING[id].inputs["code"]) for id in XOR_RUNS} == {1, 2, 3, 4}


@pytest.mark.parametrize("lang", ["python", "octave"])
@pytest.mark.parametrize("id", XOR_RUNS)
def test_xor_is_learned_to_100_percent_in_both_languages(octave, lang, id):
    inputs = TRAINING[id].inputs
    W1, B1, W2, B2, losses = run(octave, lang, "net241_train_code",
                                 *TRAINING[id].arguments(), nout=5)
    labels = run(octave, lang, "net241_predict", inputs["X"], W1, B1, W2, B2)
    np.testing.assert_array_equal(labels, inputs["Y"])
    assert np.asarray(losses).reshape(-1)[-1] < 0.1 < np.asarray(losses).reshape(-1)[0]


@pytest.mark.parametrize("optimizer, hyper", [("adam", {"lr": 0.05}),
                                              ("sgd", {"lr": 0.5, "momentum": 0.9}),
                                              ("rmsprop", {"lr": 0.01, "centered": True})])
def test_python_and_octave_agree_epoch_by_epoch_over_a_long_run(octave, optimizer, hyper):
    """600 epochs on two moons from the stored start: every epoch's loss and the final
    parameters agree to 1e-9 (the fixture's torch-loop runs are 150 epochs)."""
    inputs = TRAINING["moons-adam-amsgrad"].inputs
    args = [inputs[name] for name in ("X", "Y", "W1", "B1", "W2", "B2")]
    python = net241.net241_train(*args, 600, optimizer, hyper)
    octave_result = run(octave, "octave", "net241_train", *args, 600, optimizer, hyper, nout=5)
    trace = lambda losses: [{"loss": v} for v in np.asarray(losses).reshape(-1)]  # noqa: E731
    assert first_divergence(trace(python[4]), trace(octave_result[4]), 1e-9, 0.0) is None
    for name, p, o in zip(("W1", "B1", "W2", "B2"), python[:4], octave_result[:4]):
        np.testing.assert_allclose(o, p, rtol=1e-9, atol=1e-12, err_msg=name)
    assert python[4][-1] < 0.05  # and the run does learn


def test_gradients_match_central_differences():
    case = CASES["soft-targets-gradients-autograd"]
    args = case.arguments()  # X, Y, W1, B1, W2, B2
    L, *grads = net241.net241_gradients(*args)
    h = 1e-6
    for position, grad in zip(range(2, 6), grads):
        numeric = np.zeros_like(grad)
        for index in np.ndindex(grad.shape):
            plus, minus = [list(args), list(args)]
            for copy, sign in ((plus, 1), (minus, -1)):
                copy[position] = args[position].copy()
                copy[position][index] += sign * h
            numeric[index] = (net241.net241_gradients(*plus)[0]
                              - net241.net241_gradients(*minus)[0]) / (2 * h)
        np.testing.assert_allclose(grad, numeric, rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("lang", ["python", "octave"])
def test_every_parameter_array_is_updated(octave, lang):
    """The published loop updates W1 only (SPEC D); one epoch here moves all four arrays."""
    case = TRAINING["xor-sgd"]
    args = [case.inputs[name] for name in ("X", "Y", "W1", "B1", "W2", "B2")]
    after = run(octave, lang, "net241_train", *args, 1, "sgd", {"lr": 0.5}, nout=5)
    for before, trained in zip(args[2:], after[:4]):
        assert not np.allclose(np.asarray(trained).reshape(before.shape), before)


def test_train_by_name_equals_train_by_code():
    case = TRAINING["moons-sgd-nesterov"]
    by_code = net241.net241_train_code(*case.arguments())
    args = [case.inputs[name] for name in ("X", "Y", "W1", "B1", "W2", "B2")]
    by_name = net241.net241_train(*args, 150, "sgd", {"lr": 0.5, "momentum": 0.9,
                                                       "dampening": 0.0, "weight_decay": 0.001,
                                                       "nesterov": True})
    for a, b in zip(by_code, by_name):
        np.testing.assert_array_equal(a, b)


XOR_ARGS = "[0 0; 0 1; 1 0; 1 1], [0; 1; 1; 0], zeros(2, 4), zeros(1, 4), zeros(4, 1), 0"


@pytest.mark.parametrize("python_args, octave_expression", [
    ((5, "adamw"), f"nnref.net241_train({XOR_ARGS}, 5, 'adamw')"),
    ((5, "adam", {"momentum": 0.9}), f"nnref.net241_train({XOR_ARGS}, 5, 'adam', struct('momentum', 0.9))"),
    ((2.5, "sgd"), f"nnref.net241_train({XOR_ARGS}, 2.5, 'sgd')"),
    ((5, "sgd", {"lr": np.nan}), f"nnref.net241_train({XOR_ARGS}, 5, 'sgd', struct('lr', NaN))"),
])
def test_refusals_are_identical_in_both_languages(octave, python_args, octave_expression):
    X = np.array([[0.0, 0], [0, 1], [1, 0], [1, 1]])
    args = (X, np.array([[0.0], [1], [1], [0]]), np.zeros((2, 4)), np.zeros((1, 4)),
            np.zeros((4, 1)), 0.0)
    expected = python_error(net241.net241_train, *args, *python_args)
    assert octave_error(octave, octave_expression) == expected
