"""Optimizers (SPEC D toolbox) beyond the single-step fixture cases: whole trajectories with the
port's own state fed back, in both languages, against torch.optim's last step; the by-name
layer (optimizer_init / optimizer_step) in both languages; refusals only a test can pass."""
import re
from collections import defaultdict

import numpy as np
import pytest

from conftest import FIXTURES
from nnref import optimizers
from nnref.runners import from_octave, octave_call
from test_activations import octave_error, python_error

CASES = next(f for f in FIXTURES if f.algorithm == "optimizers").cases


def trajectories() -> dict:
    """config -> its torch-loop step cases in step order."""
    grouped = defaultdict(list)
    for case in CASES:
        match = re.fullmatch(r"(.+)-step(\d+)", case.id)
        if match:
            grouped[match.group(1)].append((int(match.group(2)), case))
    return {config: [case for _, case in sorted(steps, key=lambda s: s[0])]
            for config, steps in grouped.items()}


TRAJECTORIES = trajectories()


def test_every_optimizer_has_a_multi_step_torch_trajectory():
    calls = {cases[0].call for cases in TRAJECTORIES.values() if len(cases) >= 3}
    assert calls == {"sgd_step", "adagrad_step", "rmsprop_step", "adam_step"}
    assert all(case.sources["params"] == "torch-loop" for cases in TRAJECTORIES.values()
               for case in cases)


@pytest.mark.parametrize("config", sorted(TRAJECTORIES))
def test_whole_trajectory_with_own_state_matches_torch_in_both_languages(octave, config):
    """Start from the first case's inputs, feed each step's outputs into the next (the port's
    own state, never torch's), and compare every step with torch.optim."""
    cases = TRAJECTORIES[config]
    state_names = cases[0].outputs  # params, <state arrays>, step
    for lang in ("python", "octave"):
        values = dict(cases[0].inputs)
        for case in cases:
            values["grads"] = case.inputs["grads"]
            args = [values[name] for name in case.args]
            if lang == "python":
                result = optimizers.__dict__[case.call](*args)
            else:
                result = [from_octave(v) for v in
                          octave_call(octave, case.call, *args, nout=len(state_names))]
            for name, got in zip(state_names, result):
                expected = case.expected[name]
                np.testing.assert_allclose(np.asarray(got, dtype=float).reshape(expected.shape),
                                           expected, rtol=1e-13, atol=1e-16,
                                           err_msg=f"{case.uid} [{lang}] {name}")
                values[name] = np.asarray(got).reshape(expected.shape)


HYPER = {"sgd": {"lr": 0.1, "momentum": 0.9, "nesterov": True},
         "adagrad": {"lr": 0.1, "initial_accumulator_value": 0.2, "lr_decay": 0.01},
         "rmsprop": {"lr": 0.01, "centered": True, "momentum": 0.3},
         "adam": {"lr": 0.05, "amsgrad": True, "beta2": 0.99}}


@pytest.mark.parametrize("name", optimizers.OPTIMIZERS)
def test_optimizer_step_by_name_agrees_in_both_languages(octave, name):
    rng = np.random.default_rng(7)
    params = rng.uniform(-1, 1, (2, 4))
    grads = [rng.uniform(-1, 1, (2, 4)) for _ in range(5)]
    p_py, s_py = params, optimizers.optimizer_init(name, params, HYPER[name])
    p_oc, s_oc = params, octave_call(octave, "optimizer_init", name, params, HYPER[name])
    for g in grads:
        p_py, s_py = optimizers.optimizer_step(name, p_py, g, s_py, HYPER[name])
        p_oc, s_oc = octave_call(octave, "optimizer_step", name, p_oc, g, s_oc, HYPER[name], nout=2)
    assert s_py["step"] == 5 and float(s_oc["step"]) == 5
    np.testing.assert_allclose(p_oc, p_py, rtol=1e-14)
    for key in optimizers.STATE[name]:
        np.testing.assert_allclose(np.asarray(s_oc[key]), s_py[key], rtol=1e-14, atol=1e-300)
    assert not np.allclose(p_py, params)  # the steps moved the parameters


def test_optimizer_step_is_the_step_function():
    params, g = np.array([1.0, -2.0]), np.array([0.3, 0.4])
    state = optimizers.optimizer_init("adam", params)
    new_params, new_state = optimizers.optimizer_step("adam", params, g, state, {"lr": 0.1})
    expected = optimizers.adam_step(params, g, state["exp_avg"], state["exp_avg_sq"],
                                    state["max_exp_avg_sq"], 0, lr=0.1)
    np.testing.assert_array_equal(new_params, expected[0])
    assert list(new_state) == ["exp_avg", "exp_avg_sq", "max_exp_avg_sq", "step"]
    assert state["step"] == 0 and (state["exp_avg"] == 0).all()  # the old state is untouched


@pytest.mark.parametrize("name", optimizers.OPTIMIZERS)
def test_defaults_are_the_same_in_both_languages(octave, name):
    octave_defaults = octave_call(octave, "optimizer_defaults", name)
    python_defaults = optimizers.optimizer_defaults(name)
    assert list(octave_defaults.keys()) == list(python_defaults)
    for key, value in python_defaults.items():
        assert octave_defaults[key] == value, key


@pytest.mark.parametrize("call, python_args, octave_expression", [
    ("optimizer_init", ("lbfgs", np.zeros(2)), "nnref.optimizer_init('lbfgs', zeros(1, 2))"),
    ("optimizer_step", ("adamw", np.zeros(2), np.zeros(2), {}),
     "nnref.optimizer_step('adamw', zeros(1, 2), zeros(1, 2), struct())"),
    ("optimizer_step", ("adam", np.zeros(2), np.zeros(2), {"step": 0}, {"momentum": 0.9}),
     "nnref.optimizer_step('adam', zeros(1, 2), zeros(1, 2), struct('step', 0), "
     "struct('momentum', 0.9))"),
    ("optimizer_step", ("sgd", np.zeros(2), np.zeros(2), {"step": 0}),
     "nnref.optimizer_step('sgd', zeros(1, 2), zeros(1, 2), struct('step', 0))"),
    ("optimizer_step", ("sgd", np.zeros(2), np.zeros(2), 3),
     "nnref.optimizer_step('sgd', zeros(1, 2), zeros(1, 2), 3)"),
    ("optimizer_init", ("sgd", np.zeros(2), 0.1), "nnref.optimizer_init('sgd', zeros(1, 2), 0.1)"),
    ("optimizer_init", ("adagrad", np.zeros(2), {"initial_accumulator_value": -1.0}),
     "nnref.optimizer_init('adagrad', zeros(1, 2), struct('initial_accumulator_value', -1))"),
    ("optimizer_defaults", (7,), "nnref.optimizer_defaults(7)"),
])
def test_refusals_are_identical_in_both_languages(octave, call, python_args, octave_expression):
    expected = python_error(getattr(optimizers, call), *python_args)
    assert octave_error(octave, octave_expression) == expected


def test_refusal_messages_name_the_problem():
    assert python_error(optimizers.optimizer_init, "lbfgs", np.zeros(2)) == (
        "nnref:unknownOptimizer", "unknown optimizer 'lbfgs'; known: sgd, adagrad, rmsprop, adam")
    assert python_error(optimizers.optimizer_step, "adam", np.zeros(2), np.zeros(2), {},
                        {"momentum": 0.9}) == (
        "nnref:unknownHyperparameter", "adam has no hyper-parameter 'momentum'; known: lr, beta1, "
        "beta2, eps, weight_decay, amsgrad")
    assert python_error(optimizers.sgd_step, [1.0], [1.0], [0.0], 0, 0.1, 0.9, 0.0, 0.0, 1) == (
        "nnref:badType", "nesterov must be true or false")
