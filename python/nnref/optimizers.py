"""Optimizers as pure update functions (params, grads, state) -> (params, state): SGD with
optional momentum, Adagrad, RMSprop and Adam, the toolbox of SPEC D, step for step as
torch.optim (2.13, single-tensor code path) computes them.

Hyper-parameters carry torch's names and defaults (Adam's betas=(0.9, 0.999) is split into
beta1, beta2); `maximize`, `foreach`, `fused`, `capturable` and `differentiable` change how torch
runs, not the math, and are left out.  Defaults (DEFAULTS):
  sgd      lr=1e-3, momentum=0, dampening=0, weight_decay=0, nesterov=False
  adagrad  lr=1e-2, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10
  rmsprop  lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0, centered=False
  adam     lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0, amsgrad=False

State is explicit: arrays the size of params, named as in torch's optimizer.state, and a step
counter `step` (the number of steps taken; SGD keeps one too, to start its momentum buffer at
the first gradient as torch does).  The *_step functions take and return the state positionally,
so a fixture can hold it; optimizer_init / optimizer_step hold it in a dict, by name.
Moments are written as beta m + (1 - beta) g where torch uses lerp (the same value up to
rounding).  Refused: negative hyper-parameters (nnref:badHyperparameter), NaN (nnref:nanInput),
flags that are not logical (nnref:badType), a state or gradient whose size differs from params
(nnref:badShape), a step that is not a non-negative integer or a negative second moment
(nnref:badState), unknown names (nnref:unknownOptimizer, nnref:unknownHyperparameter).
"""
import numpy as np

from nnref.checks import as_name, as_real_array, as_scalar
from nnref.errors import NnrefError
from nnref.losses import require_same_size

DEFAULTS = {
    "sgd": {"lr": 1e-3, "momentum": 0.0, "dampening": 0.0, "weight_decay": 0.0, "nesterov": False},
    "adagrad": {"lr": 1e-2, "lr_decay": 0.0, "weight_decay": 0.0,
                "initial_accumulator_value": 0.0, "eps": 1e-10},
    "rmsprop": {"lr": 1e-2, "alpha": 0.99, "eps": 1e-8, "weight_decay": 0.0, "momentum": 0.0,
                "centered": False},
    "adam": {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.0,
             "amsgrad": False},
}
STATE = {"sgd": ("momentum_buffer",), "adagrad": ("state_sum",),
         "rmsprop": ("square_avg", "momentum_buffer", "grad_avg"),
         "adam": ("exp_avg", "exp_avg_sq", "max_exp_avg_sq")}
OPTIMIZERS = tuple(DEFAULTS)


def sgd_step(params, grads, momentum_buffer, step, lr=1e-3, momentum=0.0, dampening=0.0,
             weight_decay=0.0, nesterov=False):
    """g = grads + weight_decay params;  with momentum: b = g at the first step, else
    b = momentum b + (1 - dampening) g, and g = g + momentum b (nesterov) or g = b;
    params = params - lr g.  Returns (params, momentum_buffer, step + 1)."""
    params, grads, (momentum_buffer,) = _arrays(params, grads, momentum_buffer=momentum_buffer)
    step = as_step(step)
    lr, momentum, dampening, weight_decay = (as_hyper(v, n) for v, n in [
        (lr, "lr"), (momentum, "momentum"), (dampening, "dampening"), (weight_decay, "weight_decay")])
    nesterov = as_flag(nesterov, "nesterov")
    if nesterov and (momentum <= 0 or dampening != 0):
        raise NnrefError("nnref:badHyperparameter", "nesterov needs momentum > 0 and dampening = 0")
    g = grads + weight_decay * params if weight_decay != 0 else grads
    if momentum != 0:
        momentum_buffer = g.copy() if step == 0 else momentum * momentum_buffer + (1 - dampening) * g
        g = g + momentum * momentum_buffer if nesterov else momentum_buffer
    return params - lr * g, momentum_buffer, step + 1


def adagrad_step(params, grads, state_sum, step, lr=1e-2, lr_decay=0.0, weight_decay=0.0,
                 eps=1e-10):
    """t = step + 1;  g = grads + weight_decay params;  clr = lr / (1 + (t - 1) lr_decay);
    state_sum = state_sum + g^2;  params = params - clr g / (sqrt(state_sum) + eps).
    state_sum starts at initial_accumulator_value (see optimizer_init).  Returns
    (params, state_sum, t)."""
    params, grads, (state_sum,) = _arrays(params, grads, state_sum=state_sum)
    _nonnegative(state_sum, "state_sum")
    t = as_step(step) + 1
    lr, lr_decay, weight_decay, eps = (as_hyper(v, n) for v, n in [
        (lr, "lr"), (lr_decay, "lr_decay"), (weight_decay, "weight_decay"), (eps, "eps")])
    g = grads + weight_decay * params if weight_decay != 0 else grads
    clr = lr / (1 + (t - 1) * lr_decay)
    state_sum = state_sum + g * g
    return params - clr * (g / (np.sqrt(state_sum) + eps)), state_sum, t


def rmsprop_step(params, grads, square_avg, momentum_buffer, grad_avg, step, lr=1e-2, alpha=0.99,
                 eps=1e-8, weight_decay=0.0, momentum=0.0, centered=False):
    """g = grads + weight_decay params;  square_avg = alpha square_avg + (1 - alpha) g^2;
    avg = sqrt(square_avg - grad_avg^2) + eps with grad_avg = alpha grad_avg + (1 - alpha) g
    (centered), else sqrt(square_avg) + eps;  with momentum: b = momentum b + g / avg and
    params = params - lr b, else params = params - lr g / avg.
    Returns (params, square_avg, momentum_buffer, grad_avg, step + 1)."""
    params, grads, (square_avg, momentum_buffer, grad_avg) = _arrays(
        params, grads, square_avg=square_avg, momentum_buffer=momentum_buffer, grad_avg=grad_avg)
    _nonnegative(square_avg, "square_avg")
    t = as_step(step) + 1
    lr, alpha, eps, weight_decay, momentum = (as_hyper(v, n) for v, n in [
        (lr, "lr"), (alpha, "alpha"), (eps, "eps"), (weight_decay, "weight_decay"),
        (momentum, "momentum")])
    if alpha > 1:
        raise NnrefError("nnref:badHyperparameter", "alpha must be in [0, 1]")
    centered = as_flag(centered, "centered")
    g = grads + weight_decay * params if weight_decay != 0 else grads
    square_avg = alpha * square_avg + (1 - alpha) * (g * g)
    if centered:
        grad_avg = alpha * grad_avg + (1 - alpha) * g
        avg = np.sqrt(square_avg - grad_avg * grad_avg) + eps
    else:
        avg = np.sqrt(square_avg) + eps
    if momentum > 0:
        momentum_buffer = momentum * momentum_buffer + g / avg
        params = params - lr * momentum_buffer
    else:
        params = params - lr * (g / avg)
    return params, square_avg, momentum_buffer, grad_avg, t


def adam_step(params, grads, exp_avg, exp_avg_sq, max_exp_avg_sq, step, lr=1e-3, beta1=0.9,
              beta2=0.999, eps=1e-8, weight_decay=0.0, amsgrad=False):
    """t = step + 1;  g = grads + weight_decay params;  m = beta1 m + (1 - beta1) g;
    v = beta2 v + (1 - beta2) g^2;  (amsgrad: vmax = max(vmax, v), used for v below)
    params = params - lr / (1 - beta1^t) m / (sqrt(v) / sqrt(1 - beta2^t) + eps).
    Returns (params, exp_avg, exp_avg_sq, max_exp_avg_sq, t)."""
    params, grads, (exp_avg, exp_avg_sq, max_exp_avg_sq) = _arrays(
        params, grads, exp_avg=exp_avg, exp_avg_sq=exp_avg_sq, max_exp_avg_sq=max_exp_avg_sq)
    _nonnegative(exp_avg_sq, "exp_avg_sq")
    _nonnegative(max_exp_avg_sq, "max_exp_avg_sq")
    t = as_step(step) + 1
    lr = as_hyper(lr, "lr")
    beta1, beta2 = as_beta(beta1, "beta1"), as_beta(beta2, "beta2")
    eps, weight_decay = as_hyper(eps, "eps"), as_hyper(weight_decay, "weight_decay")
    amsgrad = as_flag(amsgrad, "amsgrad")
    g = grads + weight_decay * params if weight_decay != 0 else grads
    exp_avg = beta1 * exp_avg + (1 - beta1) * g
    exp_avg_sq = beta2 * exp_avg_sq + (1 - beta2) * (g * g)
    step_size = lr / (1 - beta1 ** t)
    bias_correction2_sqrt = np.sqrt(1 - beta2 ** t)
    if amsgrad:
        max_exp_avg_sq = np.maximum(max_exp_avg_sq, exp_avg_sq)
        denom = np.sqrt(max_exp_avg_sq) / bias_correction2_sqrt + eps
    else:
        denom = np.sqrt(exp_avg_sq) / bias_correction2_sqrt + eps
    return params - step_size * (exp_avg / denom), exp_avg, exp_avg_sq, max_exp_avg_sq, t


STEPS = {"sgd": sgd_step, "adagrad": adagrad_step, "rmsprop": rmsprop_step, "adam": adam_step}


def optimizer_defaults(name) -> dict:
    """torch's default hyper-parameters of the optimizer called `name` (a fresh dict)."""
    return dict(DEFAULTS[optimizer_name(name)])


def optimizer_init(name, params, hyper=None) -> dict:
    """The state before the first step: {'step': 0, <state arrays of zeros like params>};
    Adagrad's state_sum starts at initial_accumulator_value."""
    hyper = optimizer_hyper(name, hyper)
    params = as_real_array(params, "params", allow_inf=False)
    state = {"step": 0}
    for key in STATE[name]:
        state[key] = np.zeros_like(params)
    if name == "adagrad":
        state["state_sum"] = np.full_like(
            params, as_hyper(hyper["initial_accumulator_value"], "initial_accumulator_value"))
    return state


def optimizer_step(name, params, grads, state, hyper=None):
    """One step of the optimizer called `name`: (params, state) -> (new params, new state).
    hyper: a dict of hyper-parameters by torch name; those left out take torch's defaults."""
    hyper = optimizer_hyper(name, hyper)
    if not isinstance(state, dict):
        raise NnrefError("nnref:badType", "state must be a struct (a dict in Python)")
    for key in STATE[name] + ("step",):
        if key not in state:
            raise NnrefError("nnref:badState", f"state has no field {key}")
    arguments = [hyper[key] for key in DEFAULTS[name] if key != "initial_accumulator_value"]
    result = STEPS[name](params, grads, *(state[key] for key in STATE[name]), state["step"],
                         *arguments)
    return result[0], dict(zip(STATE[name] + ("step",), result[1:]))


def optimizer_hyper(name, hyper) -> dict:
    """torch's defaults for `name`, overridden by the entries of `hyper` (validated later, by
    the step function); an entry the optimizer does not have is nnref:unknownHyperparameter."""
    resolved = optimizer_defaults(name)
    if hyper is None:
        return resolved
    if not isinstance(hyper, dict):
        raise NnrefError("nnref:badType", "hyper must be a struct (a dict in Python)")
    for key, value in hyper.items():
        if key not in resolved:
            raise NnrefError("nnref:unknownHyperparameter",
                             f"{name} has no hyper-parameter '{key}'; known: {', '.join(resolved)}")
        resolved[key] = value
    return resolved


def optimizer_name(name) -> str:
    return as_name(name, OPTIMIZERS, "optimizer")


def as_hyper(value, name: str) -> float:
    """A finite, non-negative scalar hyper-parameter.  Octave twin: nnref.check_hyper."""
    value = as_scalar(value, name)
    if value < 0:
        raise NnrefError("nnref:badHyperparameter", f"{name} must be >= 0")
    return value


def as_beta(value, name: str) -> float:
    """A decay rate in [0, 1), as torch requires of Adam's betas."""
    value = as_scalar(value, name)
    if not 0 <= value < 1:
        raise NnrefError("nnref:badHyperparameter", f"{name} must be in [0, 1)")
    return value


def as_flag(value, name: str) -> bool:
    """A logical scalar (true/false); numbers are refused, not read as 0/1.
    Octave twin: nnref.check_flag."""
    array = np.asarray(value)
    if array.dtype != np.bool_ or array.size != 1:
        raise NnrefError("nnref:badType", f"{name} must be true or false")
    return bool(array.reshape(()))


def as_step(value) -> int:
    """The step counter: a non-negative integer.  Octave twin: nnref.check_step."""
    value = as_scalar(value, "step")
    if value < 0 or value != np.floor(value):
        raise NnrefError("nnref:badState", "step must be a non-negative integer")
    return int(value)


def _arrays(params, grads, **state):
    """params, grads and each state array: finite, of one size (nnref:badShape)."""
    params, grads = require_same_size(params, grads, "params", "grads")
    arrays = [require_same_size(params, value, "params", key)[1] for key, value in state.items()]
    return params, grads, arrays


def _nonnegative(value: np.ndarray, name: str) -> None:
    if (value < 0).any():
        raise NnrefError("nnref:badState", f"{name} must be >= 0")
