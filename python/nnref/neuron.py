"""One sigmoid neuron (SPEC A1)."""
from nnref.checks import as_scalar, as_vector
from nnref.errors import NnrefError
from nnref.sigmoid import sigmoid


def neuron(w, b, x):
    """Output of one sigmoid neuron: sigma(w . x + b).

    w, x: vectors of equal length; b: scalar.  SPEC A1: neuron([0, 1], 4, [2, 3]) = 0.9990889488055994.
    """
    w, x = as_vector(w, "w"), as_vector(x, "x")
    b = as_scalar(b, "b")
    if w.size != x.size:
        raise NnrefError("nnref:badShape", f"w has {w.size} elements, x has {x.size}")
    return sigmoid(w @ x + b)
