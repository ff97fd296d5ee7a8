"""Refused inputs of the layered network (shared_fixtures/network.json): both languages must
raise the same identifier with the same message (SPEC C conventions, Part E)."""
import numpy as np

from nnref.generate.cases import Planned, error_case

SIZES = np.array([2, 3, 2], dtype=np.int64)
P = np.linspace(-1.0, 1.0, 17)          # 3*(2+1) + 2*(3+1) = 17 parameters
X = np.array([[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8]])
Y = np.array([[0.0, 1.0, 0.0, 1.0], [1.0, 0.0, 1.0, 0.0]])
ORDER = np.array([2, 4, 1, 3], dtype=np.int64)


def with_nan(array, index):
    array = np.array(array, dtype=np.float64)
    array[index] = np.nan
    return array


def epoch_inputs(**changes):
    inputs = {"sizes": SIZES, "p": P, "X": X, "Y": Y, "order": ORDER, "m": np.int64(2),
              "eta": np.float64(0.5)}
    return {**inputs, **changes}


# id -> (call, inputs, outputs, identifier, message, note)
REFUSED = {
    "sizes-one-layer": (
        "network_feedforward", {"sizes": np.array([2], dtype=np.int64), "p": P, "X": X}, ["aL"],
        "nnref:badSizes", "sizes must have at least 2 elements (input and output layer), got 1",
        "a network needs an input and an output layer"),
    "sizes-zero-width": (
        "network_feedforward", {"sizes": np.array([2, 0, 2], dtype=np.int64), "p": P, "X": X}, ["aL"],
        "nnref:badSizes", "sizes must be positive integers", "a layer of no neurons"),
    "sizes-fraction": (
        "network_cost", {"sizes": np.array([2.0, 2.5, 2.0]), "p": P, "X": X, "Y": Y}, ["C"],
        "nnref:badSizes", "sizes must be positive integers", "2.5 neurons"),
    "sizes-nan": (
        "network_cost", {"sizes": np.array([2.0, np.nan, 2.0]), "p": P, "X": X, "Y": Y}, ["C"],
        "nnref:nanInput", "sizes contains NaN", "NaN refused at the door"),
    "p-too-short": (
        "network_feedforward", {"sizes": SIZES, "p": P[:16], "X": X}, ["aL"],
        "nnref:badShape", "p must have 17 elements, got 16", "[2, 3, 2] has 3*3 + 2*4 = 17 parameters"),
    "p-nan": (
        "network_backprop_batch", {"sizes": SIZES, "p": with_nan(P, 5), "X": X, "Y": Y}, ["g", "C"],
        "nnref:nanInput", "p contains NaN", "NaN refused at the door"),
    "x-rows-not-n0": (
        "network_feedforward", {"sizes": SIZES, "p": P, "X": np.ones((3, 4))}, ["aL"],
        "nnref:badShape", "X must have 2 rows (one column per sample), got 3", "n0 = 2 inputs"),
    "x-samples-as-rows": (
        "network_backprop_batch", {"sizes": SIZES, "p": P, "X": X.T, "Y": Y}, ["g", "C"],
        "nnref:badShape", "X must have 2 rows (one column per sample), got 4",
        "samples given as rows (the row-sample convention of SPEC D) are refused, not transposed"),
    "x-no-samples": (
        "network_cost", {"sizes": SIZES, "p": P, "X": np.zeros((2, 0)), "Y": np.zeros((2, 0))}, ["C"],
        "nnref:badShape", "X must have at least one column (one column per sample)",
        "the mean cost of no samples is undefined"),
    "x-nan": (
        "network_sgd_epoch", epoch_inputs(X=with_nan(X, (1, 2))), ["p_new"],
        "nnref:nanInput", "X contains NaN", "NaN refused at the door"),
    "y-wrong-size": (
        "network_cost", {"sizes": SIZES, "p": P, "X": X, "Y": np.ones((3, 4))}, ["C"],
        "nnref:badShape", "Y must have size 2x4 (one column per sample), got size 3x4",
        "nL = 2 outputs, 4 samples"),
    "y-nan": (
        "network_sgd_step", {"sizes": SIZES, "p": P, "X": X, "Y": with_nan(Y, (0, 0)),
                             "eta": np.float64(0.5)}, ["p_new"],
        "nnref:nanInput", "Y contains NaN", "NaN refused at the door"),
    "sample-x-wrong-length": (
        "network_backprop", {"sizes": SIZES, "p": P, "x": np.ones(3), "y": np.ones(2)},
        ["g", "C", "dC_da"], "nnref:badShape", "x must have 2 elements, got 3", "n0 = 2"),
    "sample-y-wrong-length": (
        "network_backprop", {"sizes": SIZES, "p": P, "x": np.ones(2), "y": np.ones(3)},
        ["g", "C", "dC_da"], "nnref:badShape", "y must have 2 elements, got 3", "nL = 2"),
    "order-zero-based": (
        "network_sgd_epoch", epoch_inputs(order=ORDER - 1), ["p_new"], "nnref:badOrder",
        "order must be a permutation of 1..4 (sample numbers, 1-based)",
        "0-based sample numbers are refused in Python too, not shifted"),
    "order-repeats": (
        "network_sgd_epoch_persample", epoch_inputs(order=np.array([1, 1, 2, 3], dtype=np.int64)),
        ["p_new"], "nnref:badOrder", "order must be a permutation of 1..4 (sample numbers, 1-based)",
        "each sample once per epoch"),
    "batch-size-zero": (
        "network_sgd_epoch", epoch_inputs(m=np.int64(0)), ["p_new"], "nnref:badBatchSize",
        "m must be a positive integer (the mini-batch size)", "m = 0"),
    "batch-size-fraction": (
        "network_sgd_epoch_persample", epoch_inputs(m=np.float64(2.5)), ["p_new"],
        "nnref:badBatchSize", "m must be a positive integer (the mini-batch size)", "m = 2.5"),
    "eta-nan": (
        "network_sgd_epoch", epoch_inputs(eta=np.float64(np.nan)), ["p_new"], "nnref:nanInput",
        "eta contains NaN", "NaN refused at the door"),
    "evaluate-y-wrong-size": (
        "network_evaluate", {"sizes": SIZES, "p": P, "X": X, "Y": Y[:, :3]}, ["correct", "predicted"],
        "nnref:badShape", "Y must have size 2x4 (one column per sample), got size 2x3",
        "one target column per sample"),
}


def error_cases() -> list[Planned]:
    def build(id):
        call, inputs, outputs, identifier, message, note = REFUSED[id]
        return lambda: error_case(id, call, inputs, outputs, identifier, message, note)
    return [Planned(id, build(id)) for id in REFUSED]
