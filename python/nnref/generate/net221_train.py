"""shared_fixtures/net221_train.json: training the 2-2-1 network by per-sample SGD (SPEC A7).

Every expected value comes from a torch-loop: an independent float64 training loop in PyTorch
(torch.optim.SGD, autograd gradients, the same schedule; nnref.generate.net221_torch).  The
start parameters are the seeded sets of nnref.generate.net221.start_sets; the port checker
(nnref check-port net221) starts the port under test from case train-start-1's inputs.
"""
import numpy as np

from nnref.generate.cases import Planned, error_case, value_case
from nnref.generate.net221 import DATA_X, DATA_Y, start_sets

DESCRIPTION = ("Per-sample SGD training of the 2-2-1 network (SPEC A7): learning rate 0.1, "
               "1000 epochs over the rows of X in order, the loss over the whole set after "
               "epochs 0, 10, ..., 990 (100 values); trained w (1x6), b (1x3) and the loss "
               "history, expected from a float64 PyTorch loop.")

# Over 4000 steps the ports and torch drift apart by rounding (sigma' is s*(1-s) in torch,
# e/(1+e)^2 in the ports); measured 6e-15 relative at most; rtol 1e-9 as SPEC F suggests.
TRAIN_RTOL, TRAIN_ATOL = 1e-9, 1e-15


def _train_case(id, w0, b0, X, y, note, learn_rate=None, epochs=None):
    from nnref.generate.net221_torch import torch_loop_train
    inputs = {"w0": np.asarray(w0, dtype=float), "b0": np.asarray(b0, dtype=float),
              "X": np.asarray(X, dtype=float), "y": np.asarray(y, dtype=float)}
    settings = {}
    if learn_rate is not None:
        inputs["learn_rate"] = float(learn_rate)
        inputs["epochs"] = float(epochs)
        settings = {"learn_rate": learn_rate, "epochs": epochs}
    w, b, loss = torch_loop_train(w0, b0, X, y, **settings)
    return value_case(id, "net221_train", inputs, ["w", "b", "loss"],
                      {"w": w, "b": b, "loss": loss}, "torch-loop", TRAIN_RTOL, TRAIN_ATOL, note)


def _refused(id, inputs, identifier, message, note):
    return Planned(id, lambda: error_case(id, "net221_train", inputs, ["w", "b", "loss"],
                                          identifier, message, note))


def plan() -> list[Planned]:
    starts = start_sets()
    w0, b0 = starts[0]
    good = {"w0": w0, "b0": b0, "X": DATA_X, "y": DATA_Y}
    planned = [
        Planned(f"train-start-{k}", lambda k=k, w=w, b=b: _train_case(
            f"train-start-{k}", w, b, DATA_X, DATA_Y,
            f"SPEC A7 on the SPEC A4 data from start set {k} (standard normal, "
            f"random.Random({k})); torch-loop, 4000 steps"), needs_torch=True)
        for k, (w, b) in enumerate(starts, 1)]
    planned += [
        Planned("train-three-rows-short", lambda: _train_case(
            "train-three-rows-short", *starts[1], DATA_X[:3], DATA_Y[:3],
            "Alice, Bob, Charlie only, learning rate 0.3, 25 epochs: loss after epochs 0, "
            "10, 20 (3 values)", learn_rate=0.3, epochs=25), needs_torch=True),
        _refused("weights-too-short", {**good, "w0": np.zeros(5)}, "nnref:badShape",
                 "w0 must have 6 elements, got 5", "w0 holds w1..w6 (SPEC A8 interface: 1x6)"),
        _refused("biases-too-long", {**good, "b0": np.zeros(4)}, "nnref:badShape",
                 "b0 must have 3 elements, got 4", "b0 holds b1 b2 b3 (1x3)"),
        _refused("x-three-columns", {**good, "X": np.zeros((4, 3))}, "nnref:badShape",
                 "X must have 2 columns and at least one row (one sample per row), got size 4x3",
                 "each row of X is one sample [x1 x2]"),
        _refused("x-one-column", {**good, "X": DATA_X[:, :1]}, "nnref:badShape",
                 "X must have 2 columns and at least one row (one sample per row), got size 4x1",
                 "each row of X is one sample [x1 x2]"),
        _refused("labels-too-few", {**good, "y": DATA_Y[:3]}, "nnref:badShape",
                 "y must have 4 elements (one per row of X), got 3", "one label per row of X"),
        _refused("nan-in-x", {**good, "X": np.where(DATA_X == 25.0, np.nan, DATA_X)},
                 "nnref:nanInput", "X contains NaN", "NaN is refused, not trained on"),
        _refused("nan-in-weights", {**good, "w0": np.array([1, 1, np.nan, 1, 1, 1.0])},
                 "nnref:nanInput", "w0 contains NaN", "NaN is refused"),
        _refused("nan-label", {**good, "y": np.array([1, np.nan, 0, 1.0])},
                 "nnref:nanInput", "y contains NaN", "NaN is refused"),
        _refused("zero-rate", {**good, "learn_rate": 0.0, "epochs": 10.0}, "nnref:badValue",
                 "learn_rate must be positive, got 0", "a zero rate trains nothing"),
        _refused("fractional-epochs", {**good, "learn_rate": 0.1, "epochs": 2.5},
                 "nnref:badValue", "epochs must be a positive integer, got 2.5",
                 "epochs count whole passes"),
    ]
    return planned
