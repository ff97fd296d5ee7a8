"""Lab net221: the 2-2-1 network: forward pass, backpropagation, SGD training (SPEC A4-A7).

w = [w1 .. w6] (1x6), b = [b1 b2 b3] (1x3), samples are the rows of X (n x 2). net221_train:
per-sample SGD visiting the rows in order each epoch; learn_rate 0.1 and epochs 1000 when
omitted; loss = the mean squared error over all samples after epochs 0, 10, 20, ...

Replace every stub with your code.  The grader calls each function with numpy
arrays of the example shapes and compares what it returns; a function with
several outputs returns them all, as a tuple, in the order listed."""


def net221_feedforward(w, b, x):
    """Returns o1.
    Example shapes (net221::a2-published):
    w (6,), b (3,), x (2,) -> o1 scalar"""
    raise NotImplementedError("not implemented: net221_feedforward")


def net221_feedforward_batch(w, b, X):
    """Returns o1.
    Example shapes (net221::batch-a4-exact):
    w (6,), b (3,), X (4, 2) -> o1 (4,)"""
    raise NotImplementedError("not implemented: net221_feedforward_batch")


def net221_predict(w, b, X):
    """Returns (ypred, label).
    Example shapes (net221::predict-untrained-exact):
    w (6,), b (3,), X (2, 2) -> ypred (2,), label (2,)"""
    raise NotImplementedError("not implemented: net221_predict")


def net221_backprop(w, b, x, y):
    """Returns (sum_h1, h1, sum_h2, h2, sum_o1, o1, dL_dypred, dypred_dw5, dypred_dw6, dypred_db3, dypred_dh1, dypred_dh2, dh1_dw1, dh1_dw2, dh1_db1, dh2_dw3, dh2_dw4, dh2_db2, dL_dw1, dL_dw2, dL_dw3, dL_dw4, dL_dw5, dL_dw6, dL_db1, dL_db2, dL_db3).
    Example shapes (net221::a6-backprop-autograd):
    w (6,), b (3,), x (2,), y scalar -> sum_h1 scalar, h1 scalar, sum_h2 scalar, h2 scalar, sum_o1 scalar, o1 scalar, dL_dypred scalar, dypred_dw5 scalar, dypred_dw6 scalar, dypred_db3 scalar, dypred_dh1 scalar, dypred_dh2 scalar, dh1_dw1 scalar, dh1_dw2 scalar, dh1_db1 scalar, dh2_dw3 scalar, dh2_dw4 scalar, dh2_db2 scalar, dL_dw1 scalar, dL_dw2 scalar, dL_dw3 scalar, dL_dw4 scalar, dL_dw5 scalar, dL_dw6 scalar, dL_db1 scalar, dL_db2 scalar, dL_db3 scalar"""
    raise NotImplementedError("not implemented: net221_backprop")


def net221_partials(w, b, x, y):
    """Returns (dL_dw, dL_db).
    Example shapes (net221::a6-partials-autograd):
    w (6,), b (3,), x (2,), y scalar -> dL_dw (6,), dL_db (3,)"""
    raise NotImplementedError("not implemented: net221_partials")


def net221_step(w, b, x, y, learn_rate):
    """Returns (w, b).
    Example shapes (net221::a6-step-autograd):
    w (6,), b (3,), x (2,), y scalar, learn_rate scalar -> w (6,), b (3,)"""
    raise NotImplementedError("not implemented: net221_step")


def net221_train(w0, b0, X, y, learn_rate=0.1, epochs=1000):
    """Returns (w, b, loss).
    Example shapes (net221_train::train-three-rows-short):
    w0 (6,), b0 (3,), X (3, 2), y (3,), learn_rate scalar, epochs scalar -> w (6,), b (3,), loss (3,)"""
    raise NotImplementedError("not implemented: net221_train")
