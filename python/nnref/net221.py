"""The 2-2-1 network with nine parameters (SPEC A2, A4-A7), in the published interface.

Parameters: w = [w1 .. w6] (1x6), b = [b1 b2 b3] (1x3).
h1 = sigma(w1*x1 + w2*x2 + b1);  h2 = sigma(w3*x1 + w4*x2 + b2);  o1 = sigma(w5*h1 + w6*h2 + b3).
SPEC A2 is the case w = [0 1 0 1 0 1], b = [0 0 0]: every neuron has weights [0, 1], bias 0.
Training (SPEC A7) is per-sample SGD on L = (y - o1)^2; one step computes all nine partials
from the parameters before the step, then updates all nine.  The Octave twins are
matlab/+nnref/net221_*.m; the step trace uses the names of STEP_NAMES in both languages.

The step is computed on Python floats (math.exp), not numpy scalars: a 1000-epoch run is 4000
steps, and the port checker replays it for 16 defect combinations.  sigma and sigma' use
nnref.sigmoid's overflow-free formulas (math.exp and numpy's exp may differ by an ULP).
"""
import math

import numpy as np

from nnref.checks import as_real_array, as_scalar, as_vector, size_text
from nnref.errors import NnrefError
from nnref.sigmoid import sigmoid

# Every intermediate of one SGD step, in computation order (SPEC A5): the 27 values of
# net221_backprop, then the nine updated parameters.  Octave: nnref.net221_step_values.
BACKPROP_NAMES = ("sum_h1", "h1", "sum_h2", "h2", "sum_o1", "o1", "dL_dypred",
                  "dypred_dw5", "dypred_dw6", "dypred_db3", "dypred_dh1", "dypred_dh2",
                  "dh1_dw1", "dh1_dw2", "dh1_db1", "dh2_dw3", "dh2_dw4", "dh2_db2",
                  "dL_dw1", "dL_dw2", "dL_dw3", "dL_dw4", "dL_dw5", "dL_dw6",
                  "dL_db1", "dL_db2", "dL_db3")
PARAMETER_NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")
STEP_NAMES = BACKPROP_NAMES + PARAMETER_NAMES

LEARN_RATE = 0.1     # SPEC A7
EPOCHS = 1000        # SPEC A7
LOSS_EVERY = 10      # SPEC A7: the loss over the whole set after epochs 0, 10, ..., 990


def net221_feedforward(w, b, x):
    """o1 for one sample x = [x1, x2] (SPEC A5 forward pass).

    SPEC A2: net221_feedforward([0, 1, 0, 1, 0, 1], [0, 0, 0], [2, 3]) = 0.7216325609518421.
    """
    w = as_vector(w, "w", 6)
    b = as_vector(b, "b", 3)
    x = as_vector(x, "x", 2)
    h1 = sigmoid(w[0] * x[0] + w[1] * x[1] + b[0])
    h2 = sigmoid(w[2] * x[0] + w[3] * x[1] + b[1])
    return sigmoid(w[4] * h1 + w[5] * h2 + b[2])


def net221_feedforward_batch(w, b, X):
    """o1 for every row of X (n x 2, one sample per row), as a 1-D array of n outputs."""
    w, b = as_vector(w, "w", 6), as_vector(b, "b", 3)
    X = check_samples(X)
    h1 = sigmoid(w[0] * X[:, 0] + w[1] * X[:, 1] + b[0])
    h2 = sigmoid(w[2] * X[:, 0] + w[3] * X[:, 1] + b[1])
    return sigmoid(w[4] * h1 + w[5] * h2 + b[2])


def net221_predict(w, b, X):
    """(ypred, label): o1 for every row of X and label = ypred > 0.5 (1 = female, SPEC A4).

    SPEC A7: a trained network gives Emily [-7, -3] label 1 and Frank [20, 2] label 0.
    """
    ypred = net221_feedforward_batch(w, b, X)
    return ypred, ypred > 0.5


def net221_backprop(w, b, x, y):
    """The 27 values of BACKPROP_NAMES for one sample (x = [x1, x2], label y), as a tuple.

    Forward values, the local partials of SPEC A5 (dypred/dw5 = h1*sigma'(sum_o1), ...,
    dh1/dw1 = x1*sigma'(sum_h1), ...) and the nine partials of L = (y - o1)^2:
    dL/dw1 = dL/dypred * dypred/dh1 * dh1/dw1, ..., dL/dw5 = dL/dypred * dypred/dw5, ...
    SPEC A6 (w all 1, b all 0, x = [-2, -1], y = 1): dL_dw1 = 0.02146953526581111.
    """
    w, b, x = as_vector(w, "w", 6), as_vector(b, "b", 3), as_vector(x, "x", 2)
    y = as_scalar(y, "y")
    return step_values(w.tolist(), b.tolist(), float(x[0]), float(x[1]), y, 0.0)[:len(BACKPROP_NAMES)]


def net221_partials(w, b, x, y):
    """(dL_dw, dL_db): the nine partials of L = (y - o1)^2 for one sample, shaped like w and b."""
    values = dict(zip(BACKPROP_NAMES, net221_backprop(w, b, x, y)))
    return (np.array([values[f"dL_dw{i}"] for i in range(1, 7)]),
            np.array([values[f"dL_db{i}"] for i in range(1, 4)]))


def net221_step(w, b, x, y, learn_rate=LEARN_RATE, trace=False):
    """One SGD step on one sample: every parameter p becomes p - learn_rate * dL/dp, all nine
    partials taken before the update (SPEC A5).  Returns (w, b), plus the step's trace (a dict
    name -> value in STEP_NAMES order) when trace is true."""
    w, b, x = as_vector(w, "w", 6), as_vector(b, "b", 3), as_vector(x, "x", 2)
    y = as_scalar(y, "y")
    learn_rate = check_learn_rate(learn_rate)
    values = step_values(w.tolist(), b.tolist(), float(x[0]), float(x[1]), y, learn_rate)
    w_new, b_new = np.array(values[-9:-3]), np.array(values[-3:])
    return (w_new, b_new, dict(zip(STEP_NAMES, values))) if trace else (w_new, b_new)


def net221_train(w0, b0, X, y, learn_rate=LEARN_RATE, epochs=EPOCHS, trace=False):
    """Per-sample SGD (SPEC A7): each epoch visits the rows of X in order and takes one step
    per row; after epochs 0, 10, 20, ... (0-based) the loss mean((y - ypred)^2) over the whole
    set is recorded.  Returns (w, b, loss) with loss of ceil(epochs / 10) values (100 for the
    SPEC's 1000 epochs); with trace=True also the trace: one dict per step (STEP_NAMES, plus
    "loss" on the steps after which the loss was recorded)."""
    w, b = as_vector(w0, "w0", 6).tolist(), as_vector(b0, "b0", 3).tolist()
    X, y = check_data(X, y)
    learn_rate, epochs = check_learn_rate(learn_rate), check_epochs(epochs)
    rows = [(float(r[0]), float(r[1]), float(t)) for r, t in zip(X, y)]
    loss, steps = [], []
    for epoch in range(epochs):
        for x1, x2, label in rows:
            values = step_values(w, b, x1, x2, label, learn_rate)
            w, b = list(values[-9:-3]), list(values[-3:])
            if trace:
                steps.append(dict(zip(STEP_NAMES, values)))
        if epoch % LOSS_EVERY == 0:
            loss.append(set_loss(w, b, rows))
            if trace:
                steps[-1]["loss"] = loss[-1]
    result = (np.array(w), np.array(b), np.array(loss))
    return result + (steps,) if trace else result


def step_values(w, b, x1, x2, y, learn_rate) -> tuple:
    """The STEP_NAMES values of one step, on floats; w, b are lists (trusted, no checks)."""
    sum_h1 = w[0] * x1 + w[1] * x2 + b[0]
    h1 = sigma(sum_h1)
    sum_h2 = w[2] * x1 + w[3] * x2 + b[1]
    h2 = sigma(sum_h2)
    sum_o1 = w[4] * h1 + w[5] * h2 + b[2]
    o1 = sigma(sum_o1)
    dL_dypred = -2.0 * (y - o1)
    d_o1, d_h1, d_h2 = sigma_prime(sum_o1), sigma_prime(sum_h1), sigma_prime(sum_h2)
    local = (h1 * d_o1, h2 * d_o1, d_o1, w[4] * d_o1, w[5] * d_o1,
             x1 * d_h1, x2 * d_h1, d_h1, x1 * d_h2, x2 * d_h2, d_h2)
    dypred_dw5, dypred_dw6, dypred_db3, dypred_dh1, dypred_dh2 = local[:5]
    dh1_dw1, dh1_dw2, dh1_db1, dh2_dw3, dh2_dw4, dh2_db2 = local[5:]
    partials = (dL_dypred * dypred_dh1 * dh1_dw1, dL_dypred * dypred_dh1 * dh1_dw2,
                dL_dypred * dypred_dh2 * dh2_dw3, dL_dypred * dypred_dh2 * dh2_dw4,
                dL_dypred * dypred_dw5, dL_dypred * dypred_dw6,
                dL_dypred * dypred_dh1 * dh1_db1, dL_dypred * dypred_dh2 * dh2_db2,
                dL_dypred * dypred_db3)
    updated = tuple(p - learn_rate * d for p, d in zip(w + b, partials))
    return (sum_h1, h1, sum_h2, h2, sum_o1, o1, dL_dypred) + local + partials + updated


def sigma(z: float) -> float:
    """nnref.sigmoid's formula on one float: 1/(1+exp(-z)) for z >= 0, else e/(1+e), e = exp(z)."""
    if z < 0:
        e = math.exp(z)
        return e / (1.0 + e)
    return 1.0 / (1.0 + math.exp(-z))


def sigma_prime(z: float) -> float:
    """nnref.sigmoid_prime's formula on one float: e / (1 + e)^2 with e = exp(-|z|)."""
    e = math.exp(-abs(z))
    return e / (1.0 + e) ** 2


def set_loss(w, b, rows) -> float:
    """mean((y - o1)^2) over the rows (x1, x2, y), on floats."""
    total = 0.0
    for x1, x2, y in rows:
        h1 = sigma(w[0] * x1 + w[1] * x2 + b[0])
        h2 = sigma(w[2] * x1 + w[3] * x2 + b[1])
        total += (y - sigma(w[4] * h1 + w[5] * h2 + b[2])) ** 2
    return total / len(rows)


def check_samples(X) -> np.ndarray:
    """X as an n x 2 float array (n >= 1, finite); a 1-D pair is one row, as in Octave."""
    X = as_real_array(X, "X", allow_inf=False)
    if X.ndim == 1:
        X = X.reshape(1, -1)
    if X.ndim != 2 or X.shape[1] != 2 or X.shape[0] == 0:
        raise NnrefError("nnref:badShape", "X must have 2 columns and at least one row "
                         f"(one sample per row), got size {size_text(X)}")
    return X


def check_data(X, y):
    """(X, y) for training: X n x 2 (check_samples), y a vector of n labels."""
    X = check_samples(X)
    y = as_vector(y, "y")
    if y.size != X.shape[0]:
        raise NnrefError("nnref:badShape",
                         f"y must have {X.shape[0]} elements (one per row of X), got {y.size}")
    return X, y


def check_learn_rate(learn_rate) -> float:
    learn_rate = as_scalar(learn_rate, "learn_rate")
    if learn_rate <= 0:
        raise NnrefError("nnref:badValue", f"learn_rate must be positive, got {learn_rate:g}")
    return learn_rate


def check_epochs(epochs) -> int:
    epochs = as_scalar(epochs, "epochs")
    if epochs < 1 or epochs != math.floor(epochs):
        raise NnrefError("nnref:badValue", f"epochs must be a positive integer, got {epochs:g}")
    return int(epochs)


def trace_from_columns(columns) -> list[dict]:
    """An Octave trace (a struct of columns, one row per step; loss NaN where not recorded) as
    the Python trace: a list of dicts name -> float in STEP_NAMES order, "loss" where recorded."""
    names = list(STEP_NAMES)
    table = {name: np.asarray(columns[name], dtype=float).reshape(-1) for name in names}
    losses = np.asarray(columns["loss"], dtype=float).reshape(-1) if "loss" in columns else None
    steps = []
    for k in range(table[names[0]].size):
        step = {name: float(table[name][k]) for name in names}
        if losses is not None and not math.isnan(losses[k]):
            step["loss"] = float(losses[k])
        steps.append(step)
    return steps
