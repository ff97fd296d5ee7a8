"""Mutants of the reference submissions, per lab and language: an index typo, a sign error, a
missing factor, a wrong schedule (labs that iterate).  Each mutant loses exactly the points of
the cases it breaks: every failing case calls a function the mutation can reach, every other
case passes, and the lab's points are its maximum minus the failing cases' points.  The
feedback names the output where the mutated function first diverges.

One submission per (kind, language) carries that kind's mutation in every lab at once (the
labs run in separate processes, so they cannot mix); MUTANTS lists them."""
from collections import namedtuple

import pytest

from grade_support import graded, lab_row, submission

Mutant = namedtuple("Mutant", "kind lang lab file old new reaches call output")
NETWORK_TRAINING = {"network_backprop", "network_backprop_batch", "network_sgd_step",
                    "network_sgd_epoch", "network_sgd_epoch_persample"}

MUTANTS = [
    # neuron lab (nothing iterates: no schedule mutant)
    Mutant("index", "octave", "neuron", "neuron.m", "w(i) * x(i)", "w(i) * x(1)",
           {"neuron"}, "neuron", "y"),
    Mutant("index", "python", "neuron", "neuron.py", "w[i] * x[i]", "w[i] * x[0]",
           {"neuron"}, "neuron", "y"),
    Mutant("sign", "octave", "neuron", "sigmoid.m", "(1 + exp(-z))", "(1 + exp(z))",
           {"sigmoid", "neuron"}, "sigmoid", "a"),
    Mutant("sign", "python", "neuron", "neuron.py", "np.exp(-z)", "np.exp(z)",
           {"sigmoid", "neuron"}, "sigmoid", "a"),
    Mutant("factor", "octave", "neuron", "sigmoid_prime.m", "e ./ (1 + e) .^ 2", "e ./ (1 + e)",
           {"sigmoid_prime"}, "sigmoid_prime", "d"),
    Mutant("factor", "python", "neuron", "neuron.py", "e / (1.0 + e) ** 2", "e / (1.0 + e)",
           {"sigmoid_prime"}, "sigmoid_prime", "d"),
    # network lab
    Mutant("index", "octave", "network", "network_backprop.m", "vertcat(dA{:})",
           "vertcat(dA{end:-1:1})", {"network_backprop"}, "network_backprop", "dC_da"),
    Mutant("index", "python", "network", "network.py", "np.vstack(dA)", "np.vstack(dA[::-1])",
           {"network_backprop"}, "network_backprop", "dC_da"),
    Mutant("sign", "octave", "network", "net_gradients.m", "err = as{L + 1} - Y;",
           "err = Y - as{L + 1};", NETWORK_TRAINING, "network_backprop", "g"),
    Mutant("sign", "python", "network", "network.py", "err = activations[L] - Y",
           "err = Y - activations[L]", NETWORK_TRAINING, "network_backprop", "g"),
    Mutant("factor", "octave", "network", "network_cost.m", " / size(X, 2);", ";",
           {"network_cost"}, "network_cost", "C"),
    Mutant("factor", "python", "network", "network.py", "np.sum((aL - Y) ** 2) / X.shape[1]",
           "np.sum((aL - Y) ** 2)", {"network_cost"}, "network_cost", "C"),
    Mutant("schedule", "octave", "network", "network_sgd_epoch.m",
           "batch = order(first:min(first + m - 1, N));", "batch = first:min(first + m - 1, N);",
           {"network_sgd_epoch"}, "network_sgd_epoch", "p_new"),
    Mutant("schedule", "python", "network", "network.py",
           "batch = order[first:first + m]\n        p = network_sgd_step",
           "batch = np.arange(first, min(first + m, order.size))\n        p = network_sgd_step",
           {"network_sgd_epoch"}, "network_sgd_epoch", "p_new"),
]
NET221_STEPS = {"net221_backprop", "net221_partials", "net221_step", "net221_train"}
MUTANTS += [
    Mutant("index", "octave", "net221", "net221_values.m", "w(2) * x2 + b(1)",
           "w(2) * x1 + b(1)", NET221_STEPS, "net221_backprop", "sum_h1"),
    Mutant("index", "python", "net221", "net221.py", "w[1] * x2 + b[0]", "w[1] * x1 + b[0]",
           NET221_STEPS, "net221_backprop", "sum_h1"),
    Mutant("sign", "octave", "net221", "net221_values.m", "dL_dypred = -2 * (y - o1);",
           "dL_dypred = 2 * (y - o1);", NET221_STEPS, "net221_backprop", "dL_dypred"),
    Mutant("sign", "python", "net221", "net221.py", "dL_dypred = -2 * (y - o1)",
           "dL_dypred = 2 * (y - o1)", NET221_STEPS, "net221_backprop", "dL_dypred"),
    Mutant("factor", "octave", "net221", "net221_values.m",
           "dL_dw1 = dL_dypred * dypred_dh1 * dh1_dw1;", "dL_dw1 = dL_dypred * dh1_dw1;",
           NET221_STEPS, "net221_partials", "dL_dw"),
    Mutant("factor", "python", "net221", "net221.py",
           "dL_dw1 = dL_dypred * dypred_dh1 * dh1_dw1", "dL_dw1 = dL_dypred * dh1_dw1",
           NET221_STEPS, "net221_partials", "dL_dw"),
    Mutant("schedule", "octave", "net221", "net221_train.m", "mod(epoch - 1, 10)",
           "mod(epoch, 10)", {"net221_train"}, "net221_train", "loss"),
    Mutant("schedule", "python", "net221", "net221.py", "if epoch % 10 == 0:",
           "if (epoch + 1) % 10 == 0:", {"net221_train"}, "net221_train", "loss"),
]
MUTANTS += [
    Mutant("index", "octave", "gd", "gd_quadratic.m", "path(k + 1, :) = theta(:)';",
           "path(k, :) = theta(:)';", {"gd_quadratic"}, "gd_quadratic", "path"),
    Mutant("index", "python", "gd", "gd.py", "path[k + 1] = theta", "path[k] = theta",
           {"gd_quadratic"}, "gd_quadratic", "path"),
    Mutant("sign", "octave", "gd", "gd_quadratic.m", "theta = theta - alpha * 2 * theta;",
           "theta = theta + alpha * 2 * theta;", {"gd_quadratic"}, "gd_quadratic", "path"),
    Mutant("sign", "python", "gd", "gd.py", "theta = theta - alpha * 2 * theta",
           "theta = theta + alpha * 2 * theta", {"gd_quadratic"}, "gd_quadratic", "path"),
    Mutant("factor", "octave", "gd", "gd_quadratic.m", "alpha * 2 * theta", "alpha * theta",
           {"gd_quadratic"}, "gd_quadratic", "path"),
    Mutant("factor", "python", "gd", "gd.py", "alpha * 2 * theta", "alpha * theta",
           {"gd_quadratic"}, "gd_quadratic", "path"),
    Mutant("schedule", "octave", "gd", "gd_quadratic.m", "for k = 1:steps", "for k = 1:steps - 1",
           {"gd_quadratic"}, "gd_quadratic", "path"),
    Mutant("schedule", "python", "gd", "gd.py", "for k in range(steps)",
           "for k in range(steps - 1)", {"gd_quadratic"}, "gd_quadratic", "path"),
    Mutant("index", "octave", "linreg", "linreg_data.m", "(1:18)'", "(0:17)'",
           {"linreg_data"}, "linreg_data", "X"),
    Mutant("index", "python", "linreg", "linreg.py", "np.arange(1.0, m + 1)",
           "np.arange(0.0, m)", {"linreg_data"}, "linreg_data", "X"),
    Mutant("sign", "octave", "linreg", "linreg_gradient.m", "(X * theta(:) - y(:))",
           "(y(:) - X * theta(:))", {"linreg_gradient"}, "linreg_gradient", "g"),
    Mutant("sign", "python", "linreg", "linreg.py", "X.T @ (X @ theta - y)",
           "X.T @ (y - X @ theta)", {"linreg_gradient"}, "linreg_gradient", "g"),
    Mutant("factor", "octave", "linreg", "linreg_cost.m", "/ (2 * m)", "/ m",
           {"linreg_cost", "linreg_gd"}, "linreg_cost", "J"),
    Mutant("factor", "python", "linreg", "linreg.py", "/ (2 * m)", "/ m",
           {"linreg_cost", "linreg_gd"}, "linreg_cost", "J"),
    Mutant("schedule", "octave", "linreg", "linreg_gd.m", "theta = theta - alpha * g;",
           "theta = theta - min(1, (updates + 1) / 10) * alpha * g;", {"linreg_gd"},
           "linreg_gd", "theta"),
    Mutant("schedule", "python", "linreg", "linreg.py", "theta = theta - alpha * g",
           "theta = theta - min(1, (updates + 1) / 10) * alpha * g", {"linreg_gd"},
           "linreg_gd", "theta"),
]
SOFTMAX_USERS = {"softmax", "softmax_backward", "cce_logits_grad"}
MUTANTS += [
    Mutant("index", "octave", "toolbox", "softmax.m", "out = e ./ sum(e, 2);",
           "out = e ./ sum(e, 1);", SOFTMAX_USERS, "softmax", "out"),
    Mutant("index", "python", "toolbox", "toolbox.py", "e / e.sum(axis=1, keepdims=True)",
           "e / e.sum(axis=0, keepdims=True)", SOFTMAX_USERS, "softmax", "out"),
    Mutant("sign", "octave", "toolbox", "bce_grad.m", "grad = (yhat - y) ./", "grad = (y - yhat) ./",
           {"bce_grad"}, "bce_grad", "grad"),
    Mutant("sign", "python", "toolbox", "toolbox.py", "return (yhat - y) / np.maximum",
           "return (y - yhat) / np.maximum", {"bce_grad"}, "bce_grad", "grad"),
    Mutant("factor", "octave", "toolbox", "adam_step.m", "params - lr / (1 - beta1 ^ step) *",
           "params - lr *", {"adam_step", "net241_train_code"}, "adam_step", "params"),
    Mutant("factor", "python", "toolbox", "toolbox.py", "params - lr / (1 - beta1 ** t) *",
           "params - lr *", {"adam_step", "net241_train_code"}, "adam_step", "params"),
    Mutant("schedule", "octave", "toolbox", "adagrad_step.m", "(1 + (step - 1) * lr_decay)",
           "(1 + step * lr_decay)", {"adagrad_step", "net241_train_code"}, "adagrad_step",
           "params"),
    Mutant("schedule", "python", "toolbox", "toolbox.py", "(1 + (t - 1) * lr_decay)",
           "(1 + t * lr_decay)", {"adagrad_step", "net241_train_code"}, "adagrad_step", "params"),
]
GROUPS = sorted({(m.kind, m.lang) for m in MUTANTS})


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    """(kind, lang) -> the grading document of that group's mutant submission."""
    cache = {}

    def get(kind, lang):
        if (kind, lang) not in cache:
            group = [m for m in MUTANTS if (m.kind, m.lang) == (kind, lang)]
            path = submission(tmp_path_factory.mktemp(f"{kind}-{lang}"), lang,
                              edits=[(m.file, m.old, m.new) for m in group])
            cache[kind, lang] = graded(path, sorted({m.lab for m in group}))
        return cache[kind, lang]
    return get


@pytest.mark.parametrize("mutant", MUTANTS, ids=lambda m: f"{m.lab}-{m.kind}-{m.lang}")
def test_mutant_loses_exactly_the_cases_it_breaks(documents, mutant):
    document = documents(mutant.kind, mutant.lang)
    rows = [r for r in document["rows"] if r["lab"] == mutant.lab]
    broken = [r for r in rows if not r["passed"]]
    assert broken, "the mutant was not caught"
    assert {r["call"] for r in broken} <= mutant.reaches, {r["call"] for r in broken}
    row = lab_row(document, mutant.lab)
    assert row["points"] == row["max_points"] - sum(r["max_points"] for r in broken)
    assert row["points"] == sum(r["points"] for r in rows if r["passed"])
    first = next(r for r in broken if r["call"] == mutant.call)
    divergence = first["first_divergence"]
    assert divergence["output"] == mutant.output, first["message"]
    assert first["message"].startswith(f"{mutant.output}{divergence['element']}: expected ")
    assert isinstance(divergence["expected"], float) and isinstance(divergence["got"], float)
    assert divergence["expected"] != divergence["got"]


@pytest.mark.parametrize("lang", ["octave", "python"])
def test_traced_lab_names_the_first_step_and_variable(documents, lang):
    """net221: a failing training run is replayed with the student's step functions; the index
    typo (sum_h1 reads x1 twice) shows at step 1 in sum_h1, the value the published port's
    x1 typo gets (nnref check-port net221 finds the same); the wrong loss schedule leaves every
    step right, and the feedback says the training loop is at fault."""
    index = [r for r in documents("index", lang)["rows"] if r["call"] == "net221_train"
             and r["case"] == "net221_train::train-start-1"][0]
    trace = index["first_divergence"]["trace"]
    assert (trace["step"], trace["variable"]) == (1, "sum_h1")
    assert trace["expected"] == -5.04791828502157 and trace["got"] != trace["expected"]
    assert "step trace: step 1, sum_h1: expected -5.04791828502157" in index["message"]
    schedule = [r for r in documents("schedule", lang)["rows"]
                if r["call"] == "net221_train" and not r["passed"]]
    traced = [r for r in schedule if "trace" in r["first_divergence"]]
    assert traced and all(r["first_divergence"]["trace"]["step"] is None for r in traced)
    assert all("the difference is in the training loop" in r["message"] for r in traced)
