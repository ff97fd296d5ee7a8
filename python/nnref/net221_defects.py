"""A simulator of SPEC A7 training with any combination of the published port's computational
defects (SPEC A8), used by `nnref check-port net221` to explain a port's trained result.

Without defects it is nnref.net221.net221_train, step for step and bit for bit
(tests/test_net221_defects.py holds it to that); each defect changes exactly what SPEC A8 says:
- x1-typo: sum_h1 = w1*x1 + w2*x1 + b1 (the partials dh1/dw1 = x1*sigma'(sum_h1),
  dh1/dw2 = x2*sigma'(sum_h1) keep the right inputs, at the wrong sum_h1);
- b2-chain: dL/db2 = dL/dypred * dypred/dh1 * dh2/db2 (dypred/dh1 instead of dypred/dh2);
- output-extra-factor: dL/dw5, dL/dw6, dL/db3 carry an extra factor dypred/dh1;
- one-sample-epochs: 1000 steps k = 1..1000 on row mod(k-1, n) + 1, the loss recorded after
  every step k with mod(k, 10) == 0, instead of 1000 epochs over all rows.
The loss is always that of the correct network (the published feedforward helper is right).
Trace names are nnref.net221.STEP_NAMES (+ "loss"), so traces diff with nnref.trace.
"""
from itertools import combinations

import numpy as np

from nnref.net221 import LEARN_RATE, LOSS_EVERY, STEP_NAMES, set_loss, sigma, sigma_prime

# SPEC A8's computational defects, in SPEC order; no-outputs and scalar-sigmoid change no number
COMPUTATIONAL = ("x1-typo", "b2-chain", "output-extra-factor", "one-sample-epochs")


def all_combinations() -> list[tuple]:
    """Every subset of COMPUTATIONAL (16), each in SPEC order, the empty one first."""
    return [combo for size in range(len(COMPUTATIONAL) + 1)
            for combo in combinations(COMPUTATIONAL, size)]


def defective_step_values(w, b, x1, x2, y, learn_rate, defects) -> tuple:
    """nnref.net221.step_values with the step defects of `defects` (floats, no checks)."""
    typo, b2_chain, extra = ("x1-typo" in defects, "b2-chain" in defects,
                             "output-extra-factor" in defects)
    sum_h1 = w[0] * x1 + w[1] * (x1 if typo else x2) + b[0]
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
    output = dL_dypred * dypred_dh1 if extra else dL_dypred
    partials = (dL_dypred * dypred_dh1 * dh1_dw1, dL_dypred * dypred_dh1 * dh1_dw2,
                dL_dypred * dypred_dh2 * dh2_dw3, dL_dypred * dypred_dh2 * dh2_dw4,
                output * dypred_dw5, output * dypred_dw6,
                dL_dypred * dypred_dh1 * dh1_db1,
                dL_dypred * (dypred_dh1 if b2_chain else dypred_dh2) * dh2_db2,
                output * dypred_db3)
    updated = tuple(p - learn_rate * d for p, d in zip(w + b, partials))
    return (sum_h1, h1, sum_h2, h2, sum_o1, o1, dL_dypred) + local + partials + updated


def simulate(w0, b0, X, y, defects=(), learn_rate=LEARN_RATE, epochs=1000, trace=False):
    """(w, b, loss[, trace]) of SPEC A7 training with `defects`; inputs trusted (checked by
    the caller).  With one-sample-epochs, `epochs` counts single steps, as in the port."""
    w, b = [float(v) for v in np.reshape(w0, -1)], [float(v) for v in np.reshape(b0, -1)]
    rows = [(float(r[0]), float(r[1]), float(t)) for r, t in zip(np.asarray(X), np.reshape(y, -1))]
    if "one-sample-epochs" in defects:
        schedule = [(rows[(k - 1) % len(rows)], k % LOSS_EVERY == 0) for k in range(1, epochs + 1)]
    else:
        schedule = [(row, i == len(rows) - 1 and epoch % LOSS_EVERY == 0)
                    for epoch in range(epochs) for i, row in enumerate(rows)]
    loss, steps = [], []
    for (x1, x2, label), record in schedule:
        values = defective_step_values(w, b, x1, x2, label, learn_rate, defects)
        w, b = list(values[-9:-3]), list(values[-3:])
        if trace:
            steps.append(dict(zip(STEP_NAMES, values)))
        if record:
            loss.append(set_loss(w, b, rows))
            if trace:
                steps[-1]["loss"] = loss[-1]
    result = (np.array(w), np.array(b), np.array(loss))
    return result + (steps,) if trace else result


def loss_steps(defects, n_rows: int, count: int) -> list[int]:
    """The 1-based steps after which the `count` losses were recorded under `defects`."""
    every = LOSS_EVERY if "one-sample-epochs" in defects else LOSS_EVERY * n_rows
    first = LOSS_EVERY if "one-sample-epochs" in defects else n_rows
    return [first + every * k for k in range(count)]
