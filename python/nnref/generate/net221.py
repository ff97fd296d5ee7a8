"""shared_fixtures/net221.json: the nine-parameter 2-2-1 network (SPEC A2, A4-A6).

Feedforward (one sample, a batch), predict, the 27 intermediates and nine partials of one
backprop step, and one SGD step.  Sources: published numbers (SPEC A2, A6), mpmath at 60
digits (exact), and PyTorch autograd (float64) for the SPEC A6 partials and step.  The start
parameters and data shared with net221_train.json are defined here (start_sets, DATA_X).
"""
import random

import numpy as np

from nnref.generate import exact
from nnref.generate.cases import Planned, error_case, value_case

DESCRIPTION = ("The 2-2-1 network with weights w = [w1..w6] and biases b = [b1 b2 b3] in the "
               "published interface: feedforward for one sample and a batch, predict, backprop "
               "(the 27 intermediates and nine partials of L = (y - o1)^2) and one SGD step "
               "(SPEC A2, A4-A6).")

# SPEC A4: [weight - 135, height - 66] per row (Alice, Bob, Charlie, Diana), label 1 = female
DATA_X = np.array([[-2.0, -1.0], [25.0, 6.0], [17.0, 4.0], [-15.0, -6.0]])
DATA_Y = np.array([1.0, 0.0, 0.0, 1.0])
EMILY_FRANK = np.array([[-7.0, -3.0], [20.0, 2.0]])
# SPEC A6: Alice alone, all weights 1, all biases 0
A6 = (np.ones(6), np.zeros(3), np.array([-2.0, -1.0]), 1.0)
BACKPROP_OUTPUTS = ["sum_h1", "h1", "sum_h2", "h2", "sum_o1", "o1", "dL_dypred",
                    "dypred_dw5", "dypred_dw6", "dypred_db3", "dypred_dh1", "dypred_dh2",
                    "dh1_dw1", "dh1_dw2", "dh1_db1", "dh2_dw3", "dh2_dw4", "dh2_db2",
                    "dL_dw1", "dL_dw2", "dL_dw3", "dL_dw4", "dL_dw5", "dL_dw6",
                    "dL_db1", "dL_db2", "dL_db3"]
FORWARD_OUTPUTS = BACKPROP_OUTPUTS[:6]


def start_sets() -> list[tuple[np.ndarray, np.ndarray]]:
    """Three start parameter sets (w0 1x6, b0 1x3), standard normal as in the tutorial
    (SPEC A7), each drawn once from random.Random(seed), seeds 1, 2, 3."""
    sets = []
    for seed in (1, 2, 3):
        rng = random.Random(seed)
        sets.append((np.array([rng.gauss(0, 1) for _ in range(6)]),
                     np.array([rng.gauss(0, 1) for _ in range(3)])))
    return sets


def exact_output(w, b, x) -> float:
    """o1 = sigma(w5*h1 + w6*h2 + b3) with h1, h2 carried at 60 digits, rounded once."""
    h1 = exact.sigma(exact.dot_plus(w[0:2], x, b[0]))
    h2 = exact.sigma(exact.dot_plus(w[2:4], x, b[1]))
    return exact.to_double(exact.sigma(exact.mpf(w[4]) * h1 + exact.mpf(w[5]) * h2 + exact.mpf(b[2])))


def _sigma_prime_mp(z):
    """sigma'(z) = e / (1 + e)^2, e = exp(-z), for an mpf z (exact.sigma_prime takes doubles)."""
    e = exact.mpmath.exp(-z)
    return e / (1 + e) ** 2


def exact_backprop(w, b, x, y) -> dict:
    """The 27 values of net221_backprop by the chain rule of SPEC A5 at 60 digits, each
    rounded once to a double."""
    mp = exact.mpf
    sum_h1, sum_h2 = exact.dot_plus(w[0:2], x, b[0]), exact.dot_plus(w[2:4], x, b[1])
    h1, h2 = exact.sigma(sum_h1), exact.sigma(sum_h2)
    sum_o1 = mp(w[4]) * h1 + mp(w[5]) * h2 + mp(b[2])
    o1 = exact.sigma(sum_o1)
    dL_dypred = -2 * (mp(y) - o1)
    d_o1, d_h1, d_h2 = _sigma_prime_mp(sum_o1), _sigma_prime_mp(sum_h1), _sigma_prime_mp(sum_h2)
    x1, x2 = mp(x[0]), mp(x[1])
    local = [h1 * d_o1, h2 * d_o1, d_o1, mp(w[4]) * d_o1, mp(w[5]) * d_o1,
             x1 * d_h1, x2 * d_h1, d_h1, x1 * d_h2, x2 * d_h2, d_h2]
    dh1, dh2 = dL_dypred * local[3], dL_dypred * local[4]
    partials = [dh1 * local[5], dh1 * local[6], dh2 * local[8], dh2 * local[9],
                dL_dypred * local[0], dL_dypred * local[1], dh1 * local[7], dh2 * local[10],
                dL_dypred * local[2]]
    values = [sum_h1, h1, sum_h2, h2, sum_o1, o1, dL_dypred] + local + partials
    return {name: exact.to_double(v) for name, v in zip(BACKPROP_OUTPUTS, values)}


def _backprop_inputs(w, b, x, y) -> dict:
    return {"w": np.asarray(w, dtype=float), "b": np.asarray(b, dtype=float),
            "x": np.asarray(x, dtype=float), "y": float(y)}


def _a6_backprop_autograd():
    """SPEC A6: forward values exact (mpmath), every partial from torch autograd (float64)."""
    from nnref.generate.net221_torch import autograd_backprop
    expected = {**{n: v for n, v in exact_backprop(*A6).items() if n in FORWARD_OUTPUTS},
                **autograd_backprop(*A6)}
    sources = {name: "exact" if name in FORWARD_OUTPUTS else "autograd" for name in expected}
    return value_case("a6-backprop-autograd", "net221_backprop", _backprop_inputs(*A6),
                      BACKPROP_OUTPUTS, expected, sources, 1e-14, 0.0,
                      "SPEC A6 (Alice alone, w = 1, b = 0): every intermediate; partials by "
                      "torch.autograd.grad of o1, h1, h2 and L, forward values by mpmath")


def _a6_partials_autograd():
    from nnref.generate.net221_torch import autograd_backprop
    grads = autograd_backprop(*A6)
    return value_case("a6-partials-autograd", "net221_partials", _backprop_inputs(*A6),
                      ["dL_dw", "dL_db"],
                      {"dL_dw": np.array([grads[f"dL_dw{i}"] for i in range(1, 7)]),
                       "dL_db": np.array([grads[f"dL_db{i}"] for i in range(1, 4)])},
                      "autograd", 1e-14, 0.0,
                      "SPEC A6: all nine partials of L = (y - o1)^2, by torch autograd (float64)")


def _a6_published(id, values, unit, note):
    """The published SPEC A6 numbers printed to the same last digit, within one unit of it
    (SPEC A6: the tutorial rounded intermediates before printing the next ones)."""
    return value_case(id, "net221_backprop", _backprop_inputs(*A6), BACKPROP_OUTPUTS, values,
                      "published", 0.0, unit, note)


def _step_autograd(id, w, b, x, y, learn_rate, note):
    from nnref.generate.net221_torch import sgd_step
    w_new, b_new = sgd_step(w, b, x, y, learn_rate)
    return value_case(id, "net221_step", {**_backprop_inputs(w, b, x, y),
                                          "learn_rate": float(learn_rate)},
                      ["w", "b"], {"w": w_new, "b": b_new}, "autograd", 1e-14, 0.0, note)


def _batch_exact(id, w, b, X, note):
    X = np.asarray(X, dtype=float)
    o1 = np.array([exact_output(w, b, row) for row in X])
    return value_case(id, "net221_feedforward_batch", {"w": np.asarray(w, dtype=float),
                                                       "b": np.asarray(b, dtype=float), "X": X},
                      ["o1"], {"o1": o1}, "exact", 1e-14, 0.0, note)


def _predict_exact(id, w, b, X, note):
    X = np.asarray(X, dtype=float)
    ypred = np.array([exact_output(w, b, row) for row in X])
    return value_case(id, "net221_predict", {"w": np.asarray(w, dtype=float),
                                             "b": np.asarray(b, dtype=float), "X": X},
                      ["ypred", "label"], {"ypred": ypred, "label": ypred > 0.5}, "exact",
                      1e-14, 0.0, note)


def _feedforward_case(id, w, b, x, note, rtol=1e-14):
    w, b, x = (np.asarray(v, dtype=float) for v in (w, b, x))
    return value_case(id, "net221_feedforward", {"w": w, "b": b, "x": x}, ["o1"],
                      {"o1": exact_output(w, b, x)}, "exact", rtol, 0.0, note)


def _refused(id, call, inputs, outputs, identifier, message, note):
    return Planned(id, lambda: error_case(id, call, inputs, outputs, identifier, message, note))


def plan() -> list[Planned]:
    shared = ([0, 1, 0, 1, 0, 1], [0, 0, 0], [2, 3])
    rng = random.Random(221)
    start = ([rng.gauss(0, 1) for _ in range(6)], [rng.gauss(0, 1) for _ in range(3)])
    (w1, b1), (w2, b2), (w3, b3) = start_sets()
    alice = np.array([-2.0, -1.0])
    one = {"w": np.ones(6), "b": np.zeros(3)}
    return [
        Planned("a2-published", lambda: value_case(
            "a2-published", "net221_feedforward",
            {"w": np.array(shared[0], dtype=float), "b": np.array(shared[1], dtype=float),
             "x": np.array(shared[2], dtype=float)},
            ["o1"], {"o1": 0.7216325609518421}, "published", 1e-15, 0.0,
            "SPEC A2: every neuron has w = [0, 1], b = 0; x = [2, 3]; published in full digits")),
        Planned("a2-exact", lambda: _feedforward_case(
            "a2-exact", *shared, "SPEC A2 to full precision", rtol=1e-15)),
        Planned("emily-random-start-exact", lambda: _feedforward_case(
            "emily-random-start-exact", *start, [-7, -3],
            "Emily (SPEC A4) through seeded standard-normal parameters")),
        Planned("weights-too-short", lambda: error_case(
            "weights-too-short", "net221_feedforward",
            {"w": np.zeros(5), "b": np.zeros(3), "x": np.array([2.0, 3.0])},
            ["o1"], "nnref:badShape", "w must have 6 elements, got 5", "w holds w1..w6")),
        Planned("three-inputs", lambda: error_case(
            "three-inputs", "net221_feedforward",
            {"w": np.zeros(6), "b": np.zeros(3), "x": np.array([2.0, 3.0, 4.0])},
            ["o1"], "nnref:badShape", "x must have 2 elements, got 3", "the network has 2 inputs")),
        Planned("batch-a4-exact", lambda: _batch_exact(
            "batch-a4-exact", w1, b1, DATA_X,
            "the four samples of SPEC A4 as the rows of X, start set 1 (seed 1)")),
        Planned("batch-one-row-exact", lambda: _batch_exact(
            "batch-one-row-exact", w2, b2, EMILY_FRANK[1:],
            "a 1 x 2 X is one sample (Frank), start set 2 (seed 2)")),
        Planned("predict-untrained-exact", lambda: _predict_exact(
            "predict-untrained-exact", w3, b3, EMILY_FRANK,
            "Emily and Frank (SPEC A4) through the untrained start set 3 (seed 3)")),
        Planned("predict-a2-exact", lambda: _predict_exact(
            "predict-a2-exact", *shared[:2], np.vstack([EMILY_FRANK, DATA_X]),
            "SPEC A2's shared weights on the six people of SPEC A4")),
        Planned("a6-backprop-autograd", _a6_backprop_autograd, needs_torch=True),
        Planned("a6-partials-autograd", _a6_partials_autograd, needs_torch=True),
        Planned("a6-published-4-decimals", lambda: _a6_published(
            "a6-published-4-decimals",
            {"h1": 0.0474, "h2": 0.0474, "sum_o1": 0.0948, "dh1_dw1": -0.0904, "dL_dw1": 0.0214},
            1e-4, "SPEC A6 published values printed to 4 decimals; atol is one unit of the "
            "last digit (0.0214 vs 0.021469...)")),
        Planned("a6-published-3-decimals", lambda: _a6_published(
            "a6-published-3-decimals",
            {"o1": 0.524, "dL_dypred": -0.952, "dypred_dh1": 0.249},
            1e-3, "SPEC A6 published values printed to 3 decimals; atol is one unit of the "
            "last digit")),
        Planned("a6-backprop-exact", lambda: value_case(
            "a6-backprop-exact", "net221_backprop", _backprop_inputs(*A6), BACKPROP_OUTPUTS,
            exact_backprop(*A6), "exact", 1e-14, 0.0,
            "SPEC A6 every intermediate by the chain rule at 60 digits (the reference column)")),
        Planned("backprop-bob-exact", lambda: value_case(
            "backprop-bob-exact", "net221_backprop", _backprop_inputs(w1, b1, DATA_X[1], 0.0),
            BACKPROP_OUTPUTS, exact_backprop(w1, b1, DATA_X[1], 0.0), "exact", 1e-13, 0.0,
            "Bob (SPEC A4) at start set 1; large sums make sigma' small, hence rtol 1e-13")),
        Planned("partials-diana-exact", lambda: value_case(
            "partials-diana-exact", "net221_partials", _backprop_inputs(w2, b2, DATA_X[3], 1.0),
            ["dL_dw", "dL_db"], _partials_from(exact_backprop(w2, b2, DATA_X[3], 1.0)),
            "exact", 1e-13, 0.0, "Diana (SPEC A4) at start set 2: the nine partials")),
        Planned("a6-step-autograd", lambda: _step_autograd(
            "a6-step-autograd", *A6, 0.1, "SPEC A6 then one step of torch.optim.SGD(lr=0.1) "
            "on L = (y - o1)^2"), needs_torch=True),
        Planned("step-charlie-autograd", lambda: _step_autograd(
            "step-charlie-autograd", w3, b3, DATA_X[2], 0.0, 0.5, "Charlie (SPEC A4) at start "
            "set 3, one torch.optim.SGD step with lr 0.5"), needs_torch=True),
        _refused("batch-three-columns", "net221_feedforward_batch",
                 {**one, "X": np.zeros((4, 3))}, ["o1"], "nnref:badShape",
                 "X must have 2 columns and at least one row (one sample per row), got size 4x3",
                 "X holds one sample [x1 x2] per row"),
        _refused("batch-nan", "net221_feedforward_batch",
                 {**one, "X": np.array([[1.0, np.nan], [2.0, 3.0]])}, ["o1"],
                 "nnref:nanInput", "X contains NaN", "NaN is refused, not propagated"),
        _refused("predict-biases-too-long", "net221_predict",
                 {"w": np.ones(6), "b": np.zeros(4), "X": EMILY_FRANK}, ["ypred", "label"],
                 "nnref:badShape", "b must have 3 elements, got 4", "b holds b1 b2 b3"),
        _refused("backprop-label-not-scalar", "net221_backprop",
                 {**one, "x": alice, "y": np.array([1.0, 0.0])}, BACKPROP_OUTPUTS,
                 "nnref:badShape", "y must be a scalar, got size 1x2", "one sample, one label"),
        _refused("partials-weights-too-long", "net221_partials",
                 {"w": np.ones(7), "b": np.zeros(3), "x": alice, "y": 1.0}, ["dL_dw", "dL_db"],
                 "nnref:badShape", "w must have 6 elements, got 7", "w holds w1..w6"),
        _refused("partials-nan-label", "net221_partials",
                 {**one, "x": alice, "y": np.nan}, ["dL_dw", "dL_db"],
                 "nnref:nanInput", "y contains NaN", "NaN is refused"),
        _refused("step-negative-rate", "net221_step",
                 {**one, "x": alice, "y": 1.0, "learn_rate": -0.1}, ["w", "b"],
                 "nnref:badValue", "learn_rate must be positive, got -0.1",
                 "a negative rate would climb the loss"),
    ]


def _partials_from(values: dict) -> dict:
    return {"dL_dw": np.array([values[f"dL_dw{i}"] for i in range(1, 7)]),
            "dL_db": np.array([values[f"dL_db{i}"] for i in range(1, 4)])}
