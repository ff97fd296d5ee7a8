"""Doubles reach Octave bit-exactly: hex digits plus decimal text, both checked (SPEC Part F)."""
import json
import struct

import numpy as np
import pytest

from nnref.encoding import decode, encode, same_bits
from nnref.errors import NnrefError
from nnref.runners import octave_call

SPECIAL = [0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
           2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1e-320,
           1e22, 1e23, 0.1, 1 / 3, 9007199254740993.0, 123456789.12345679]


def random_doubles(count: int, seed: int) -> np.ndarray:
    """Uniform random bit patterns (every exponent, subnormals included) plus the specials."""
    rng = np.random.default_rng(seed)
    bits = rng.integers(0, 2**64, size=count, dtype=np.uint64, endpoint=False)
    values = bits.view(np.float64)
    values = values[~np.isnan(values)]  # NaN payloads are not preserved; one plain NaN is tested
    return np.concatenate([np.array(SPECIAL), values,
                           rng.standard_normal(count // 4), rng.uniform(-1, 1, count // 4)])


def test_same_bits_tells_zero_from_minus_zero():
    assert not same_bits([0.0], [-0.0]) and same_bits([np.nan], [np.nan])


def test_python_round_trip_is_bit_exact():
    values = random_doubles(20000, 1)
    assert same_bits(decode(encode(values), "test"), values)
    assert decode(encode(values.reshape(-1, 1)), "test").shape == (values.size, 1)


def test_decimal_text_alone_is_exact_in_python():
    values = random_doubles(20000, 2)
    finite = values[np.isfinite(values)]
    assert same_bits([float(t) for t in encode(finite)["dec"]], finite)


def test_hex_is_ieee754_big_endian():
    assert encode(1.0)["hex"] == ["3ff0000000000000"]
    assert encode(-0.0)["hex"] == ["8000000000000000"]
    assert struct.pack(">d", 0.1).hex() == encode(0.1)["hex"][0]


def test_python_refuses_disagreeing_texts():
    encoded = encode(np.array([1.0, 2.0]))
    encoded["dec"][1] = "2.0000000000000004"
    with pytest.raises(NnrefError, match="element 2"):
        decode(encoded, "here")


def write_values_fixture(path, values):
    case = {"id": "values", "call": "sigmoid", "args": ["z"], "inputs": {"z": encode(values)},
            "outputs": ["a"], "expected": {"a": encode(values)}, "sources": {"a": "exact"},
            "tolerance": {"rtol": 0, "atol": 0}, "note": "round-trip test"}
    path.write_text(json.dumps({"schema": "nnref-fixture/1", "algorithm": path.stem,
                                "description": "round trip", "cases": [case]}))


def test_octave_round_trip_is_bit_exact(octave, tmp_path):
    """40,000+ random doubles: Octave's loader reads the hex, checks it against str2double of
    the decimal (so the decimal path is exact too), and hands back the same bits."""
    values = random_doubles(40000, 3)
    path = tmp_path / "roundtrip.json"
    write_values_fixture(path, values)
    fixture = octave_call(octave, "load_fixture", str(path))
    (case,) = np.asarray(fixture["cases"], dtype=object).reshape(-1)
    got = case["inputs"]["z"]
    assert np.asarray(got).shape == (1, values.size)
    assert same_bits(got, values)


def test_octave_refuses_disagreeing_texts(octave, tmp_path):
    from oct2py import Oct2PyError
    path = tmp_path / "broken.json"
    write_values_fixture(path, np.array([0.5, 0.25]))
    document = json.loads(path.read_text())
    document["cases"][0]["expected"]["a"]["dec"][1] = "0.26"
    path.write_text(json.dumps(document))
    with pytest.raises(Oct2PyError, match=r"broken.json: case values: expected a: element 2"):
        octave_call(octave, "load_fixture", str(path))
