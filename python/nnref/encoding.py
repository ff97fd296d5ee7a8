"""Encoding of arrays in fixtures: exact in JSON, exact in Octave, exact in numpy.

A double array is stored as {"type": "double", "shape": [...], "hex": [...], "dec": [...]}:
each element twice, as its IEEE-754 bits in 16 hex digits (num2hex/hex2num in Octave) and as
the shortest decimal text that round-trips (Python repr; "NaN", "Inf", "-Inf").  Elements are
listed in row-major order (the order you read a printed matrix).  The hex is authoritative;
the decimal is for people, and every loader checks that the two agree.  Octave's jsondecode is
off by up to 3 ULP on 17-digit decimals (SPEC Part F), so no double travels as a JSON number.

Integer arrays: {"type": "int", "shape": [...], "values": [...]}; logical arrays likewise with
"type": "logical".  Shapes are kept: [] is a scalar, [n] a 1-D array (a 1 x n row in Octave),
[m, n] a matrix.
"""
import math

import numpy as np

from nnref.errors import NnrefError


def encode(value) -> dict:
    """Encode a number or array (float, int or bool dtype) as a fixture value."""
    array = np.asarray(value)
    shape = list(array.shape)
    flat = array.reshape(-1)
    if array.dtype.kind == "b":
        return {"type": "logical", "shape": shape, "values": [bool(v) for v in flat]}
    if array.dtype.kind in "iu":
        return {"type": "int", "shape": shape, "values": [int(v) for v in flat]}
    if array.dtype.kind != "f":
        raise TypeError(f"cannot encode dtype {array.dtype}")
    flat = flat.astype(np.float64)
    bits = flat.view(np.uint64)
    return {"type": "double", "shape": shape,
            "hex": [f"{int(b):016x}" for b in bits],
            "dec": [decimal_text(float(v)) for v in flat]}


def decimal_text(x: float) -> str:
    """Shortest round-trip decimal of a double, spelled so Octave's str2double reads it."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Inf" if x > 0 else "-Inf"
    return repr(x)


def decode(encoded: dict, where: str) -> np.ndarray:
    """Decode a fixture value; `where` names the file, case and field for error messages."""
    kind, shape = encoded["type"], tuple(encoded["shape"])
    count = math.prod(shape)
    if kind == "double":
        hex_digits, decimals = encoded["hex"], encoded["dec"]
        if len(hex_digits) != count or len(decimals) != count:
            raise NnrefError("nnref:badFixture",
                             f"{where}: shape {list(shape)} needs {count} elements, "
                             f"has {len(hex_digits)} hex and {len(decimals)} dec")
        flat = np.array([int(h, 16) for h in hex_digits], dtype=np.uint64).view(np.float64)
        for index, (value, text) in enumerate(zip(flat, decimals)):
            if not same_double(float(value), float(text)):
                raise NnrefError("nnref:badFixture",
                                 f"{where}: element {index + 1}: hex {hex_digits[index]} is "
                                 f"{decimal_text(float(value))} but dec says {text}")
        return flat.reshape(shape)
    values = encoded["values"]
    if len(values) != count:
        raise NnrefError("nnref:badFixture",
                         f"{where}: shape {list(shape)} needs {count} elements, has {len(values)}")
    dtype = np.int64 if kind == "int" else np.bool_
    return np.array(values, dtype=dtype).reshape(shape)


def same_double(a: float, b: float) -> bool:
    """Bit-for-bit equality, except that any NaN equals any NaN."""
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return np.float64(a).view(np.uint64) == np.float64(b).view(np.uint64)


def same_bits(a, b) -> bool:
    """Arrays of equal size whose doubles are bit-for-bit equal, NaN matching any NaN."""
    a = np.asarray(a, dtype=np.float64).reshape(-1)
    b = np.asarray(b, dtype=np.float64).reshape(-1)
    if a.shape != b.shape:
        return False
    return bool(np.all((np.isnan(a) & np.isnan(b)) | (a.view(np.uint64) == b.view(np.uint64))))


def octave_shape(shape: tuple) -> tuple:
    """The size Octave gives an array of this numpy shape: () -> (1, 1), (n,) -> (1, n)."""
    if len(shape) == 0:
        return (1, 1)
    if len(shape) == 1:
        return (1, shape[0])
    return tuple(shape)
