"""shared_fixtures/net241.json: the corrected 2-4-1 tanh/sigmoid network of SPEC D.

Data, generated once from fixed seeds and stored in the cases: XOR (4 samples) and two moons
(60 samples, noise 0.1, coordinates rounded to 6 decimals so that a libm differing in the last
bit cannot change them).  Starting weights W1 = randn(2, 4)/sqrt(2), W2 = randn(4, 1)/sqrt(4)
from random.Random seeds, rounded to 12 significant digits; B1, B2 zeros (SPEC D).

Expected values: the forward pass at 60 digits ("exact"); the loss and gradients by torch
autograd of the SPEC formula, F.binary_cross_entropy(sigmoid(Z2), Y) ("autograd"); training
runs by a torch-loop: the same network in float64 torch, F.binary_cross_entropy_with_logits,
loss.backward() and torch.optim's step, epoch by epoch ("torch-loop").
"""
import math
import random

import mpmath
import numpy as np

from nnref.generate import exact
from nnref.generate.cases import Planned, error_case, value_case
from nnref.generate.optimizers import DEFAULTS, torch_optimizer

DESCRIPTION = ("The corrected 2-4-1 network of SPEC D (tanh hidden layer, sigmoid output, binary "
               "cross-entropy, full batch): forward, gradients against autograd, predict, and "
               "training runs on XOR and two moons with every optimizer against a torch-loop.")

NAMES = ("sgd", "adagrad", "rmsprop", "adam")  # net241_train_code's codes 1..4
PARAMETERS = ("W1", "B1", "W2", "B2")


def xor():
    return (np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]),
            np.array([[0.0], [1.0], [1.0], [0.0]]))


def two_moons(per_moon=30, noise=0.1, seed=1984):
    """sklearn's make_moons recipe: an upper half circle (label 0) and a lower one shifted by
    (1, -0.5) (label 1), Gaussian noise; rounded to 6 decimals."""
    rng = random.Random(seed)
    points, labels = [], []
    for label in (0, 1):
        for k in range(per_moon):
            t = math.pi * k / (per_moon - 1)
            x, y = (math.cos(t), math.sin(t)) if label == 0 else (1 - math.cos(t), 0.5 - math.sin(t))
            points.append([round(x + rng.gauss(0, noise), 6), round(y + rng.gauss(0, noise), 6)])
            labels.append([float(label)])
    return np.array(points), np.array(labels)


def start(seed):
    """(W1, B1, W2, B2): W1 2x4 from randn/sqrt(2), W2 4x1 from randn/sqrt(4), zero biases."""
    rng = random.Random(seed)
    r = lambda v: float(f"{v:.12g}")  # noqa: E731
    W1 = np.array([[r(rng.gauss(0, 1) / math.sqrt(2)) for _ in range(4)] for _ in range(2)])
    W2 = np.array([[r(rng.gauss(0, 1) / 2)] for _ in range(4)])
    return W1, np.zeros((1, 4)), W2, np.zeros((1, 1))


def forward_exact(X, W1, B1, W2, B2):
    out = []
    for row in X:
        a1 = [mpmath.tanh(sum(exact.mpf(row[i]) * exact.mpf(W1[i, j]) for i in range(2))
                          + exact.mpf(B1[0, j])) for j in range(W1.shape[1])]
        z2 = sum(a * exact.mpf(w) for a, w in zip(a1, W2[:, 0])) + exact.mpf(B2[0, 0])
        out.append([exact.to_double(exact.sigma(z2))])
    return np.array(out)


def _inputs(X, Y, params):
    inputs = {"X": X} if Y is None else {"X": X, "Y": Y}
    inputs.update(dict(zip(PARAMETERS, params)))
    return inputs


def gradients_autograd(id, X, Y, params, note):
    import torch
    import torch.nn.functional as F
    W1, B1, W2, B2 = (torch.tensor(p, requires_grad=True) for p in params)
    Yhat = torch.sigmoid(torch.tanh(torch.tensor(X) @ W1 + B1) @ W2 + B2)
    L = F.binary_cross_entropy(Yhat, torch.tensor(Y))
    grads = torch.autograd.grad(L, (W1, B1, W2, B2))
    expected = {"L": L.detach().numpy()}
    expected.update({f"d{n}": g.numpy() for n, g in zip(PARAMETERS, grads)})
    return value_case(id, "net241_gradients", _inputs(X, Y, params), list(expected), expected,
                      "autograd", 1e-12, 1e-16, note + "; torch autograd of "
                      "F.binary_cross_entropy(sigmoid(Z2), Y), float64")


def torch_train(X, Y, params, epochs, name, hyper):
    """The torch-loop: (W1, B1, W2, B2, losses) after `epochs` full-batch epochs."""
    import torch
    import torch.nn.functional as F
    tensors = [torch.tensor(p, requires_grad=True) for p in params]
    optimizer = torch_optimizer(name, tensors, hyper)
    X, Y = torch.tensor(X), torch.tensor(Y)
    losses = []
    for _ in range(epochs):
        W1, B1, W2, B2 = tensors
        loss = F.binary_cross_entropy_with_logits(torch.tanh(X @ W1 + B1) @ W2 + B2, Y)
        losses.append(loss.item())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return [t.detach().numpy().copy() for t in tensors] + [np.array(losses)]


def hyper_from_values(name, values):
    keys = list(DEFAULTS[name])
    return {key: (bool(v) if isinstance(DEFAULTS[name][key], bool) else float(v))
            for key, v in zip(keys, values)}


def train_case(id, X, Y, params, epochs, code, values, note, rtol, atol):
    name = NAMES[code - 1]
    result = torch_train(X, Y, params, epochs, name, hyper_from_values(name, values))
    inputs = _inputs(X, Y, params)
    inputs.update({"epochs": np.int64(epochs), "code": np.int64(code),
                   "hyper_values": np.array(values, dtype=float)})
    outputs = list(PARAMETERS) + ["losses"]
    return value_case(id, "net241_train_code", inputs, outputs, dict(zip(outputs, result)),
                      "torch-loop", rtol, atol, f"{note}; torch.optim.{name} on the same start, "
                      "F.binary_cross_entropy_with_logits, autograd, float64")


def xor_predict_case(params):
    """The XOR truth table from the parameters the torch-loop trained with Adam."""
    X, Y = xor()
    trained = torch_train(X, Y, params, 100, "adam", {"lr": 0.05})[:4]
    return value_case("xor-predict-trained", "net241_predict", _inputs(X, None, trained),
                      ["labels"], {"labels": Y}, "closed-form", 0.0, 0.0,
                      "the XOR truth table, predicted with the parameters a torch-loop trained "
                      "(Adam, lr 0.05, 100 epochs from the xor start): 100% on XOR")


def _error(id, call, overrides, identifier, message, note):
    X, Y = xor()
    inputs = _inputs(X, Y if call != "net241_forward" else None, start(241))
    if call == "net241_train_code":
        inputs.update({"epochs": np.int64(10), "code": np.int64(4),
                       "hyper_values": np.array([0.05])})
    inputs.update(overrides)
    outputs = {"net241_forward": ["Yhat"], "net241_gradients": ["L", "dW1", "dB1", "dW2", "dB2"],
               "net241_train_code": list(PARAMETERS) + ["losses"]}[call]
    return error_case(id, call, inputs, outputs, identifier, message, note)


def plan() -> list[Planned]:
    X, Y = xor()
    Xm, Ym = two_moons()
    s_xor, s_moons = start(241), start(2)
    soft = np.array([[0.1], [0.8], [0.95], [0.3]])
    runs = [  # id, data, start, epochs, code, hyper values, note, rtol
        ("xor-sgd", X, Y, s_xor, 200, 1, [0.5], "XOR, plain full-batch gradient descent lr 0.5"),
        ("xor-sgd-momentum", X, Y, s_xor, 100, 1, [0.5, 0.9], "XOR, SGD lr 0.5, momentum 0.9"),
        ("xor-adagrad", X, Y, s_xor, 100, 2, [0.1], "XOR, Adagrad lr 0.1"),
        ("xor-rmsprop", X, Y, s_xor, 100, 3, [0.01], "XOR, RMSprop lr 0.01"),
        ("xor-adam", X, Y, s_xor, 100, 4, [0.05], "XOR, Adam lr 0.05"),
        ("moons-adam-amsgrad", Xm, Ym, s_moons, 150, 4, [0.05, 0.9, 0.999, 1e-8, 0.0, 1],
         "two moons (60 samples), Adam lr 0.05 with AMSGrad"),
        ("moons-sgd-nesterov", Xm, Ym, s_moons, 150, 1, [0.5, 0.9, 0.0, 0.001, 1],
         "two moons, SGD lr 0.5, Nesterov momentum 0.9, weight_decay 0.001"),
        ("moons-rmsprop-centered", Xm, Ym, s_moons, 150, 3, [0.01, 0.99, 1e-8, 0.0, 0.5, 1],
         "two moons, centered RMSprop lr 0.01 with momentum 0.5"),
    ]
    planned = [
        Planned("xor-forward-exact", lambda: value_case(
            "xor-forward-exact", "net241_forward", _inputs(X, None, s_xor), ["Yhat"],
            {"Yhat": forward_exact(X, *s_xor)}, "exact", 1e-14, 0.0,
            "XOR inputs through the seeded start (seed 241), 60 digits")),
        Planned("moons-forward-exact", lambda: value_case(
            "moons-forward-exact", "net241_forward", _inputs(Xm, None, s_moons), ["Yhat"],
            {"Yhat": forward_exact(Xm, *s_moons)}, "exact", 1e-14, 0.0,
            "the 60 two-moons points through the seeded start (seed 2), 60 digits")),
        Planned("xor-gradients-autograd", lambda: gradients_autograd(
            "xor-gradients-autograd", X, Y, s_xor, "XOR at the seeded start"), needs_torch=True),
        Planned("moons-gradients-autograd", lambda: gradients_autograd(
            "moons-gradients-autograd", Xm, Ym, s_moons, "two moons at the seeded start"),
            needs_torch=True),
        Planned("soft-targets-gradients-autograd", lambda: gradients_autograd(
            "soft-targets-gradients-autograd", X, soft, start(7), "soft targets in [0, 1], "
            "start seed 7"), needs_torch=True),
        Planned("xor-predict-trained", lambda: xor_predict_case(s_xor), needs_torch=True),
    ]
    planned += [Planned(run[0], lambda run=run: train_case(*run, rtol=1e-10, atol=1e-13),
                        needs_torch=True) for run in runs]
    planned += [Planned(case[0], lambda case=case: _error(*case)) for case in [
        ("bias-as-column", "net241_forward", {"B1": np.zeros((4, 1))}, "nnref:badShape",
         "B1 must be 1x4 for X 4x2 and W1 with 4 columns, got 4x1", "B1 is a row (SPEC D)"),
        ("three-inputs", "net241_forward", {"X": np.zeros((4, 3))}, "nnref:badShape",
         "W1 must be 3x4 for X 4x3 and W1 with 4 columns, got 2x4", "X and W1 must agree"),
        ("targets-as-row", "net241_gradients", {"Y": np.array([0.0, 1.0, 1.0, 0.0])},
         "nnref:badShape", "Y must be 4x1, got 1x4", "Y is a column, one target per sample"),
        ("targets-outside", "net241_gradients", {"Y": np.array([[0.0], [1.0], [2.0], [0.0]])},
         "nnref:outOfRange", "Y must lie in [0, 1]", "cross-entropy targets lie in [0, 1]"),
        ("nan-input", "net241_gradients", {"X": np.array([[0.0, np.nan], [0, 1], [1, 0], [1, 1]])},
         "nnref:nanInput", "X contains NaN", "NaN is refused"),
        ("unknown-optimizer-code", "net241_train_code", {"code": np.int64(5)},
         "nnref:unknownOptimizer", "code must be 1 (sgd), 2 (adagrad), 3 (rmsprop) or 4 (adam)",
         "an optimizer number that does not exist"),
        ("too-many-hyper-values", "net241_train_code", {"hyper_values": np.zeros(7)},
         "nnref:badShape", "adam takes at most 6 hyper-parameter values, got 7",
         "Adam has six hyper-parameters"),
        ("flag-not-binary", "net241_train_code",
         {"code": np.int64(1), "hyper_values": np.array([0.5, 0.9, 0.0, 0.0, 0.5])},
         "nnref:badHyperparameter", "nesterov must be 0 or 1 here", "a flag is 0 or 1"),
        ("negative-learning-rate", "net241_train_code", {"hyper_values": np.array([-0.05])},
         "nnref:badHyperparameter", "lr must be >= 0", "refused by the optimizer"),
        ("negative-epochs", "net241_train_code", {"epochs": np.int64(-1)},
         "nnref:badHyperparameter", "epochs must be a non-negative integer", "epochs counts"),
    ]]
    return planned
