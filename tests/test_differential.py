"""Randomized differential testing: random valid inputs (hypothesis, derandomized so every run
checks the same cases), Python against Octave within a tolerance stated per function.

Cases are batched: each hypothesis example is a list of argument tuples sent to Octave in one
call (nnref.try_call).  A mismatch prints the case as a fixture case (JSON) ready to be saved
into shared_fixtures through the generator.  The run reports how many cases it compared.
"""
import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnref.api import get_function
from nnref.encoding import encode
from nnref.runners import octave_try, python_try

BATCH = 50
EXAMPLES = 5
COUNTS = {"cases": 0, "mismatches": 0}

finite = st.floats(min_value=-1e3, max_value=1e3, allow_nan=False, allow_infinity=False)
wide = st.one_of(finite, st.floats(min_value=-800, max_value=800), st.sampled_from([0.0, -0.0, 1e-300, -745.0, 709.0]))


def arrays(elements, min_size=1, max_size=6):
    """1-D arrays or 2-D matrices of `elements`."""
    shapes = st.one_of(st.tuples(st.integers(min_size, max_size)),
                       st.tuples(st.integers(1, 3), st.integers(1, 3)))
    return shapes.flatmap(lambda shape: st.lists(elements, min_size=int(np.prod(shape)),
                                                 max_size=int(np.prod(shape)))
                          .map(lambda v: np.array(v, dtype=float).reshape(shape)))


def same_length_vectors(count, length_range=(1, 8)):
    return st.integers(*length_range).flatmap(lambda n: st.tuples(*[
        st.lists(finite, min_size=n, max_size=n).map(np.array) for _ in range(count)]))


def scale(*values) -> float:
    """Magnitude of the terms summed: tolerances follow the conditioning of a dot product."""
    return 1.0 + sum(float(np.sum(np.abs(v))) for v in values)


def matrix(rows, cols, elements=finite):
    return st.lists(elements, min_size=rows * cols, max_size=rows * cols).map(
        lambda v: np.array(v, dtype=float).reshape(rows, cols))


unit = st.floats(min_value=0.0, max_value=1.0)
open_unit = st.floats(min_value=1e-6, max_value=1 - 1e-6)
small = st.floats(min_value=-5.0, max_value=5.0)


def same_shape_pair(first, second):
    """Two matrices of one random shape, elements from `first` and `second`."""
    return st.tuples(st.integers(1, 4), st.integers(1, 4)).flatmap(
        lambda rc: st.tuples(matrix(*rc, first), matrix(*rc, second)))


def distributions(rows, cols):
    """Rows that are probability distributions with every entry > 0."""
    return matrix(rows, cols, st.floats(min_value=0.01, max_value=1.0)).map(
        lambda m: m / m.sum(axis=1, keepdims=True))


def adam_arguments():
    return st.integers(1, 5).flatmap(lambda n: st.tuples(
        matrix(1, n, small), matrix(1, n, small), matrix(1, n, small),
        matrix(1, n, st.floats(0.0, 5.0)), matrix(1, n, st.floats(0.0, 5.0)),
        st.integers(0, 50).map(float)))


def seeded(build):
    """Arguments built by numpy from a hypothesis-drawn seed: large inputs stay cheap for
    hypothesis, and the seed (in the failure report) reproduces them."""
    return st.integers(0, 2**32 - 1).map(lambda seed: build(np.random.default_rng(seed)))


NETWORK = (3, 4, 2)
NETWORK_P = 4 * 4 + 2 * 5


# function -> (strategy for one argument tuple, tolerance (rtol, atol) for those arguments,
#              number of outputs)
FUNCTIONS = {
    "sigmoid": (arrays(wide).map(lambda z: (z,)), lambda z: (1e-14, 0.0)),
    "sigmoid_prime": (arrays(wide).map(lambda z: (z,)), lambda z: (1e-14, 1e-310)),
    "neuron": (st.tuples(same_length_vectors(2), finite).map(lambda t: (t[0][0], t[1], t[0][1])),
               lambda w, b, x: (1e-13, 1e-15 * scale(w * x, b))),
    "mse": (same_length_vectors(2, (1, 12)).map(tuple), lambda a, b: (1e-13, 0.0)),
    "net221_feedforward": (st.tuples(st.lists(finite, min_size=6, max_size=6).map(np.array),
                                     st.lists(finite, min_size=3, max_size=3).map(np.array),
                                     st.lists(finite, min_size=2, max_size=2).map(np.array)),
                           lambda w, b, x: (1e-13, 1e-15 * scale(w) * scale(b, x))),
    "tanh_activation": (arrays(wide).map(lambda z: (z,)), lambda z: (1e-14, 0.0)),
    "relu": (arrays(wide).map(lambda z: (z,)), lambda z: (0.0, 0.0)),
    "softmax": (st.tuples(st.integers(1, 4), st.integers(1, 5)).flatmap(
        lambda rc: matrix(*rc, wide)).map(lambda z: (z,)), lambda z: (1e-13, 1e-300)),
    "bce_loss": (same_shape_pair(unit, open_unit), lambda y, p: (1e-13, 0.0)),
    "kl_loss": (st.tuples(st.integers(1, 3), st.integers(2, 5)).flatmap(
        lambda rc: st.tuples(distributions(*rc), distributions(*rc))), lambda p, q: (1e-12, 1e-15)),
    "adam_step": (adam_arguments(), lambda *args: (1e-13, 1e-15), 5),
    "net221_partials": (st.tuples(matrix(1, 6, small), matrix(1, 3, small), matrix(1, 2, small),
                                  unit), lambda *args: (1e-12, 1e-15), 2),
    "network_backprop_batch": (seeded(lambda rng: (
        np.array(NETWORK, dtype=float), rng.normal(0, 2, (1, NETWORK_P)),
        *(lambda n: (rng.normal(0, 2, (3, n)), rng.uniform(0, 1, (2, n))))(int(rng.integers(1, 7))))),
        lambda *args: (1e-12, 1e-15), 2),
    "linreg_gradient": (st.integers(2, 8).flatmap(lambda m: st.tuples(
        matrix(2, 1, small), matrix(m, 1, small).map(lambda c: np.hstack([np.ones((c.shape[0], 1)), c])),
        matrix(m, 1, finite))), lambda theta, X, y: (1e-12, 1e-13 * scale(X * 5, y))),
    "net241_forward": (seeded(lambda rng: (
        rng.normal(0, 3, (int(rng.integers(1, 7)), 2)), rng.normal(0, 2, (2, 4)),
        rng.normal(0, 1, (1, 4)), rng.normal(0, 2, (4, 1)), rng.normal(0, 1, (1, 1)))),
        lambda *args: (1e-13, 1e-300)),
}


def reproducible_case(name, args, python_out, octave_out) -> str:
    return json.dumps({"call": name, "args": [f"arg{i + 1}" for i in range(len(args))],
                       "inputs": {f"arg{i + 1}": encode(a) for i, a in enumerate(args)},
                       "python": {str(k): encode(v) for k, v in (python_out.outputs or {}).items()},
                       "octave": {str(k): encode(v) for k, v in (octave_out.outputs or {}).items()}},
                      indent=1)


def agree(python_out, octave_out, rtol, atol) -> bool:
    if python_out.outputs is None or octave_out.outputs is None:
        return (python_out.error_identifier, python_out.error_message) == \
            (octave_out.error_identifier, octave_out.error_message)
    for key, mine in python_out.outputs.items():
        theirs = np.asarray(octave_out.outputs[key], dtype=float)
        if theirs.size != mine.size:
            return False
        if not np.allclose(theirs.reshape(mine.shape), mine, rtol=rtol, atol=atol, equal_nan=True):
            return False
    return True


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_python_and_octave_agree_on_random_inputs(octave, name):
    strategy, tolerance, *rest = FUNCTIONS[name]
    nout = rest[0] if rest else 1
    function = get_function(name)

    @settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.large_base_example])
    @given(st.lists(strategy, min_size=BATCH, max_size=BATCH))
    def check(batch):
        mine = python_try(function, batch)
        theirs = octave_try(octave, name, nout, batch)
        COUNTS["cases"] += len(batch)
        refused = [p for p in mine if p.outputs is None]
        assert len(refused) <= len(batch) // 10, \
            f"{name}: the strategy makes invalid inputs: {refused[0].error_message}"
        for args, p, o in zip(batch, mine, theirs):
            if not agree(p, o, *tolerance(*args)):
                COUNTS["mismatches"] += 1
                pytest.fail(f"{name}: Python and Octave differ; as a fixture case:\n"
                            f"{reproducible_case(name, args, p, o)}")

    check()


def test_zz_report_counts(capsys):
    """Runs after the differential tests (alphabetical order within this file)."""
    with capsys.disabled():
        print(f"\ndifferential: {COUNTS['cases']} random cases compared, "
              f"{COUNTS['mismatches']} mismatches")
    assert COUNTS["cases"] >= len(FUNCTIONS) * BATCH, "the differential run compared too few cases"
