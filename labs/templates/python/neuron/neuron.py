"""Lab neuron: the sigmoid, its derivative, one neuron and the mean squared error (SPEC A1-A3).

sigmoid and sigmoid_prime work element-wise on arrays of any shape.

Replace every stub with your code.  The grader calls each function with numpy
arrays of the example shapes and compares what it returns; a function with
several outputs returns them all, as a tuple, in the order listed."""


def sigmoid(z):
    """Returns a.
    Example shapes (sigmoid::row-exact):
    z (9,) -> a (9,)"""
    raise NotImplementedError("not implemented: sigmoid")


def sigmoid_prime(z):
    """Returns d.
    Example shapes (sigmoid::prime-row-exact):
    z (9,) -> d (9,)"""
    raise NotImplementedError("not implemented: sigmoid_prime")


def neuron(w, b, x):
    """Returns y.
    Example shapes (neuron::random5-exact):
    w (5,), b scalar, x (5,) -> y scalar"""
    raise NotImplementedError("not implemented: neuron")


def mse(y_true, y_pred):
    """Returns loss.
    Example shapes (mse::random10-exact):
    y_true (10,), y_pred (10,) -> loss scalar"""
    raise NotImplementedError("not implemented: mse")
