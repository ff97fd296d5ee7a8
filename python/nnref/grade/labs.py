"""The lab registry of `nnref grade`: one entry per lab.

A lab is graded on the value cases (not the refused-input cases) of its fixture stems whose
`call` it requires, plus fresh cases drawn at grading time (nnref.grade.cases).  The contract
a student writes against is read from those fixture cases: function names (`call`), argument
names and order (`args`, the longest list of any case: shorter cases omit trailing optional
arguments), output names and order (`outputs`).  In Octave every function is its own file
`<call>.m`; in Python all functions of a lab live in `<python_module>.py`, and a function with
several outputs returns them as a tuple (all of them, whatever a case uses).

To add a lab, add one `Lab(...)` below; `python -m nnref.grade.templates` then writes its
template stubs (labs/templates/<language>/<lab>/) and prints its contract for the README.
A lab whose fixture files do not exist yet is listed as unavailable and not graded.
"""
from dataclasses import dataclass, field

from nnref.grade.traces import Net221Trace


@dataclass(frozen=True)
class Lab:
    name: str                      # --lab NAME; also the Python module name unless set below
    title: str                     # one line, for reports and templates
    stems: tuple                   # fixture stems (shared_fixtures/<stem>.json) its cases come from
    functions: tuple = ()          # the calls graded, in contract order; () = every call of the stems
    points: dict = field(default_factory=dict)   # call -> points per case (default 1)
    keep: dict = field(default_factory=dict)     # call -> inputs the fresh-case jitter leaves alone
    whole: dict = field(default_factory=dict)    # call -> inputs jittered even if whole numbers
    fresh_per_case: int = 1        # fresh cases drawn from each fixture value case
    fresh_limit: dict = field(default_factory=dict)  # call -> at most this many fresh cases
    python_module: str = ""        # default: the lab's name
    notes: str = ""                # contract details beyond the signatures (README, templates)
    trace: object = None           # traced labs: a tracer (nnref.grade.traces) for failing runs

    @property
    def module(self) -> str:
        return self.python_module or self.name


LABS = {lab.name: lab for lab in (
    Lab("neuron", "the sigmoid, its derivative, one neuron and the mean squared error (SPEC A1-A3)",
        stems=("sigmoid", "neuron", "mse"),
        functions=("sigmoid", "sigmoid_prime", "neuron", "mse"),
        notes="sigmoid and sigmoid_prime work element-wise on arrays of any shape."),
    Lab("net221", "the 2-2-1 network: forward pass, backpropagation, SGD training (SPEC A4-A7)",
        stems=("net221", "net221_train"), trace=Net221Trace(),
        fresh_limit={"net221_train": 2},  # 1000-epoch runs: two unseen ones are enough
        functions=("net221_feedforward", "net221_feedforward_batch", "net221_predict",
                   "net221_backprop", "net221_partials", "net221_step", "net221_train"),
        notes="w = [w1 .. w6] (1x6), b = [b1 b2 b3] (1x3), samples are the rows of X (n x 2). "
              "net221_train: per-sample SGD visiting the rows in order each epoch; "
              "learn_rate 0.1 and epochs 1000 when omitted; loss = the mean squared error over "
              "all samples after epochs 0, 10, 20, ..."),
    Lab("gd", "gradient descent on J(theta) = sum(theta.^2) (SPEC B1-B2)",
        stems=("gd",), functions=("gd_quadratic",),
        notes="theta: the last iterate in theta0's shape; updates: the number of updates; "
              "path: one iterate per row, theta0 first."),
    Lab("linreg", "linear regression: cost, gradient, gradient descent, normal equations (SPEC B3)",
        stems=("linreg",),
        functions=("linreg_data", "linreg_cost", "linreg_gradient", "linreg_gd", "linreg_normal"),
        whole={"linreg_cost": ("theta", "y"), "linreg_gradient": ("theta", "y"),
               "linreg_gd": ("theta0", "y"), "linreg_normal": ("y",)},
        notes="J = sum((X*theta - y).^2) / (2m); gradient X' * (X*theta - y) / m; linreg_gd "
              "stops when every |gradient component| <= tol (at most max_iter updates)."),
    Lab("network", "the layered sigmoid network: forward, cost, backprop, mini-batch SGD (SPEC C)",
        stems=("network",),
        functions=("network_feedforward", "network_activations", "network_cost",
                   "network_backprop", "network_backprop_batch", "network_sgd_step",
                   "network_sgd_epoch", "network_sgd_epoch_persample", "network_evaluate"),
        keep={"network_sgd_epoch": ("order", "m"), "network_sgd_epoch_persample": ("order", "m")},
        notes="Samples are columns (X n0 x N, Y nL x N). The parameters travel as one vector p: "
              "W1 row by row, then b1, then W2 row by row, b2, ... (W^l is n_l x n_(l-1)). "
              "The cost of one sample is C = 0.5 ||a^L - y||^2; network_cost and "
              "network_backprop_batch take the mean over the columns. Orders are 1-based "
              "sample numbers; the last mini-batch of an epoch may be smaller."),
    Lab("toolbox", "activations, losses, optimizers and the 2-4-1 network (SPEC D)",
        stems=("activations", "losses", "optimizers", "net241"),
        functions=("tanh_activation", "tanh_prime", "relu", "relu_prime", "softmax",
                   "softmax_backward", "mse_grad", "bce_loss", "bce_grad", "bce_logits_loss",
                   "bce_logits_grad", "cce_logits_loss", "cce_logits_grad", "kl_loss", "kl_grad",
                   "sgd_step", "adagrad_step", "rmsprop_step", "adam_step", "net241_forward",
                   "net241_predict", "net241_gradients", "net241_train_code"),
        notes="Losses take (target, prediction), gradients are with respect to the prediction, "
              "reductions are PyTorch's defaults (the mean over elements for MSE and BCE, over "
              "rows = samples for CCE and KL; a 1-D array is one sample); bce_loss clamps each "
              "log at -100 and bce_grad its denominator at 1e-12. Optimizer steps follow "
              "torch.optim; `step` counts the steps taken; omitted trailing hyper-parameters "
              "take PyTorch's defaults. The 2-4-1 network: X m x 2 (samples in rows), W1 2x4, "
              "B1 1x4, W2 4x1, B2 1x1, Yhat = sigma(tanh(X W1 + B1) W2 + B2), binary "
              "cross-entropy. net241_train_code: full-batch training; code 1 sgd, 2 adagrad, "
              "3 rmsprop, 4 adam; hyper_values the first hyper-parameters in the order of that "
              "optimizer's step function (Adagrad: lr, lr_decay, weight_decay, "
              "initial_accumulator_value, eps), flags as 0 or 1; losses: the loss before each "
              "epoch's update."),
)}
