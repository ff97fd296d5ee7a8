"""Bad input, table-driven: every row is refused in Python and in Octave with the same error
identifier and the same message (the identifier is read in Octave and returned as data)."""
import numpy as np
import pytest

from nnref.api import get_function
from nnref.runners import octave_try, python_try

NAN, INF = float("nan"), float("inf")
ROW, COL = np.array([2.0, 3.0]), np.array([[2.0], [3.0]])

# (function, arguments, identifier, message)
BAD_INPUTS = [
    ("sigmoid", ["abc"], "nnref:badType", "z must be a real numeric array"),
    ("sigmoid", [1 + 2j], "nnref:badType", "z must be a real numeric array"),
    # (a complex array whose imaginary parts are all 0 reaches Octave as real: Octave narrows it)
    ("sigmoid", [np.array([1 + 0.5j, 2])], "nnref:badType", "z must be a real numeric array"),
    ("sigmoid", [np.array([True, False])], "nnref:badType", "z must be a real numeric array"),
    ("sigmoid", [{"z": 1.0}], "nnref:badType", "z must be a real numeric array"),
    ("sigmoid", [np.array([[1.0, NAN]])], "nnref:nanInput", "z contains NaN"),
    ("sigmoid", [NAN], "nnref:nanInput", "z contains NaN"),
    ("sigmoid_prime", ["z"], "nnref:badType", "z must be a real numeric array"),
    ("sigmoid_prime", [np.array([0.0, NAN, 1.0])], "nnref:nanInput", "z contains NaN"),
    ("sigmoid_prime", [3j], "nnref:badType", "z must be a real numeric array"),
    ("neuron", [np.array([0.0, 1.0]), 4.0, np.array([2.0, 3.0, 4.0])], "nnref:badShape",
     "w has 2 elements, x has 3"),
    ("neuron", [np.array([0.0, 1.0]), ROW, ROW], "nnref:badShape", "b must be a scalar, got size 1x2"),
    ("neuron", [np.eye(2), 0.0, ROW], "nnref:badShape", "w must be a vector, got size 2x2"),
    ("neuron", [ROW, 0.0, np.ones((2, 2, 2))], "nnref:badShape", "x must be a vector, got size 2x2x2"),
    ("neuron", [ROW, NAN, ROW], "nnref:nanInput", "b contains NaN"),
    ("neuron", [ROW, INF, ROW], "nnref:notFinite", "b contains Inf"),
    ("neuron", [np.array([-INF, 1.0]), 0.0, ROW], "nnref:notFinite", "w contains Inf"),
    ("neuron", ["ab", 0.0, ROW], "nnref:badType", "w must be a real numeric array"),
    ("neuron", [ROW, "b", ROW], "nnref:badType", "b must be a real numeric array"),
    ("neuron", [ROW, 0.0, np.array([1j, 2])], "nnref:badType", "x must be a real numeric array"),
    ("neuron", [ROW, np.zeros((0, 0)), ROW], "nnref:badShape", "b must be a scalar, got size 0x0"),
    ("neuron", [np.array([True, True]), 0.0, ROW], "nnref:badType", "w must be a real numeric array"),
    ("mse", [np.array([1.0, 0.0, 0.0, 1.0]), np.zeros((4, 1))], "nnref:badShape",
     "y_true is 1x4, y_pred is 4x1"),
    ("mse", [ROW, np.zeros(3)], "nnref:badShape", "y_true is 1x2, y_pred is 1x3"),
    ("mse", [np.zeros((0, 0)), np.zeros((0, 0))], "nnref:badShape", "y_true and y_pred are empty"),
    ("mse", [ROW, np.array([1.0, INF])], "nnref:notFinite", "y_pred contains Inf"),
    ("mse", [np.array([NAN, 1.0]), ROW], "nnref:nanInput", "y_true contains NaN"),
    ("mse", ["10", ROW], "nnref:badType", "y_true must be a real numeric array"),
    ("mse", [ROW, 1 + 1j], "nnref:badType", "y_pred must be a real numeric array"),
    ("net221_feedforward", [np.zeros(5), np.zeros(3), ROW], "nnref:badShape",
     "w must have 6 elements, got 5"),
    ("net221_feedforward", [np.zeros(6), np.zeros(4), ROW], "nnref:badShape",
     "b must have 3 elements, got 4"),
    ("net221_feedforward", [np.zeros(6), np.zeros(3), np.zeros(3)], "nnref:badShape",
     "x must have 2 elements, got 3"),
    ("net221_feedforward", [np.zeros((2, 3)), np.zeros(3), ROW], "nnref:badShape",
     "w must be a vector, got size 2x3"),
    ("net221_feedforward", [np.zeros(6), np.zeros(3), np.array([NAN, 1.0])], "nnref:nanInput",
     "x contains NaN"),
    ("net221_feedforward", [np.zeros(6), np.zeros(3), COL * INF], "nnref:notFinite",
     "x contains Inf"),
    ("net221_feedforward", [np.zeros(6), "abc", ROW], "nnref:badType",
     "b must be a real numeric array"),
]


IDS = [f"{i + 1:02d}-{name}-{identifier.split(':')[1]}"
       for i, (name, _, identifier, _) in enumerate(BAD_INPUTS)]


def test_the_table_is_large_enough():
    assert len(BAD_INPUTS) >= 30


@pytest.fixture(scope="module")
def octave_outcomes(octave):
    """All rows of the table in one Octave round trip per function."""
    outcomes = {}
    for name in dict.fromkeys(row[0] for row in BAD_INPUTS):
        indices = [i for i, row in enumerate(BAD_INPUTS) if row[0] == name]
        calls = [BAD_INPUTS[i][1] for i in indices]
        outcomes.update(zip((IDS[i] for i in indices), octave_try(octave, name, 1, calls)))
    return outcomes


@pytest.mark.parametrize("row", BAD_INPUTS, ids=IDS)
def test_refused_in_python(row):
    name, args, identifier, message = row
    (outcome,) = python_try(get_function(name), [args])
    assert (outcome.error_identifier, outcome.error_message) == (identifier, message)


@pytest.mark.parametrize("index", range(len(BAD_INPUTS)), ids=IDS)
def test_refused_in_octave(index, octave_outcomes):
    row = BAD_INPUTS[index]
    outcome = octave_outcomes[IDS[index]]
    assert (outcome.error_identifier, outcome.error_message) == (row[2], row[3])
