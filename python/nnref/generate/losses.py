"""shared_fixtures/losses.json: losses and their gradients (SPEC D toolbox).

Expected values: exact arithmetic (mpmath at 60 digits, Fractions), rounded once ("exact"),
and torch.nn.functional with autograd ("autograd").  The clamps of bce_loss/bce_grad (log at
-100, denominator at 1e-12) are part of the definition and are evaluated exactly too.
"""
import random
from fractions import Fraction

import mpmath
import numpy as np

from nnref.generate import exact
from nnref.generate.cases import Planned, error_case, value_case

DESCRIPTION = ("Losses and gradients with respect to the prediction (SPEC D toolbox): mse_grad, "
               "bce_loss/bce_grad (probabilities, torch's clamps), bce_logits_*, cce_logits_* "
               "(log-sum-exp), kl_loss/kl_grad (batchmean).")

LOG_FLOOR, GRAD_FLOOR = mpmath.mpf(-100), exact.mpf(1e-12)


def _mp(array):
    return [exact.mpf(v) for v in np.asarray(array, dtype=np.float64).reshape(-1)]


def _rows(array):
    """A 2-D array as a list of rows of mpf; a vector or scalar is one row."""
    array = np.asarray(array, dtype=np.float64)
    array = array if array.ndim == 2 else array.reshape(1, -1)
    return [_mp(row) for row in array]


def _shaped(values, like) -> np.ndarray:
    return np.array([exact.to_double(v) for v in values]).reshape(np.shape(like))


def _softplus(x):
    return mpmath.log(1 + mpmath.exp(x))


def exact_value(call, a, b):
    """The loss `call` or its gradient at (a, b), at 60 digits, rounded once."""
    if call == "mse_grad":
        n = np.size(a)
        return np.array([float(2 * (Fraction(float(q)) - Fraction(float(p))) / n)
                         for p, q in zip(np.ravel(a), np.ravel(b))]).reshape(np.shape(a))
    y, x, n = _mp(a), _mp(b), np.size(a)
    if call == "bce_loss":
        return exact.to_double(-sum(t * max(mpmath.log(p), LOG_FLOOR)
                                    + (1 - t) * max(mpmath.log(1 - p), LOG_FLOOR)
                                    for t, p in zip(y, x)) / n)
    if call == "bce_grad":
        return _shaped([(p - t) / max(p * (1 - p), GRAD_FLOOR) / n for t, p in zip(y, x)], a)
    if call == "bce_logits_loss":
        return exact.to_double(sum(t * _softplus(-z) + (1 - t) * _softplus(z)
                                   for t, z in zip(y, x)) / n)
    if call == "bce_logits_grad":
        return _shaped([(exact.sigma(z) - t) / n for t, z in zip(y, x)], a)
    rows_a, rows_b = _rows(a), _rows(b)
    m = len(rows_a)
    if call in ("cce_logits_loss", "cce_logits_grad"):
        total, grads = mpmath.mpf(0), []
        for t, z in zip(rows_a, rows_b):
            lse = mpmath.log(sum(mpmath.exp(v) for v in z))
            total += sum(ti * (lse - zi) for ti, zi in zip(t, z))
            grads += [(mpmath.exp(zi - lse) * sum(t) - ti) / m for ti, zi in zip(t, z)]
        return exact.to_double(total / m) if call == "cce_logits_loss" else _shaped(grads, a)
    if call == "kl_loss":
        return exact.to_double(sum(p * mpmath.log(p / q) for row_p, row_q in zip(rows_a, rows_b)
                                   for p, q in zip(row_p, row_q) if p > 0) / m)
    if call == "kl_grad":
        return _shaped([-p / q / m if p > 0 else 0 for row_p, row_q in zip(rows_a, rows_b)
                        for p, q in zip(row_p, row_q)], a)
    raise ValueError(call)


ARGS = {"mse_grad": ("y_true", "y_pred"), "bce_loss": ("y", "yhat"), "bce_grad": ("y", "yhat"),
        "bce_logits_loss": ("y", "z"), "bce_logits_grad": ("y", "z"),
        "cce_logits_loss": ("y", "z"), "cce_logits_grad": ("y", "z"),
        "kl_loss": ("p", "q"), "kl_grad": ("p", "q")}


def _output(call):
    return "loss" if call.endswith("_loss") else "grad"


def _exact_case(id, call, a, b, note, rtol=4e-16, atol=0.0):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return value_case(id, call, dict(zip(ARGS[call], (a, b))), [_output(call)],
                      {_output(call): exact_value(call, a, b)}, "exact", rtol, atol, note)


def _torch_case(id, call, a, b, note, rtol=1e-14, atol=0.0):
    """The loss by torch.nn.functional, or its gradient with respect to the prediction by
    autograd, float64."""
    import torch
    import torch.nn.functional as F
    target = torch.tensor(np.asarray(a, dtype=float))
    prediction = torch.tensor(np.asarray(b, dtype=float), requires_grad=True)
    functions = {
        "mse": lambda: F.mse_loss(prediction, target),
        "bce": lambda: F.binary_cross_entropy(prediction, target),
        "bce_logits": lambda: F.binary_cross_entropy_with_logits(prediction, target),
        "cce_logits": lambda: F.cross_entropy(prediction, target),
        "kl": lambda: F.kl_div(prediction.log(), target, reduction="batchmean"),
    }
    value = functions[call.rsplit("_", 1)[0]]()
    result = value if _output(call) == "loss" else torch.autograd.grad(value, prediction)[0]
    return value_case(id, call, dict(zip(ARGS[call], (np.asarray(a, float), np.asarray(b, float)))),
                      [_output(call)], {_output(call): result.detach().numpy()}, "autograd",
                      rtol, atol, note)


def _error(id, call, a, b, identifier, message, note):
    return error_case(id, call, dict(zip(ARGS[call], (np.asarray(a), np.asarray(b)))),
                      [_output(call)], identifier, message, note)


def plan() -> list[Planned]:
    rng = random.Random(88)
    labels = np.array([rng.choice([0.0, 1.0]) for _ in range(8)])
    probabilities = np.array([rng.uniform(0.02, 0.98) for _ in range(8)])
    soft = np.array([[rng.uniform(0, 1) for _ in range(3)] for _ in range(2)])
    soft_pred = np.array([[rng.uniform(0.05, 0.95) for _ in range(3)] for _ in range(2)])
    logits = np.array([[rng.uniform(-4, 4) for _ in range(4)] for _ in range(3)])
    onehot = np.eye(4)[[rng.randrange(4) for _ in range(3)]]
    dist_p = np.array([[0.0, 0.25, 0.75], [0.5, 0.3, 0.2]])
    dist_q = np.array([[rng.uniform(0.05, 0.9) for _ in range(3)] for _ in range(2)])
    dist_q = dist_q / dist_q.sum(axis=1, keepdims=True)
    edge_y, edge_p = np.array([1.0, 0.0, 1.0, 0.0, 0.5]), np.array([0.0, 1.0, 1.0, 0.0, 1e-30])
    extreme_z = np.array([-1000.0, -40.0, 0.0, 40.0, 1000.0])
    extreme_y = np.array([1.0, 0.0, 0.5, 1.0, 0.0])
    big_logits = np.array([[1000.0, -1000.0, 0.0], [-1000.0, -1000.0, -999.0]])
    big_targets = np.array([[0.0, 1.0, 0.0], [0.2, 0.3, 0.5]])
    exact_cases = [
        ("mse-grad-exact", "mse_grad", labels, probabilities, "2 (y_pred - y_true) / N in Fractions"),
        ("bce-exact", "bce_loss", labels, probabilities, "0/1 labels, seeded probabilities"),
        ("bce-soft-exact", "bce_loss", soft, soft_pred, "soft labels in a 2x3"),
        ("bce-clamped-exact", "bce_loss", edge_y, edge_p, "yhat = 0 or 1 against the wrong label: "
         "each log clamped at -100, so the loss is finite (200 + ...) / 5"),
        ("bce-grad-exact", "bce_grad", labels, probabilities, "(yhat - y) / (yhat (1 - yhat)) / N"),
        ("bce-grad-clamped-exact", "bce_grad", edge_y, edge_p, "the denominator clamped at 1e-12: "
         "finite at yhat = 0 and 1 (torch clamps at the float32 1e-12)"),
        ("bce-logits-exact", "bce_logits_loss", labels, logits.reshape(-1)[:8],
         "softplus form, seeded logits"),
        ("bce-logits-extreme-exact", "bce_logits_loss", extreme_y, extreme_z,
         "|z| = 1000 against the wrong label costs 1000: no overflow, no log(0)"),
        ("bce-logits-grad-exact", "bce_logits_grad", extreme_y, extreme_z, "(sigma(z) - y) / N"),
        ("cce-logits-exact", "cce_logits_loss", onehot, logits, "one-hot targets, 3 samples x 4 "
         "classes; the mean runs over the 3 rows"),
        ("cce-logits-soft-exact", "cce_logits_loss", big_targets, big_logits,
         "logits of +-1000 and soft targets: log-sum-exp keeps every term finite"),
        ("cce-logits-grad-exact", "cce_logits_grad", onehot, logits, "(softmax(z) - y) / m"),
        ("cce-logits-grad-extreme-exact", "cce_logits_grad", big_targets, big_logits,
         "softmax(z) - y at logits of +-1000"),
        ("kl-exact", "kl_loss", dist_p, dist_q, "rows are distributions; p has a 0 (0 log 0 = 0)"),
        ("kl-grad-exact", "kl_grad", dist_p, dist_q, "-p / q / m, 0 where p = 0"),
    ]
    torch_cases = [
        ("mse-grad-autograd", "mse_grad", labels, probabilities, "F.mse_loss"),
        ("bce-autograd", "bce_loss", labels, probabilities, "F.binary_cross_entropy"),
        ("bce-grad-autograd", "bce_grad", soft, soft_pred, "F.binary_cross_entropy, soft labels"),
        ("bce-logits-autograd", "bce_logits_loss", extreme_y, extreme_z,
         "F.binary_cross_entropy_with_logits, |z| up to 1000"),
        ("bce-logits-grad-autograd", "bce_logits_grad", labels, logits.reshape(-1)[:8],
         "F.binary_cross_entropy_with_logits"),
        ("cce-logits-autograd", "cce_logits_loss", big_targets, big_logits,
         "F.cross_entropy with class-probability targets, logits of +-1000"),
        ("cce-logits-grad-autograd", "cce_logits_grad", onehot, logits,
         "F.cross_entropy with one-hot probability targets"),
        ("kl-autograd", "kl_loss", dist_p, dist_q, "F.kl_div(log q, p, reduction='batchmean')"),
        ("kl-grad-autograd", "kl_grad", dist_p, dist_q, "F.kl_div(log q, p, 'batchmean')"),
    ]
    planned = [Planned(id, lambda c=(id, call, a, b, note): _exact_case(*c))
               for id, call, a, b, note in exact_cases]
    planned += [Planned(id, lambda c=(id, call, a, b, note): _torch_case(
        *c[:4], f"{c[4]}, by torch (autograd for a gradient), float64"), needs_torch=True)
        for id, call, a, b, note in torch_cases]
    planned += [
        Planned("mse-grad-row-vs-column", lambda: _error(
            "mse-grad-row-vs-column", "mse_grad", [[1.0, 0.0]], [[1.0], [0.0]], "nnref:badShape",
            "y_true is 1x2, y_pred is 2x1", "a row against a column is refused, not broadcast")),
        Planned("bce-prediction-above-one", lambda: _error(
            "bce-prediction-above-one", "bce_loss", [1.0, 0.0], [1.5, 0.5], "nnref:outOfRange",
            "yhat must lie in [0, 1]", "a probability above 1 is refused (torch refuses it too)")),
        Planned("bce-target-negative", lambda: _error(
            "bce-target-negative", "bce_grad", [-0.5, 1.0], [0.5, 0.5], "nnref:outOfRange",
            "y must lie in [0, 1]", "cross-entropy targets outside [0, 1] are refused")),
        Planned("bce-logits-target-above-one", lambda: _error(
            "bce-logits-target-above-one", "bce_logits_loss", [2.0], [0.0], "nnref:outOfRange",
            "y must lie in [0, 1]", "cross-entropy targets outside [0, 1] are refused")),
        Planned("cce-target-outside", lambda: _error(
            "cce-target-outside", "cce_logits_grad", [[1.5, -0.5]], [[0.0, 1.0]],
            "nnref:outOfRange", "y must lie in [0, 1]", "class probabilities lie in [0, 1]")),
        Planned("cce-shapes", lambda: _error(
            "cce-shapes", "cce_logits_loss", np.zeros((2, 3)), np.zeros((3, 2)), "nnref:badShape",
            "y is 2x3, z is 3x2", "targets and logits must have the same size")),
        Planned("kl-prediction-negative", lambda: _error(
            "kl-prediction-negative", "kl_loss", [0.5, 0.5], [1.5, -0.5], "nnref:outOfRange",
            "q must lie in [0, 1]", "q is a distribution")),
        Planned("bce-logits-nan", lambda: _error(
            "bce-logits-nan", "bce_logits_grad", [1.0, 0.0], [0.0, np.nan], "nnref:nanInput",
            "z contains NaN", "NaN is refused, not propagated")),
        Planned("kl-empty", lambda: _error(
            "kl-empty", "kl_grad", np.zeros((0, 0)), np.zeros((0, 0)), "nnref:badShape",
            "p and q are empty", "an empty batch is refused, not NaN")),
    ]
    return planned
