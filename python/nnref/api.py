"""Names of the public algorithm functions, the same in Python and Octave (nnref.<name>).

Functions are imported on first use, so that importing nnref (or nnref.fixtures, which the
fixture generator does) never imports the ports under test.
"""
from importlib import import_module

from nnref.errors import NnrefError

# function name -> module that defines it (python/nnref/<module>.py, matlab/+nnref/<name>.m)
FUNCTIONS = {
    "sigmoid": "sigmoid",
    "sigmoid_prime": "sigmoid",
    "neuron": "neuron",
    "mse": "mse",
    "net221_feedforward": "net221",
    "net221_feedforward_batch": "net221",
    "net221_predict": "net221",
    "net221_backprop": "net221",
    "net221_partials": "net221",
    "net221_step": "net221",
    "net221_train": "net221",
    "tanh_activation": "activations",
    "tanh_prime": "activations",
    "relu": "activations",
    "relu_prime": "activations",
    "softmax": "activations",
    "softmax_backward": "activations",
    "mse_grad": "losses",
    "bce_loss": "losses",
    "bce_grad": "losses",
    "bce_logits_loss": "losses",
    "bce_logits_grad": "losses",
    "cce_logits_loss": "losses",
    "cce_logits_grad": "losses",
    "kl_loss": "losses",
    "kl_grad": "losses",
    "sgd_step": "optimizers",
    "adagrad_step": "optimizers",
    "rmsprop_step": "optimizers",
    "adam_step": "optimizers",
    "net241_forward": "net241",
    "net241_predict": "net241",
    "net241_gradients": "net241",
    "net241_train_code": "net241",
    "gradient_descent": "gd",
    "gd_quadratic": "gd",
    "linreg_data": "linreg",
    "linreg_cost": "linreg",
    "linreg_gradient": "linreg",
    "linreg_gd": "linreg",
    "linreg_normal": "linreg",
    "network_feedforward": "network", "network_activations": "network", "network_cost": "network",
    "network_backprop": "network", "network_backprop_batch": "network",
    "network_sgd_step": "network_sgd", "network_sgd_epoch": "network_sgd",
    "network_evaluate": "network_sgd", "network_sgd_epoch_persample": "network_persample",
    "network_gradcheck": "gradcheck",
}


def get_function(name: str):
    """The Python function nnref.<name>; unknown names raise nnref:unknownFunction."""
    if name not in FUNCTIONS:
        raise NnrefError("nnref:unknownFunction", f"no function nnref.{name}")
    return getattr(import_module(f"nnref.{FUNCTIONS[name]}"), name)
