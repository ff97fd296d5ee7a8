"""Lab network: the layered sigmoid network: forward, cost, backprop, mini-batch SGD (SPEC C).

Samples are columns (X n0 x N, Y nL x N). The parameters travel as one vector p: W1 row by
row, then b1, then W2 row by row, b2, ... (W^l is n_l x n_(l-1)). The cost of one sample is
C = 0.5 ||a^L - y||^2; network_cost and network_backprop_batch take the mean over the
columns. Orders are 1-based sample numbers; the last mini-batch of an epoch may be smaller.

Replace every stub with your code.  The grader calls each function with numpy
arrays of the example shapes and compares what it returns; a function with
several outputs returns them all, as a tuple, in the order listed."""


def network_feedforward(sizes, p, X):
    """Returns aL.
    Example shapes (network::c2-feedforward-published):
    sizes (3,), p (17,), X (2, 1) -> aL (2, 1)"""
    raise NotImplementedError("not implemented: network_feedforward")


def network_activations(sizes, p, X):
    """Returns (z, a).
    Example shapes (network::net3-5-4-2-activations-autograd):
    sizes (4,), p (54,), X (3, 7) -> z (11, 7), a (11, 7)"""
    raise NotImplementedError("not implemented: network_activations")


def network_cost(sizes, p, X, Y):
    """Returns C.
    Example shapes (network::net3-5-4-2-cost-autograd):
    sizes (4,), p (54,), X (3, 7), Y (2, 7) -> C scalar"""
    raise NotImplementedError("not implemented: network_cost")


def network_backprop(sizes, p, x, y):
    """Returns (g, C, dC_da).
    Example shapes (network::c2-backprop-autograd):
    sizes (3,), p (17,), x (2,), y (2,) -> g (17,), C scalar, dC_da (3, 1)"""
    raise NotImplementedError("not implemented: network_backprop")


def network_backprop_batch(sizes, p, X, Y):
    """Returns (g, C).
    Example shapes (network::net3-5-4-2-backprop-batch-autograd):
    sizes (4,), p (54,), X (3, 7), Y (2, 7) -> g (54,), C scalar"""
    raise NotImplementedError("not implemented: network_backprop_batch")


def network_sgd_step(sizes, p, X, Y, eta):
    """Returns p_new.
    Example shapes (network::c2-step-published):
    sizes (3,), p (17,), X (2, 1), Y (2, 1), eta scalar -> p_new (17,)"""
    raise NotImplementedError("not implemented: network_sgd_step")


def network_sgd_epoch(sizes, p, X, Y, order, m, eta):
    """Returns p_new.
    Example shapes (network::c1-epoch-published):
    sizes (3,), p (4,), X (1, 1), Y (1, 1), order (1,), m scalar, eta scalar -> p_new (4,)"""
    raise NotImplementedError("not implemented: network_sgd_epoch")


def network_sgd_epoch_persample(sizes, p, X, Y, order, m, eta):
    """Returns p_new.
    Example shapes (network::c1-epoch-persample-published):
    sizes (3,), p (4,), X (1, 1), Y (1, 1), order (1,), m scalar, eta scalar -> p_new (4,)"""
    raise NotImplementedError("not implemented: network_sgd_epoch_persample")


def network_evaluate(sizes, p, X, Y):
    """Returns (correct, predicted).
    Example shapes (network::net3-5-4-2-evaluate-torch-loop):
    sizes (4,), p (54,), X (3, 12), Y (2, 12) -> correct scalar, predicted (12,)"""
    raise NotImplementedError("not implemented: network_evaluate")
