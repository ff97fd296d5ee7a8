"""shared_fixtures/optimizers.json: SGD (momentum, Nesterov), Adagrad, RMSprop, Adam (SPEC D).

Trajectories come from torch.optim itself ("torch-loop"): a float64 parameter tensor, a seeded
sequence of gradients set as .grad, optimizer.step() K times (foreach=False: the single-tensor
code path).  Step k is one case: its inputs are torch's parameters and state before the step
(so every case starts from torch's numbers, not the port's), its expected values torch's
parameters and state after it.  First steps from a zero state also have exact references
(mpmath at 60 digits), which need no torch.
"""
import random

import mpmath
import numpy as np

from nnref.generate import exact
from nnref.generate.cases import Planned, error_case, value_case

DESCRIPTION = ("Optimizer steps as pure functions (params, grads, state, hyper-parameters) -> "
               "(params, state), torch's names and defaults: sgd_step, adagrad_step, "
               "rmsprop_step, adam_step (SPEC D toolbox); multi-step trajectories from torch.optim.")

# The step functions' hyper-parameters in argument order (torch's constructor order; Adagrad's
# initial_accumulator_value only sets the starting state_sum) and the state arrays.
HYPER = {"sgd": ("lr", "momentum", "dampening", "weight_decay", "nesterov"),
         "adagrad": ("lr", "lr_decay", "weight_decay", "eps"),
         "rmsprop": ("lr", "alpha", "eps", "weight_decay", "momentum", "centered"),
         "adam": ("lr", "beta1", "beta2", "eps", "weight_decay", "amsgrad")}
STATE = {"sgd": ("momentum_buffer",), "adagrad": ("state_sum",),
         "rmsprop": ("square_avg", "momentum_buffer", "grad_avg"),
         "adam": ("exp_avg", "exp_avg_sq", "max_exp_avg_sq")}
TORCH_CLASS = {"sgd": "SGD", "adagrad": "Adagrad", "rmsprop": "RMSprop", "adam": "Adam"}
TORCH_KEY = {"state_sum": "sum"}


def torch_trajectory(name, hyper, params0, grads):
    """[state before step 1, after step 1, ..., after step K] from torch.optim, each a dict
    params, <state arrays>, step."""
    import torch
    p = torch.tensor(params0, dtype=torch.float64, requires_grad=True)
    optimizer = torch_optimizer(name, [p], hyper)
    snapshots = [_snapshot(name, p, optimizer, 0)]
    for k, g in enumerate(grads, 1):
        p.grad = torch.tensor(g, dtype=torch.float64)
        optimizer.step()
        snapshots.append(_snapshot(name, p, optimizer, k))
    return snapshots


def torch_optimizer(name, tensors, hyper):
    """torch.optim's optimizer `name` over `tensors`, single-tensor code path (foreach=False);
    hyper by nnref's names (Adam's beta1, beta2 become torch's betas)."""
    import torch
    kwargs = dict(hyper)
    if name == "adam" and ("beta1" in kwargs or "beta2" in kwargs):
        kwargs["betas"] = (kwargs.pop("beta1", 0.9), kwargs.pop("beta2", 0.999))
    return getattr(torch.optim, TORCH_CLASS[name])(tensors, foreach=False, **kwargs)


def _snapshot(name, p, optimizer, k):
    state = optimizer.state[p]
    if "step" in state and int(state["step"]) != k:
        raise AssertionError(f"torch's step is {int(state['step'])}, expected {k}")
    params = p.detach().numpy().copy()
    out = {"params": params}
    for key in STATE[name]:
        value = state.get(TORCH_KEY.get(key, key))  # absent (or None) until torch uses it
        out[key] = value.detach().numpy().copy() if value is not None else np.zeros_like(params)
    out["step"] = np.int64(k)
    return out


def _step_case(id, name, hyper, before, after, grads, note, rtol, atol, source, explicit=True):
    inputs = {"params": before["params"], "grads": np.asarray(grads, dtype=float)}
    inputs.update({key: before[key] for key in STATE[name]})
    inputs["step"] = before["step"]
    if explicit:
        inputs.update({key: (np.bool_(hyper[key]) if isinstance(hyper[key], bool)
                             else float(hyper[key])) for key in HYPER[name]})
    outputs = ["params", *STATE[name], "step"]
    return value_case(id, f"{name}_step", inputs, outputs, {key: after[key] for key in outputs},
                      source, rtol, atol, note)


def trajectory_cases(config, name, hyper, params0, grads, note, rtol=1e-14, atol=1e-16):
    """K torch-sourced cases, one per step, of the configuration `config`."""
    full = {**DEFAULTS[name], **hyper}
    states = torch_trajectory(name, full, params0, grads)
    return [_step_case(f"{config}-step{k}", name, full, states[k - 1], states[k], grads[k - 1],
                       f"torch.optim.{TORCH_CLASS[name]} step {k} of {len(grads)}: {note}",
                       rtol, atol, "torch-loop") for k in range(1, len(grads) + 1)]


def defaults_case(name, params0, grad):
    """One step with every hyper-parameter left out: the port's defaults must be torch's."""
    states = torch_trajectory(name, {}, params0, [grad])
    return _step_case(f"{name}-defaults", name, {}, states[0], states[1], grad,
                      f"torch.optim.{TORCH_CLASS[name]}([p]) with its defaults, one step; the "
                      "call passes no hyper-parameter", 1e-14, 1e-16, "torch-loop", explicit=False)


DEFAULTS = {"sgd": {"lr": 1e-3, "momentum": 0.0, "dampening": 0.0, "weight_decay": 0.0,
                    "nesterov": False},
            "adagrad": {"lr": 1e-2, "lr_decay": 0.0, "weight_decay": 0.0,
                        "initial_accumulator_value": 0.0, "eps": 1e-10},
            "rmsprop": {"lr": 1e-2, "alpha": 0.99, "eps": 1e-8, "weight_decay": 0.0,
                        "momentum": 0.0, "centered": False},
            "adam": {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.0,
                     "amsgrad": False}}


def first_step_exact(name, hyper, params0, grad):
    """The first step from a zero state at 60 digits: every optimizer's closed form."""
    full = {**DEFAULTS[name], **hyper}
    h = {key: exact.mpf(value) for key, value in full.items()}
    p, g = np.asarray(params0, dtype=float), np.asarray(grad, dtype=float)
    mp = lambda f: np.array([exact.to_double(f(exact.mpf(a), exact.mpf(b)))  # noqa: E731
                             for a, b in zip(p.reshape(-1), g.reshape(-1))]).reshape(p.shape)
    zeros = np.zeros_like(p)
    if name == "sgd":
        after = {"params": mp(lambda a, b: a - h["lr"] * b), "momentum_buffer": zeros}
    elif name == "adagrad":
        after = {"params": mp(lambda a, b: a - h["lr"] * b / (abs(b) + h["eps"])),
                 "state_sum": mp(lambda a, b: b * b)}
    elif name == "rmsprop":
        after = {"params": mp(lambda a, b: a - h["lr"] * b / (mpmath.sqrt(1 - h["alpha"]) * abs(b)
                                                            + h["eps"])),
                 "square_avg": mp(lambda a, b: (1 - h["alpha"]) * b * b),
                 "momentum_buffer": zeros, "grad_avg": zeros}
    else:
        after = {"params": mp(lambda a, b: a - h["lr"] / (1 - h["beta1"]) * (1 - h["beta1"]) * b
                              / (mpmath.sqrt((1 - h["beta2"]) * b * b) / mpmath.sqrt(1 - h["beta2"])
                                 + h["eps"])),
                 "exp_avg": mp(lambda a, b: (1 - h["beta1"]) * b),
                 "exp_avg_sq": mp(lambda a, b: (1 - h["beta2"]) * b * b), "max_exp_avg_sq": zeros}
    after["step"] = np.int64(1)
    before = {"params": p, **{key: zeros for key in STATE[name]}, "step": np.int64(0)}
    return _step_case(f"{name}-first-step-exact", name, full, before, after, g,
                      "first step from a zero state, closed form at 60 digits (Adam's and "
                      "Adagrad's first step is lr g / (|g| + eps))", 2e-15, 1e-300, "exact")


def _error(id, name, overrides, identifier, message, note, shape=(2, 3)):
    zeros = np.zeros(shape)
    inputs = {"params": np.ones(shape), "grads": np.full(shape, 0.5)}
    inputs.update({key: zeros for key in STATE[name]})
    inputs["step"] = np.int64(0)
    inputs.update({key: (np.bool_(v) if isinstance(v, bool) else float(v))
                   for key, v in DEFAULTS[name].items() if key in HYPER[name]})
    inputs.update(overrides)
    return error_case(id, f"{name}_step", inputs, ["params", *STATE[name], "step"], identifier,
                      message, note)


def plan() -> list[Planned]:
    rng = random.Random(2013)
    start = np.array([[rng.uniform(-1, 1) for _ in range(3)] for _ in range(2)])
    grads = [np.array([[rng.uniform(-1, 1) for _ in range(3)] for _ in range(2)]) for _ in range(4)]
    shrinking = [grads[0] * 0.5 ** k for k in range(4)]  # |g| falls: AMSGrad's max matters
    row = start[0]
    row_grads = [g[1] for g in grads]
    configs = [
        ("sgd-plain", "sgd", {"lr": 0.1}, start, grads[:3], "lr 0.1, no momentum"),
        ("sgd-momentum", "sgd", {"lr": 0.05, "momentum": 0.9, "dampening": 0.1,
                                 "weight_decay": 0.01}, start, grads,
         "momentum 0.9, dampening 0.1, weight_decay 0.01; the buffer starts at the first gradient"),
        ("sgd-nesterov", "sgd", {"lr": 0.05, "momentum": 0.8, "nesterov": True}, row, row_grads,
         "Nesterov momentum 0.8 on a 1-D parameter vector"),
        ("adagrad-decay", "adagrad", {"lr": 0.1, "lr_decay": 0.05, "weight_decay": 0.02,
                                      "initial_accumulator_value": 0.1}, start, grads,
         "lr_decay 0.05, weight_decay 0.02, initial_accumulator_value 0.1"),
        ("rmsprop-plain", "rmsprop", {"lr": 0.01}, start, grads[:3], "lr 0.01, alpha 0.99"),
        ("rmsprop-centered-momentum", "rmsprop", {"lr": 0.01, "alpha": 0.9, "momentum": 0.5,
                                                  "centered": True, "weight_decay": 0.01},
         start, grads, "centered, momentum 0.5, alpha 0.9, weight_decay 0.01"),
        ("adam-plain", "adam", {"lr": 0.01}, start, grads, "lr 0.01, betas (0.9, 0.999)"),
        ("adam-amsgrad", "adam", {"lr": 0.02, "beta1": 0.8, "beta2": 0.99, "eps": 1e-6,
                                  "weight_decay": 0.05, "amsgrad": True}, row, [g[0] for g in shrinking],
         "AMSGrad with shrinking gradients, betas (0.8, 0.99), eps 1e-6, weight_decay 0.05"),
    ]
    planned = []
    for config, name, hyper, params0, sequence, note in configs:
        ids = [f"{config}-step{k}" for k in range(1, len(sequence) + 1)]
        cache = {}

        def build(k, c=(config, name, hyper, params0, sequence, note), cache=cache):
            if "cases" not in cache:
                cache["cases"] = trajectory_cases(*c)
            return cache["cases"][k]
        planned += [Planned(id, lambda k=k, build=build: build(k), needs_torch=True)
                    for k, id in enumerate(ids)]
    planned += [Planned(f"{name}-defaults", lambda name=name: defaults_case(name, start, grads[0]),
                        needs_torch=True) for name in DEFAULTS]
    first = {"sgd": {"lr": 0.1}, "adagrad": {"lr": 0.1}, "rmsprop": {"lr": 0.01, "alpha": 0.9},
             "adam": {"lr": 0.01}}
    planned += [Planned(f"{name}-first-step-exact", lambda name=name: first_step_exact(
        name, first[name], start, grads[0])) for name in DEFAULTS]
    planned += [Planned(case[0], lambda case=case: _error(*case)) for case in [
        ("adam-negative-lr", "adam", {"lr": -0.001}, "nnref:badHyperparameter", "lr must be >= 0",
         "a negative learning rate is refused (torch refuses it too)"),
        ("adam-beta-one", "adam", {"beta1": 1.0}, "nnref:badHyperparameter",
         "beta1 must be in [0, 1)", "beta1 = 1 would divide by 1 - beta1^t = 0"),
        ("adam-amsgrad-number", "adam", {"amsgrad": 1.0}, "nnref:badType",
         "amsgrad must be true or false", "a flag is a logical, not the number 1"),
        ("adam-negative-second-moment", "adam", {"exp_avg_sq": np.full((2, 3), -1.0)},
         "nnref:badState", "exp_avg_sq must be >= 0", "a second moment is never negative"),
        ("adam-state-shape", "adam", {"exp_avg": np.zeros((1, 3))}, "nnref:badShape",
         "params is 2x3, exp_avg is 1x3", "each state array has the size of params"),
        ("sgd-nan-momentum", "sgd", {"momentum": np.nan}, "nnref:nanInput",
         "momentum contains NaN", "NaN hyper-parameters are refused"),
        ("sgd-nesterov-without-momentum", "sgd", {"nesterov": np.bool_(True)},
         "nnref:badHyperparameter", "nesterov needs momentum > 0 and dampening = 0",
         "torch's rule for Nesterov momentum"),
        ("sgd-grads-shape", "sgd", {"grads": np.zeros((3, 2))}, "nnref:badShape",
         "params is 2x3, grads is 3x2", "grads must have the size of params"),
        ("sgd-fractional-step", "sgd", {"step": 1.5}, "nnref:badState",
         "step must be a non-negative integer", "the step counter counts steps"),
        ("adagrad-negative-eps", "adagrad", {"eps": -1e-10}, "nnref:badHyperparameter",
         "eps must be >= 0", "torch refuses a negative epsilon"),
        ("adagrad-negative-lr-decay", "adagrad", {"lr_decay": -0.1}, "nnref:badHyperparameter",
         "lr_decay must be >= 0", "torch refuses a negative lr_decay"),
        ("rmsprop-alpha-above-one", "rmsprop", {"alpha": 1.5}, "nnref:badHyperparameter",
         "alpha must be in [0, 1]", "alpha > 1 would make 1 - alpha negative"),
        ("rmsprop-negative-momentum", "rmsprop", {"momentum": -0.5}, "nnref:badHyperparameter",
         "momentum must be >= 0", "torch refuses a negative momentum"),
    ]]
    return planned
