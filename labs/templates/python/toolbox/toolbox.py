"""Lab toolbox: activations, losses, optimizers and the 2-4-1 network (SPEC D).

Losses take (target, prediction), gradients are with respect to the prediction, reductions
are PyTorch's defaults (the mean over elements for MSE and BCE, over rows = samples for CCE
and KL; a 1-D array is one sample); bce_loss clamps each log at -100 and bce_grad its
denominator at 1e-12. Optimizer steps follow torch.optim; `step` counts the steps taken;
omitted trailing hyper-parameters take PyTorch's defaults. The 2-4-1 network: X m x 2
(samples in rows), W1 2x4, B1 1x4, W2 4x1, B2 1x1, Yhat = sigma(tanh(X W1 + B1) W2 + B2),
binary cross-entropy. net241_train_code: full-batch training; code 1 sgd, 2 adagrad, 3
rmsprop, 4 adam; hyper_values the first hyper-parameters in the order of that optimizer's
step function (Adagrad: lr, lr_decay, weight_decay, initial_accumulator_value, eps), flags
as 0 or 1; losses: the loss before each epoch's update.

Replace every stub with your code.  The grader calls each function with numpy
arrays of the example shapes and compares what it returns; a function with
several outputs returns them all, as a tuple, in the order listed."""


def tanh_activation(z):
    """Returns out.
    Example shapes (activations::tanh-row-exact):
    z (9,) -> out (9,)"""
    raise NotImplementedError("not implemented: tanh_activation")


def tanh_prime(z):
    """Returns out.
    Example shapes (activations::tanh-prime-row-exact):
    z (9,) -> out (9,)"""
    raise NotImplementedError("not implemented: tanh_prime")


def relu(z):
    """Returns out.
    Example shapes (activations::relu-closed-form):
    z (7,) -> out (7,)"""
    raise NotImplementedError("not implemented: relu")


def relu_prime(z):
    """Returns out.
    Example shapes (activations::relu-prime-autograd):
    z (8,) -> out (8,)"""
    raise NotImplementedError("not implemented: relu_prime")


def softmax(z):
    """Returns out.
    Example shapes (activations::softmax-rows-exact):
    z (3, 4) -> out (3, 4)"""
    raise NotImplementedError("not implemented: softmax")


def softmax_backward(z, dA):
    """Returns dZ.
    Example shapes (activations::softmax-backward-exact):
    z (3, 4), dA (3, 4) -> dZ (3, 4)"""
    raise NotImplementedError("not implemented: softmax_backward")


def mse_grad(y_true, y_pred):
    """Returns grad.
    Example shapes (losses::mse-grad-exact):
    y_true (8,), y_pred (8,) -> grad (8,)"""
    raise NotImplementedError("not implemented: mse_grad")


def bce_loss(y, yhat):
    """Returns loss.
    Example shapes (losses::bce-exact):
    y (8,), yhat (8,) -> loss scalar"""
    raise NotImplementedError("not implemented: bce_loss")


def bce_grad(y, yhat):
    """Returns grad.
    Example shapes (losses::bce-grad-exact):
    y (8,), yhat (8,) -> grad (8,)"""
    raise NotImplementedError("not implemented: bce_grad")


def bce_logits_loss(y, z):
    """Returns loss.
    Example shapes (losses::bce-logits-exact):
    y (8,), z (8,) -> loss scalar"""
    raise NotImplementedError("not implemented: bce_logits_loss")


def bce_logits_grad(y, z):
    """Returns grad.
    Example shapes (losses::bce-logits-grad-autograd):
    y (8,), z (8,) -> grad (8,)"""
    raise NotImplementedError("not implemented: bce_logits_grad")


def cce_logits_loss(y, z):
    """Returns loss.
    Example shapes (losses::cce-logits-exact):
    y (3, 4), z (3, 4) -> loss scalar"""
    raise NotImplementedError("not implemented: cce_logits_loss")


def cce_logits_grad(y, z):
    """Returns grad.
    Example shapes (losses::cce-logits-grad-exact):
    y (3, 4), z (3, 4) -> grad (3, 4)"""
    raise NotImplementedError("not implemented: cce_logits_grad")


def kl_loss(p, q):
    """Returns loss.
    Example shapes (losses::kl-exact):
    p (2, 3), q (2, 3) -> loss scalar"""
    raise NotImplementedError("not implemented: kl_loss")


def kl_grad(p, q):
    """Returns grad.
    Example shapes (losses::kl-grad-exact):
    p (2, 3), q (2, 3) -> grad (2, 3)"""
    raise NotImplementedError("not implemented: kl_grad")


def sgd_step(params, grads, momentum_buffer, step, lr=0.001, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False):
    """Returns (params, momentum_buffer, step).
    Example shapes (optimizers::sgd-plain-step1):
    params (2, 3), grads (2, 3), momentum_buffer (2, 3), step scalar, lr scalar, momentum scalar, dampening scalar, weight_decay scalar, nesterov scalar -> params (2, 3), momentum_buffer (2, 3), step scalar"""
    raise NotImplementedError("not implemented: sgd_step")


def adagrad_step(params, grads, state_sum, step, lr=0.01, lr_decay=0.0, weight_decay=0.0, eps=1e-10):
    """Returns (params, state_sum, step).
    Example shapes (optimizers::adagrad-decay-step1):
    params (2, 3), grads (2, 3), state_sum (2, 3), step scalar, lr scalar, lr_decay scalar, weight_decay scalar, eps scalar -> params (2, 3), state_sum (2, 3), step scalar"""
    raise NotImplementedError("not implemented: adagrad_step")


def rmsprop_step(params, grads, square_avg, momentum_buffer, grad_avg, step, lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0.0, momentum=0.0, centered=False):
    """Returns (params, square_avg, momentum_buffer, grad_avg, step).
    Example shapes (optimizers::rmsprop-plain-step1):
    params (2, 3), grads (2, 3), square_avg (2, 3), momentum_buffer (2, 3), grad_avg (2, 3), step scalar, lr scalar, alpha scalar, eps scalar, weight_decay scalar, momentum scalar, centered scalar -> params (2, 3), square_avg (2, 3), momentum_buffer (2, 3), grad_avg (2, 3), step scalar"""
    raise NotImplementedError("not implemented: rmsprop_step")


def adam_step(params, grads, exp_avg, exp_avg_sq, max_exp_avg_sq, step, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-08, weight_decay=0.0, amsgrad=False):
    """Returns (params, exp_avg, exp_avg_sq, max_exp_avg_sq, step).
    Example shapes (optimizers::adam-plain-step1):
    params (2, 3), grads (2, 3), exp_avg (2, 3), exp_avg_sq (2, 3), max_exp_avg_sq (2, 3), step scalar, lr scalar, beta1 scalar, beta2 scalar, eps scalar, weight_decay scalar, amsgrad scalar -> params (2, 3), exp_avg (2, 3), exp_avg_sq (2, 3), max_exp_avg_sq (2, 3), step scalar"""
    raise NotImplementedError("not implemented: adam_step")


def net241_forward(X, W1, B1, W2, B2):
    """Returns Yhat.
    Example shapes (net241::xor-forward-exact):
    X (4, 2), W1 (2, 4), B1 (1, 4), W2 (4, 1), B2 (1, 1) -> Yhat (4, 1)"""
    raise NotImplementedError("not implemented: net241_forward")


def net241_predict(X, W1, B1, W2, B2):
    """Returns labels.
    Example shapes (net241::xor-predict-trained):
    X (4, 2), W1 (2, 4), B1 (1, 4), W2 (4, 1), B2 (1, 1) -> labels (4, 1)"""
    raise NotImplementedError("not implemented: net241_predict")


def net241_gradients(X, Y, W1, B1, W2, B2):
    """Returns (L, dW1, dB1, dW2, dB2).
    Example shapes (net241::xor-gradients-autograd):
    X (4, 2), Y (4, 1), W1 (2, 4), B1 (1, 4), W2 (4, 1), B2 (1, 1) -> L scalar, dW1 (2, 4), dB1 (1, 4), dW2 (4, 1), dB2 (1, 1)"""
    raise NotImplementedError("not implemented: net241_gradients")


def net241_train_code(X, Y, W1, B1, W2, B2, epochs, code, hyper_values):
    """Returns (W1, B1, W2, B2, losses).
    Example shapes (net241::xor-sgd):
    X (4, 2), Y (4, 1), W1 (2, 4), B1 (1, 4), W2 (4, 1), B2 (1, 1), epochs scalar, code scalar, hyper_values (1,) -> W1 (2, 4), B1 (1, 4), W2 (4, 1), B2 (1, 1), losses (200,)"""
    raise NotImplementedError("not implemented: net241_train_code")
