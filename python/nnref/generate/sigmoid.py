"""shared_fixtures/sigmoid.json: sigmoid and sigmoid_prime (SPEC A1, A2, A5)."""
import random

import numpy as np

from nnref.generate import exact
from nnref.generate.cases import Planned, error_case, value_case

DESCRIPTION = ("The logistic sigmoid sigma(z) = 1/(1+exp(-z)) and its derivative "
               "sigma'(z) = sigma(z)(1-sigma(z)), element-wise on arrays of any shape (SPEC A1, A5).")


def _sigmoid_case(id, z, note, rtol=1e-15, atol=0.0):
    return value_case(id, "sigmoid", {"z": z}, ["a"], {"a": exact.elementwise(exact.sigma, z)},
                      "exact", rtol, atol, note)


def _prime_case(id, z, note, rtol=1e-15, atol=0.0):
    return value_case(id, "sigmoid_prime", {"z": z}, ["d"],
                      {"d": exact.elementwise(exact.sigma_prime, z)}, "exact", rtol, atol, note)


def _autograd_prime():
    import torch
    z = torch.tensor([-4.0, -1.5, -0.25, 0.0, 0.3, 1.0, 2.5, 4.0], dtype=torch.float64,
                     requires_grad=True)
    (d,) = torch.autograd.grad(torch.sigmoid(z).sum(), z)
    return value_case("prime-autograd", "sigmoid_prime", {"z": z.detach().numpy()}, ["d"],
                      {"d": d.numpy()}, "autograd", 1e-13, 0.0,
                      "d/dz of torch.sigmoid by autograd, float64; rtol covers torch's "
                      "s*(1-s) rounding")


def plan() -> list[Planned]:
    rng = random.Random(20261125)
    matrix = np.array([[rng.uniform(-6, 6) for _ in range(3)] for _ in range(2)])
    column = np.array([[rng.uniform(-20, 20)] for _ in range(4)])
    line = np.array([-30.0, -5.0, -1.0, -0.5, 0.0, 0.5, 1.0, 5.0, 30.0])
    extreme = np.array([-1000.0, -745.0, -700.0, -40.0, 40.0, 700.0, 1000.0])
    return [
        Planned("a1-published", lambda: value_case(
            "a1-published", "sigmoid", {"z": 7.0}, ["a"], {"a": 0.9990889488055994}, "published",
            1e-15, 0.0, "SPEC A1: w.x + b = 7 for w = [0, 1], b = 4, x = [2, 3]; output published "
            "in full digits")),
        Planned("a2-hidden-published", lambda: value_case(
            "a2-hidden-published", "sigmoid", {"z": 3.0}, ["a"], {"a": 0.9526}, "published",
            0.0, 5e-5, "SPEC A2: h1 = h2 = sigma(3), published to 4 decimals; atol is half a "
            "unit of the last printed digit")),
        Planned("a2-hidden-exact", lambda: _sigmoid_case(
            "a2-hidden-exact", 3.0, "SPEC A2: h1 = sigma(3) to full precision")),
        Planned("row-exact", lambda: _sigmoid_case(
            "row-exact", line, "a 1-D array keeps its shape (a 1 x 9 row in Octave)")),
        Planned("matrix-exact", lambda: _sigmoid_case(
            "matrix-exact", matrix, "a 2x3 matrix keeps its shape; seeded uniform(-6, 6)")),
        Planned("column-exact", lambda: _sigmoid_case(
            "column-exact", column, "a 4x1 column keeps its shape; seeded uniform(-20, 20)")),
        Planned("extreme-exact", lambda: _sigmoid_case(
            "extreme-exact", extreme, "no overflow for large |z|: sigma(-1000) = 0, sigma(-745) "
            "is subnormal; atol admits a difference in the subnormal range", atol=1e-310)),
        Planned("infinite-exact", lambda: value_case(
            "infinite-exact", "sigmoid", {"z": np.array([-np.inf, np.inf])}, ["a"],
            {"a": np.array([0.0, 1.0])}, "closed-form", 0.0, 0.0,
            "limits: sigma(-Inf) = 0, sigma(Inf) = 1")),
        Planned("prime-zero", lambda: value_case(
            "prime-zero", "sigmoid_prime", {"z": 0.0}, ["d"], {"d": 0.25}, "closed-form", 0.0, 0.0,
            "sigma'(0) = 1/4 exactly")),
        Planned("prime-row-exact", lambda: _prime_case(
            "prime-row-exact", line, "a 1-D array keeps its shape; accurate where 1 - sigma(z) "
            "cancels (z = 30)")),
        Planned("prime-matrix-exact", lambda: _prime_case(
            "prime-matrix-exact", matrix, "a 2x3 matrix keeps its shape")),
        Planned("prime-extreme-exact", lambda: _prime_case(
            "prime-extreme-exact", extreme, "large |z| underflows to 0 or a subnormal without "
            "warnings", atol=1e-310)),
        Planned("prime-autograd", _autograd_prime, needs_torch=True),
        Planned("nan-refused", lambda: error_case(
            "nan-refused", "sigmoid", {"z": np.array([1.0, np.nan])}, ["a"], "nnref:nanInput",
            "z contains NaN", "NaN is refused, not propagated")),
        Planned("prime-nan-refused", lambda: error_case(
            "prime-nan-refused", "sigmoid_prime", {"z": np.nan}, ["d"], "nnref:nanInput",
            "z contains NaN", "NaN is refused, not propagated")),
        Planned("logical-refused", lambda: error_case(
            "logical-refused", "sigmoid", {"z": np.array([True, False])}, ["a"], "nnref:badType",
            "z must be a real numeric array", "a logical array is not silently taken as 0/1")),
    ]
