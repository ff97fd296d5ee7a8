"""Argument checks shared by the algorithm modules: shapes are checked at the door, once.

Each check raises NnrefError with the identifier and message its Octave twin uses
(matlab/+nnref/*.m), so both languages refuse the same input the same way.
"""
import numpy as np

from nnref.errors import NnrefError


def as_real_array(value, name: str, allow_inf: bool = True) -> np.ndarray:
    """Return `value` as a float64 array; refuse strings, complex, booleans and NaN."""
    if isinstance(value, (str, bytes)) or value is None:
        raise NnrefError("nnref:badType", f"{name} must be a real numeric array")
    array = np.asarray(value)
    if array.dtype.kind not in "iuf":
        raise NnrefError("nnref:badType", f"{name} must be a real numeric array")
    array = array.astype(np.float64, copy=False)
    if np.isnan(array).any():
        raise NnrefError("nnref:nanInput", f"{name} contains NaN")
    if not allow_inf and np.isinf(array).any():
        raise NnrefError("nnref:notFinite", f"{name} contains Inf")
    return array


def as_vector(value, name: str, length: int | None = None) -> np.ndarray:
    """A finite real vector (1-D, or a matrix with one row or one column), flattened to 1-D."""
    array = as_real_array(value, name, allow_inf=False)
    if array.ndim > 2 or (array.ndim == 2 and min(array.shape) != 1 and array.size != 0):
        raise NnrefError("nnref:badShape", f"{name} must be a vector, got size {size_text(array)}")
    array = array.reshape(-1)
    if length is not None and array.size != length:
        raise NnrefError("nnref:badShape", f"{name} must have {length} elements, got {array.size}")
    return array


def as_scalar(value, name: str) -> float:
    """A finite real scalar."""
    array = as_real_array(value, name, allow_inf=False)
    if array.size != 1:
        raise NnrefError("nnref:badShape", f"{name} must be a scalar, got size {size_text(array)}")
    return float(array.reshape(()))


def as_name(name, known, kind: str) -> str:
    """`name` if it is a string among `known`; nnref:badType, or nnref:unknown<Kind> listing
    the known names (kind: 'activation', 'loss', 'optimizer').  Twin: check_name.m."""
    if not isinstance(name, str):
        raise NnrefError("nnref:badType", "name must be a character vector")
    if name not in known:
        raise NnrefError(f"nnref:unknown{kind.capitalize()}",
                         f"unknown {kind} '{name}'; known: {', '.join(known)}")
    return name


def size_text(array: np.ndarray) -> str:
    """Size as Octave prints it (at least two dimensions): '1x3', '2x2'."""
    shape = array.shape if array.ndim >= 2 else (1, array.size) if array.ndim == 1 else (1, 1)
    return "x".join(str(n) for n in shape)
