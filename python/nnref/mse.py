"""Mean squared error loss (SPEC A3)."""
import numpy as np

from nnref.checks import as_real_array, size_text
from nnref.errors import NnrefError


def mse(y_true, y_pred):
    """MSE = mean((y_true - y_pred)^2) over all elements.

    y_true and y_pred must have the same size (a row and a column of equal length are refused:
    broadcasting would silently build an outer difference).
    SPEC A3: mse([1, 0, 0, 1], [0, 0, 0, 0]) = 0.5.
    """
    y_true = as_real_array(y_true, "y_true", allow_inf=False)
    y_pred = as_real_array(y_pred, "y_pred", allow_inf=False)
    if size_text(y_true) != size_text(y_pred):
        raise NnrefError("nnref:badShape",
                         f"y_true is {size_text(y_true)}, y_pred is {size_text(y_pred)}")
    if y_true.size == 0:
        raise NnrefError("nnref:badShape", "y_true and y_pred are empty")
    return np.mean((y_true - y_pred) ** 2)
