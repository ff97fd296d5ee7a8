"""shared_fixtures/mse.json: mean squared error (SPEC A3)."""
import random

import numpy as np

from nnref.generate import exact
from nnref.generate.cases import Planned, error_case, value_case

DESCRIPTION = "Mean squared error: MSE = mean((y_true - y_pred)^2) over all elements (SPEC A3)."


def _exact_case(id, y_true, y_pred, note):
    return value_case(id, "mse", {"y_true": y_true, "y_pred": y_pred}, ["loss"],
                      {"loss": exact.mean_square_difference(y_true, y_pred)}, "exact",
                      1e-14, 0.0, note)


def plan() -> list[Planned]:
    rng = random.Random(3)
    y_true = np.array([rng.choice([0.0, 1.0]) for _ in range(10)])
    y_pred = np.array([rng.random() for _ in range(10)])
    matrix_true = np.array([[rng.uniform(-5, 5) for _ in range(4)] for _ in range(3)])
    matrix_pred = np.array([[rng.uniform(-5, 5) for _ in range(4)] for _ in range(3)])
    return [
        Planned("a3-published", lambda: value_case(
            "a3-published", "mse", {"y_true": np.array([1.0, 0.0, 0.0, 1.0]),
                                    "y_pred": np.zeros(4)},
            ["loss"], {"loss": 0.5}, "published", 0.0, 0.0,
            "SPEC A3: y_true = [1, 0, 0, 1], y_pred = [0, 0, 0, 0] gives 0.5 exactly")),
        Planned("random10-exact", lambda: _exact_case(
            "random10-exact", y_true, y_pred, "seeded 0/1 labels and uniform predictions")),
        Planned("matrix-exact", lambda: _exact_case(
            "matrix-exact", matrix_true, matrix_pred, "the mean runs over every element of a 3x4")),
        Planned("row-vs-column", lambda: error_case(
            "row-vs-column", "mse", {"y_true": np.array([1.0, 0.0, 0.0, 1.0]),
                                     "y_pred": np.zeros((4, 1))},
            ["loss"], "nnref:badShape", "y_true is 1x4, y_pred is 4x1",
            "a row against a column is refused, not broadcast to 4x4")),
        Planned("empty", lambda: error_case(
            "empty", "mse", {"y_true": np.zeros((0, 0)), "y_pred": np.zeros((0, 0))},
            ["loss"], "nnref:badShape", "y_true and y_pred are empty",
            "the mean of nothing is refused, not NaN")),
        Planned("nan-prediction", lambda: error_case(
            "nan-prediction", "mse", {"y_true": np.array([1.0, 0.0]),
                                      "y_pred": np.array([0.5, np.nan])},
            ["loss"], "nnref:nanInput", "y_pred contains NaN", "NaN is refused")),
    ]
