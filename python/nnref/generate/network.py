"""shared_fixtures/network.json: the layered sigmoid network (SPEC C1, C2, random small networks).

Inputs: `sizes` (layer sizes, integers), `p` (flat parameters: W^1 row by row, b^1, W^2 row by
row, b^2, ...), X and Y with one column per sample, `order` 1-based sample numbers.
Expected values: SPEC's published digits (C1's whole table, C2's setup and result) and PyTorch
float64 (network_torch: autograd; torch-loop for SGD epochs and evaluation), which must agree
with the published digits (checked here, when the torch cases are rebuilt).
"""
import random

import numpy as np

from nnref.generate import network_torch as ref
from nnref.generate.cases import Planned, value_case
from nnref.generate.network_errors import error_cases

DESCRIPTION = ("The layered sigmoid network, matrix form and the book's per-sample form: forward, "
               "backprop, mini-batch SGD and evaluation (SPEC C, C1, C2). p packs W^1 row by row, "
               "b^1, W^2 row by row, b^2, ...; samples are columns; order is 1-based.")

C1_SIZES, C1_P = [1, 1, 1], [1.58, -0.14, 2.45, -0.11]            # w1 b1 w2 b2
C1_X, C1_Y, C1_ETA = 0.8, 1.0, 0.1
C1 = {"z": [1.124, 1.73908830732614], "a": [0.7547299213576082, 0.850571226530534],
      "g": [-0.006890827214701939, -0.008613534018377424, -0.014334109526226761,
            -0.018992369482903983],
      "dC_da": [-0.04653130523311476],
      "p_new": [1.5806890827214704, -0.13913864659816227, 2.451433410952623, -0.1081007630517096],
      "z_new": [1.125412619579014, 1.7427101863028525],
      "a_new": [0.7549913210309638, 0.8510309824120517],
      "C": 0.011164479170294499, "C_new": 0.011095884100559231}

C2_SIZES = [2, 3, 2]
C2_W1 = [[-0.11499179, 0.454649], [-0.65801895, 0.56618695], [-0.15686814, -0.87499479]]
C2_B1 = [0.54001045, 0.75958375, 0.01870296]
C2_W2 = [[0.01071228, -0.49139708, -0.81775586], [-0.87455946, -0.08351883, -0.77534763]]
C2_B2 = [-0.32783478, 0.06061246]
C2_X, C2_Y, C2_ETA = [0.8, 0.2], [0.0, 1.0], 0.1
C2_A2 = [0.2767680516374988, 0.294409667503439]
C2_NEW = {"W2": [[0.007213398685085713, -0.49464210969243627, -0.8201381409764879],
                 [-0.865302316289459, -0.07493331265769729, -0.7690447247644799]],
          "b2": [-0.33337477682095795, 0.07526987250180259],
          "W1": [[-0.11738907891454071, 0.45404967777136485], [-0.6577281283667454, 0.5662596554083136],
                 [-0.1582082062491615, -0.8753298065622904]],
          "b1": [0.5370138388568242, 0.7599472770415682, 0.01702787718854813]}


def pack(*layers) -> np.ndarray:
    """Flat p of (W, b) pairs: each W row by row, then its b."""
    return np.concatenate([np.ravel(np.asarray(part, dtype=np.float64)) for pair in layers for part in pair])


C2_P = pack((C2_W1, C2_B1), (C2_W2, C2_B2))
C2_P_NEW = pack((C2_NEW["W1"], C2_NEW["b1"]), (C2_NEW["W2"], C2_NEW["b2"]))


def ints(values) -> np.ndarray:
    return np.asarray(values, dtype=np.int64)


def col(values) -> np.ndarray:
    return np.asarray(values, dtype=np.float64).reshape(-1, 1)


def agree(name, got, published, rtol):
    """The torch value must reproduce the published digits (the two sources back each other)."""
    if not np.allclose(got, published, rtol=rtol, atol=0):
        raise SystemExit(f"{name}: PyTorch gives {np.ravel(got).tolist()}, SPEC publishes "
                         f"{np.ravel(published).tolist()}")
    return got


def random_net(sizes, seed, N):
    """Seeded standard-normal p, inputs uniform in [0, 1), targets uniform in [0, 1)."""
    rng = random.Random(seed)
    count = sum(n * (n_prev + 1) for n_prev, n in zip(sizes[:-1], sizes[1:]))
    p = np.array([rng.gauss(0, 1) for _ in range(count)])
    X = np.array([[rng.random() for _ in range(N)] for _ in range(sizes[0])])
    Y = np.array([[rng.random() for _ in range(N)] for _ in range(sizes[-1])])
    order = list(range(1, N + 1))
    rng.shuffle(order)
    return p, X, Y, ints(order)


def classification_data(sizes, seed, N):
    """Inputs N(0, 3^2) (spread, so the argmax varies) and seeded one-hot labels."""
    rng = random.Random(seed)
    X = np.array([[rng.gauss(0, 3) for _ in range(N)] for _ in range(sizes[0])])
    labels = [rng.randrange(sizes[-1]) for _ in range(N)]
    return X, np.array([[1.0 if labels[j] == i else 0.0 for j in range(N)] for i in range(sizes[-1])])


def case(id, call, inputs, outputs, expected, source, rtol, atol, note):
    return value_case(id, call, inputs, list(outputs), expected, source, rtol, atol, note)


def published_cases() -> list[Planned]:
    s1, p1, x1, y1 = ints(C1_SIZES), np.array(C1_P), col([C1_X]), col([C1_Y])
    p1_new = np.array(C1["p_new"])
    epoch = {"sizes": s1, "p": p1, "X": x1, "Y": y1, "order": ints([1]), "m": np.int64(1),
             "eta": np.float64(C1_ETA)}
    s2, x2, y2 = ints(C2_SIZES), col(C2_X), col(C2_Y)
    epoch2 = {"sizes": s2, "p": C2_P, "X": x2, "Y": y2, "order": ints([1]), "m": np.int64(1),
              "eta": np.float64(C2_ETA)}
    pub, R = "published", 1e-15
    return [Planned(id, lambda id=id, build=build: build(id)) for id, build in [
        ("c1-forward-published", lambda id: case(
            id, "network_activations", {"sizes": s1, "p": p1, "X": x1},
            ["z", "a"], {"z": col(C1["z"]), "a": col(C1["a"])}, pub, R, 0.0,
            "SPEC C1 table: z1, a1, z2, a2 of the chain 1-1-1 at a0 = 0.8")),
        ("c1-backprop-published", lambda id: case(
            id, "network_backprop",
            {"sizes": s1, "p": p1, "x": np.array([C1_X]), "y": np.array([C1_Y])},
            ["g", "C", "dC_da"], {"g": np.array(C1["g"]), "C": np.float64(C1["C"]),
                                  "dC_da": col(C1["dC_da"])}, pub, R, 0.0,
            "SPEC C1 table: g = [dC/dw1 dC/db1 dC/dw2 dC/db2], cost before, dC/da1")),
        ("c1-step-published", lambda id: case(
            id, "network_sgd_step",
            {"sizes": s1, "p": p1, "X": x1, "Y": y1, "eta": np.float64(C1_ETA)},
            ["p_new"], {"p_new": p1_new}, pub, R, 0.0,
            "SPEC C1 table: updated w1, b1, w2, b2 after one step of 0.1")),
        ("c1-epoch-published", lambda id: case(
            id, "network_sgd_epoch", epoch, ["p_new"], {"p_new": p1_new},
            pub, R, 0.0, "SPEC C1 as an epoch of one sample, m = 1")),
        ("c1-epoch-persample-published", lambda id: case(
            id, "network_sgd_epoch_persample", epoch, ["p_new"],
            {"p_new": p1_new}, pub, R, 0.0, "SPEC C1 the book's per-sample way")),
        ("c1-forward-after-step-published", lambda id: case(
            id, "network_activations",
            {"sizes": s1, "p": p1_new, "X": x1}, ["z", "a"],
            {"z": col(C1["z_new"]), "a": col(C1["a_new"])}, pub, R, 0.0,
            "SPEC C1 table: updated z1, a1, z2, a2 (from the published updated parameters)")),
        ("c1-cost-before-published", lambda id: case(
            id, "network_cost", {"sizes": s1, "p": p1, "X": x1, "Y": y1},
            ["C"], {"C": np.float64(C1["C"])}, pub, R, 0.0, "SPEC C1 table: cost before")),
        ("c1-cost-after-published", lambda id: case(
            id, "network_cost", {"sizes": s1, "p": p1_new, "X": x1, "Y": y1},
            ["C"], {"C": np.float64(C1["C_new"])}, pub, R, 0.0,
            "SPEC C1 table: cost after (from the published updated parameters)")),
        ("c2-feedforward-published", lambda id: case(
            id, "network_feedforward", {"sizes": s2, "p": C2_P, "X": x2},
            ["aL"], {"aL": col(C2_A2)}, pub, R, 0.0, "SPEC C2: output a^2 of the [2, 3, 2] network")),
        ("c2-step-published", lambda id: case(
            id, "network_sgd_step",
            {"sizes": s2, "p": C2_P, "X": x2, "Y": y2, "eta": np.float64(C2_ETA)},
            ["p_new"], {"p_new": C2_P_NEW}, pub, R, 0.0,
            "SPEC C2: W^1, b^1, W^2, b^2 after one step of 0.1 (p packs W1 b1 W2 b2)")),
        ("c2-epoch-published", lambda id: case(
            id, "network_sgd_epoch", epoch2, ["p_new"], {"p_new": C2_P_NEW},
            pub, R, 0.0, "SPEC C2 as an epoch of one sample")),
        ("c2-epoch-persample-published", lambda id: case(
            id, "network_sgd_epoch_persample", epoch2, ["p_new"],
            {"p_new": C2_P_NEW}, pub, R, 0.0, "SPEC C2 the book's per-sample way")),
    ]]


def autograd_cases() -> list[Planned]:
    """C1 and C2 through PyTorch (checked against the published digits), then random networks."""
    s1, s2 = ints(C1_SIZES), ints(C2_SIZES)
    ag = "autograd"

    def c1_backprop():
        g, C, dC_da = ref.backprop(C1_SIZES, C1_P, [C1_X], [C1_Y])
        agree("C1 g", g, C1["g"], 1e-15), agree("C1 C", C, C1["C"], 1e-15)
        agree("C1 dC/da1", dC_da, col(C1["dC_da"]), 1e-15)
        agree("C1 p_new", ref.sgd_step(C1_SIZES, C1_P, col([C1_X]), col([C1_Y]), C1_ETA), C1["p_new"], 1e-15)
        return case("c1-backprop-autograd", "network_backprop",
                    {"sizes": s1, "p": np.array(C1_P), "x": np.array([C1_X]), "y": np.array([C1_Y])},
                    ["g", "C", "dC_da"], {"g": g, "C": np.float64(C), "dC_da": dC_da}, ag, 1e-15, 0.0,
                    "SPEC C1 by PyTorch autograd; agrees with the published table to 1e-15")

    def c2_backprop():
        g, C, dC_da = ref.backprop(C2_SIZES, C2_P, C2_X, C2_Y)
        agree("C2 a^2", ref.feedforward(C2_SIZES, C2_P, col(C2_X)), col(C2_A2), 1e-15)
        return case("c2-backprop-autograd", "network_backprop",
                    {"sizes": s2, "p": C2_P, "x": np.array(C2_X), "y": np.array(C2_Y)},
                    ["g", "C", "dC_da"], {"g": g, "C": np.float64(C), "dC_da": dC_da}, ag, 1e-14, 0.0,
                    "SPEC C2 setup: gradient, cost and dC/da^1 by PyTorch autograd")

    def c2_step():
        p_new = agree("C2 p_new", ref.sgd_step(C2_SIZES, C2_P, col(C2_X), col(C2_Y), C2_ETA), C2_P_NEW, 1e-15)
        return case("c2-step-autograd", "network_sgd_step",
                    {"sizes": s2, "p": C2_P, "X": col(C2_X), "Y": col(C2_Y), "eta": np.float64(C2_ETA)},
                    ["p_new"], {"p_new": p_new}, ag, 1e-15, 0.0,
                    "SPEC C2 step by PyTorch autograd; agrees with SPEC's reference to 1e-15")

    planned = [Planned("c1-backprop-autograd", c1_backprop, True),
               Planned("c2-backprop-autograd", c2_backprop, True),
               Planned("c2-step-autograd", c2_step, True)]
    for sizes, seed in (([3, 5, 4, 2], 3542), ([4, 3, 3, 3, 2], 43332), ([3, 2], 32)):
        planned += random_net_cases(sizes, seed)
    return planned + [Planned("net2-4-3-evaluate-torch-loop", three_classes, True)]


def three_classes():
    """Evaluation with three classes that all occur among the predictions."""
    sizes = [2, 4, 3]
    p = 3 * random_net(sizes, 244, 1)[0]
    X, onehot = classification_data(sizes, 245, 16)
    correct, predicted = ref.evaluate(sizes, p, X, onehot)
    assert set(predicted.tolist()) == {1, 2, 3}, predicted
    return case("net2-4-3-evaluate-torch-loop", "network_evaluate",
                {"sizes": ints(sizes), "p": p, "X": X, "Y": onehot}, ["correct", "predicted"],
                {"correct": np.int64(correct), "predicted": predicted}, "torch-loop", 0.0, 0.0,
                "sizes [2, 4, 3], p = 3 * seeded standard normal, 16 inputs N(0, 9), seeded one-hot "
                "labels; every class is predicted somewhere; argmax by torch")


def random_net_cases(sizes, seed) -> list[Planned]:
    """Forward, backprop (one sample and a batch), cost, a step, an epoch in both forms and
    evaluation of one seeded network, all from PyTorch."""
    tag = "net" + "-".join(str(n) for n in sizes)
    p, X, Y, order = random_net(sizes, seed, 7)
    X_eval, onehot = classification_data(sizes, seed + 1, 12)
    s = ints(sizes)
    epoch = {"sizes": s, "p": p, "X": X, "Y": Y, "order": order, "m": np.int64(3), "eta": np.float64(3.0)}
    note = f"sizes {sizes}, seeded standard-normal p (seed {seed}), 7 samples uniform in [0, 1)"
    src = {"autograd": "autograd", "torch": "torch-loop"}

    def planned(key, kind, build):
        id = f"{tag}-{key}-{src[kind]}"
        return Planned(id, lambda: build(id), True)

    def evaluated():
        correct, predicted = ref.evaluate(sizes, 3 * p, X_eval, onehot)
        return {"correct": np.int64(correct), "predicted": predicted}

    return [
        planned("activations", "autograd", lambda id: case(
            id, "network_activations", {"sizes": s, "p": p, "X": X}, ["z", "a"],
            dict(zip(["z", "a"], ref.activations(sizes, p, X))), "autograd", 1e-13, 1e-15,
            f"{note}: every z^l, a^l by PyTorch")),
        planned("backprop", "autograd", lambda id: case(
            id, "network_backprop", {"sizes": s, "p": p, "x": X[:, 2], "y": Y[:, 2]},
            ["g", "C", "dC_da"], dict(zip(["g", "C", "dC_da"], ref.backprop(sizes, p, X[:, 2], Y[:, 2]))),
            "autograd", 1e-12, 1e-15, f"{note}: sample 3 alone, PyTorch autograd")),
        planned("backprop-batch", "autograd", lambda id: case(
            id, "network_backprop_batch", {"sizes": s, "p": p, "X": X, "Y": Y},
            ["g", "C"], dict(zip(["g", "C"], ref.backprop_batch(sizes, p, X, Y))), "autograd", 1e-12, 1e-15,
            f"{note}: mean gradient and mean cost of the 7, PyTorch autograd")),
        planned("cost", "autograd", lambda id: case(
            id, "network_cost", {"sizes": s, "p": p, "X": X, "Y": Y}, ["C"],
            {"C": np.float64(ref.cost(sizes, p, X, Y))}, "autograd", 1e-13, 0.0, f"{note}: mean cost")),
        planned("step", "autograd", lambda id: case(
            id, "network_sgd_step", {"sizes": s, "p": p, "X": X[:, :5], "Y": Y[:, :5], "eta": np.float64(0.5)},
            ["p_new"], {"p_new": ref.sgd_step(sizes, p, X[:, :5], Y[:, :5], 0.5)}, "autograd", 1e-12, 1e-14,
            f"{note}: one step of 0.5 on samples 1-5, PyTorch autograd")),
        planned("epoch", "torch", lambda id: case(
            id, "network_sgd_epoch", epoch, ["p_new"],
            {"p_new": ref.sgd_epoch(sizes, p, X, Y, order, 3, 3.0)}, "torch-loop", 1e-11, 1e-13,
            f"{note}: epoch, order {order.tolist()}, m = 3 (batches 3, 3, 1), eta 3.0")),
        planned("epoch-persample", "torch", lambda id: case(
            id, "network_sgd_epoch_persample", epoch, ["p_new"],
            {"p_new": ref.sgd_epoch(sizes, p, X, Y, order, 3, 3.0)}, "torch-loop", 1e-11, 1e-13,
            f"{note}: the same epoch, the book's per-sample way")),
        planned("evaluate", "torch", lambda id: case(
            id, "network_evaluate", {"sizes": s, "p": 3 * p, "X": X_eval, "Y": onehot}, ["correct", "predicted"],
            evaluated(), "torch-loop", 0.0, 0.0,
            f"{note}: p times 3 and 12 other inputs N(0, 9), so the argmax varies; seeded "
            "one-hot labels; argmax by torch")),
    ]


def closed_form_cases() -> list[Planned]:
    """Ties in evaluation: zero weights make every output sigma(bias); equal biases tie."""
    inputs = {"sizes": ints([1, 3]), "p": np.array([0.0, 0.0, 0.0, 1.0, 1.0, 0.0]),
              "X": np.array([[5.0, -6.0]]), "Y": np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 0.0]])}
    return [Planned("evaluate-tie-closed-form", lambda: case(
        "evaluate-tie-closed-form", "network_evaluate", inputs, ["correct", "predicted"],
        {"correct": np.int64(1), "predicted": ints([1, 1])}, "closed-form", 0.0, 0.0,
        "W = 0, b = [1; 1; 0]: outputs sigma(1), sigma(1), sigma(0) for every x; the tie between "
        "rows 1 and 2 goes to the first, so sample 1 (label row 2) is wrong, sample 2 (row 1) right"))]


def plan() -> list[Planned]:
    return published_cases() + autograd_cases() + closed_form_cases() + error_cases()
