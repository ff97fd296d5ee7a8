"""shared_fixtures/activations.json: tanh, ReLU, softmax and their derivatives (SPEC D toolbox).

Expected values: mpmath at 60 digits rounded once ("exact"), the definition itself where it
is exact in doubles ("closed-form": ReLU), and torch autograd for the derivatives ("autograd").
"""
import random

import mpmath
import numpy as np

from nnref.generate import exact
from nnref.generate.cases import Planned, error_case, value_case

DESCRIPTION = ("Activations and derivatives (SPEC D toolbox): tanh_activation, tanh_prime, relu, "
               "relu_prime, softmax over each row, softmax_backward (row Jacobian applied to dA).")


def tanh_prime_exact(z):
    """sech(z)^2 = 4e / (1 + e)^2 with e = exp(-2|z|), at 60 digits (no cancellation)."""
    e = mpmath.exp(-2 * abs(exact.mpf(z)))
    return 4 * e / (1 + e) ** 2


def softmax_rows(z) -> list:
    """softmax of each row of z (a 2-D array) as lists of mpf."""
    rows = []
    for row in np.asarray(z, dtype=np.float64):
        e = [mpmath.exp(exact.mpf(v)) for v in row]
        total = sum(e)
        rows.append([x / total for x in e])
    return rows


def softmax_exact(z) -> np.ndarray:
    z = np.asarray(z, dtype=np.float64)
    rows = softmax_rows(z.reshape(-1, z.shape[-1] if z.ndim else 1))
    return np.array([[exact.to_double(x) for x in row] for row in rows]).reshape(z.shape)


def softmax_backward_exact(z, dA) -> np.ndarray:
    z, dA = np.asarray(z, dtype=np.float64), np.asarray(dA, dtype=np.float64)
    rows = softmax_rows(z.reshape(-1, z.shape[-1]))
    out = []
    for s, g in zip(rows, dA.reshape(len(rows), -1)):
        g = [exact.mpf(v) for v in g]
        inner = sum(si * gi for si, gi in zip(s, g))
        out.append([exact.to_double(si * (gi - inner)) for si, gi in zip(s, g)])
    return np.array(out).reshape(z.shape)


def _exact(id, call, z, function, note, rtol=1e-15, atol=0.0):
    return value_case(id, call, {"z": z}, ["out"], {"out": exact.elementwise(function, z)},
                      "exact", rtol, atol, note)


def _elementwise_autograd(id, call, z):
    """d/dz sum(f(z)) by torch autograd, float64, for f = torch.tanh or torch.relu."""
    import torch
    f = {"tanh_prime": torch.tanh, "relu_prime": torch.relu}[call]
    t = torch.tensor(z, dtype=torch.float64, requires_grad=True)
    (d,) = torch.autograd.grad(f(t).sum(), t)
    rtol, note = ((1e-13, "torch's 1 - tanh^2 rounds differently from sech^2")
                  if call == "tanh_prime" else (0.0, "relu'(0) = 0 in torch"))
    return value_case(id, call, {"z": z}, ["out"], {"out": d.numpy()}, "autograd", rtol, 0.0,
                      f"d/dz of torch.{f.__name__} by autograd, float64; {note}")


def _softmax_autograd(id, z, dA):
    """The vector-Jacobian product of torch.softmax(dim=1) with dA, by autograd."""
    import torch
    t = torch.tensor(z, dtype=torch.float64, requires_grad=True)
    (d,) = torch.autograd.grad(torch.softmax(t, dim=1), t, grad_outputs=torch.tensor(dA))
    return value_case(id, "softmax_backward", {"z": z, "dA": dA}, ["dZ"], {"dZ": d.numpy()},
                      "autograd", 1e-13, 1e-16, "vector-Jacobian product of torch.softmax(dim=1) "
                      "by autograd, float64; atol for components that cancel to ~0")


def plan() -> list[Planned]:
    rng = random.Random(8)
    line = np.array([-30.0, -5.0, -1.0, -0.5, -0.0, 0.25, 1.0, 5.0, 30.0])
    matrix = np.array([[rng.uniform(-4, 4) for _ in range(3)] for _ in range(2)])
    extreme = np.array([-1000.0, -400.0, -20.0, 20.0, 400.0, 1000.0])
    relu_line = np.array([-1000.0, -2.5, -0.0, 0.0, 1e-300, 0.5, 1000.0])
    logits = np.array([[rng.uniform(-3, 3) for _ in range(4)] for _ in range(3)])
    big = np.array([[1000.0, 999.0, -1000.0], [-1000.0, -1000.0, -1000.0]])
    grads = np.array([[rng.uniform(-1, 1) for _ in range(4)] for _ in range(3)])
    moderate = np.array([-3.0, -1.25, -0.5, 0.0, 0.3, 1.0, 2.0, 3.5])
    return [
        Planned("tanh-row-exact", lambda: _exact(
            "tanh-row-exact", "tanh_activation", line, lambda v: mpmath.tanh(exact.mpf(v)),
            "a 1-D array keeps its shape (1 x 9 in Octave); tanh(-0) = -0")),
        Planned("tanh-matrix-exact", lambda: _exact(
            "tanh-matrix-exact", "tanh_activation", matrix, lambda v: mpmath.tanh(exact.mpf(v)),
            "a 2x3 matrix keeps its shape; seeded uniform(-4, 4)")),
        Planned("tanh-extreme-exact", lambda: _exact(
            "tanh-extreme-exact", "tanh_activation", extreme, lambda v: mpmath.tanh(exact.mpf(v)),
            "|z| up to 1000: +-1, no overflow, no NaN")),
        Planned("tanh-infinite", lambda: value_case(
            "tanh-infinite", "tanh_activation", {"z": np.array([-np.inf, np.inf])}, ["out"],
            {"out": np.array([-1.0, 1.0])}, "closed-form", 0.0, 0.0, "limits: tanh(+-Inf) = +-1")),
        Planned("tanh-prime-row-exact", lambda: _exact(
            "tanh-prime-row-exact", "tanh_prime", line, tanh_prime_exact,
            "sech^2; at z = 30 the true 3.5e-26 is kept (1 - tanh^2 would give 0)", rtol=4e-16)),
        Planned("tanh-prime-matrix-exact", lambda: _exact(
            "tanh-prime-matrix-exact", "tanh_prime", matrix, tanh_prime_exact,
            "a 2x3 matrix keeps its shape", rtol=4e-16)),
        Planned("tanh-prime-extreme-exact", lambda: _exact(
            "tanh-prime-extreme-exact", "tanh_prime", extreme, tanh_prime_exact,
            "|z| up to 1000 underflows to 0 or a subnormal without warnings; rtol covers a few "
            "ULP of exp(-2|z|) at z = 20", rtol=1e-14, atol=1e-310)),
        Planned("relu-closed-form", lambda: value_case(
            "relu-closed-form", "relu", {"z": relu_line}, ["out"],
            {"out": np.maximum(relu_line, 0.0)}, "closed-form", 0.0, 0.0,
            "max(z, 0) is exact in doubles")),
        Planned("relu-prime-closed-form", lambda: value_case(
            "relu-prime-closed-form", "relu_prime", {"z": relu_line}, ["out"],
            {"out": (relu_line > 0).astype(float)}, "closed-form", 0.0, 0.0,
            "1 for z > 0, else 0; 0 at z = 0 (torch's choice)")),
        Planned("relu-matrix-closed-form", lambda: value_case(
            "relu-matrix-closed-form", "relu", {"z": matrix}, ["out"],
            {"out": np.maximum(matrix, 0.0)}, "closed-form", 0.0, 0.0, "a 2x3 keeps its shape")),
        Planned("softmax-rows-exact", lambda: value_case(
            "softmax-rows-exact", "softmax", {"z": logits}, ["out"],
            {"out": softmax_exact(logits)}, "exact", 1e-15, 0.0,
            "3 samples x 4 classes: softmax over each row; seeded uniform(-3, 3)")),
        Planned("softmax-vector-exact", lambda: value_case(
            "softmax-vector-exact", "softmax", {"z": logits[0]}, ["out"],
            {"out": softmax_exact(logits[0])}, "exact", 1e-15, 0.0,
            "a 1-D array is one sample (a 1 x 4 row in Octave)")),
        Planned("softmax-extreme-exact", lambda: value_case(
            "softmax-extreme-exact", "softmax", {"z": big}, ["out"], {"out": softmax_exact(big)},
            "exact", 1e-15, 0.0, "entries of +-1000: no overflow (the row maximum is "
            "subtracted); exp(-2000) underflows to 0 exactly")),
        Planned("softmax-backward-exact", lambda: value_case(
            "softmax-backward-exact", "softmax_backward", {"z": logits, "dA": grads}, ["dZ"],
            {"dZ": softmax_backward_exact(logits, grads)}, "exact", 1e-13, 1e-15,
            "s .* (dA - sum(dA .* s, 2)); rtol and atol cover the cancellation in the bracket")),
        Planned("tanh-prime-autograd", lambda: _elementwise_autograd(
            "tanh-prime-autograd", "tanh_prime", moderate), needs_torch=True),
        Planned("relu-prime-autograd", lambda: _elementwise_autograd(
            "relu-prime-autograd", "relu_prime", moderate), needs_torch=True),
        Planned("softmax-backward-autograd", lambda: _softmax_autograd(
            "softmax-backward-autograd", logits, grads), needs_torch=True),
        Planned("tanh-nan", lambda: error_case(
            "tanh-nan", "tanh_activation", {"z": np.array([0.0, np.nan])}, ["out"],
            "nnref:nanInput", "z contains NaN", "NaN is refused, not propagated")),
        Planned("relu-logical", lambda: error_case(
            "relu-logical", "relu", {"z": np.array([True, False])}, ["out"], "nnref:badType",
            "z must be a real numeric array", "a logical array is not silently taken as 0/1")),
        Planned("softmax-inf", lambda: error_case(
            "softmax-inf", "softmax", {"z": np.array([0.0, np.inf])}, ["out"], "nnref:notFinite",
            "z contains Inf", "Inf - Inf would give NaN: refused")),
        Planned("softmax-empty", lambda: error_case(
            "softmax-empty", "softmax", {"z": np.zeros((0, 0))}, ["out"], "nnref:badShape",
            "z must be a non-empty vector or matrix, got size 0x0", "nothing to normalise")),
        Planned("softmax-backward-shapes", lambda: error_case(
            "softmax-backward-shapes", "softmax_backward",
            {"z": np.zeros((2, 3)), "dA": np.zeros((3, 2))}, ["dZ"], "nnref:badShape",
            "z is 2x3, dA is 3x2", "dA must have the size of z")),
    ]
