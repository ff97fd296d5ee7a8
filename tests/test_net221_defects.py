"""The defect simulator behind check-port net221: without defects it is the reference
trainer bit for bit; each defect of SPEC A8 first shows exactly where SPEC A8 says."""
import numpy as np
import pytest

from conftest import FIXTURES
from nnref.encoding import same_bits
from nnref.net221 import net221_train
from nnref.net221_defects import COMPUTATIONAL, all_combinations, loss_steps, simulate
from nnref.trace import first_divergence

CASE = next(c for f in FIXTURES if f.algorithm == "net221_train" for c in f.cases
            if c.id == "train-start-1")
START = [CASE.inputs[name] for name in ("w0", "b0", "X", "y")]


@pytest.fixture(scope="module")
def correct_trace():
    return simulate(*START, (), trace=True)


def test_no_defects_is_the_reference_trainer_bit_for_bit(correct_trace):
    w, b, loss, steps = correct_trace
    rw, rb, rloss, rsteps = net221_train(*START, trace=True)
    assert same_bits(w, rw) and same_bits(b, rb) and same_bits(loss, rloss)
    assert steps == rsteps


def test_sixteen_combinations_in_spec_order():
    combos = all_combinations()
    assert len(combos) == 16 == len(set(combos)) and combos[0] == ()
    assert all(list(c) == [d for d in COMPUTATIONAL if d in c] for c in combos)


@pytest.mark.parametrize("defect, step, variable", [
    ("x1-typo", 1, "sum_h1"),
    ("b2-chain", 1, "dL_db2"),
    ("output-extra-factor", 1, "dL_dw5"),
    ("one-sample-epochs", 4, "loss"),      # the same steps, but the loss is not recorded after step 4
])
def test_each_defect_first_diverges_where_spec_a8_says(correct_trace, defect, step, variable):
    defective = simulate(*START, (defect,), trace=True)[3]
    divergence = first_divergence(correct_trace[3], defective, 1e-12, 0.0)
    assert (divergence["step"], divergence["variable"]) == (step, variable)


def test_one_sample_epochs_is_a_quarter_of_the_steps():
    w, b, loss, steps = simulate(*START, ("one-sample-epochs",), trace=True)
    assert len(steps) == 1000 and loss.size == 100
    assert [k + 1 for k, s in enumerate(steps) if "loss" in s] == loss_steps(("one-sample-epochs",), 4, 100)
    correct_steps = simulate(*START, (), trace=True)[3]
    assert steps[:3] == correct_steps[:3]   # same rows 1, 2, 3 in the same order


def test_x1_typo_keeps_the_hidden_partials_inputs():
    """SPEC A8 defect 1: only sum_h1 reads X(1) twice; dh1/dw2 is still x2 * sigma'(sum_h1)."""
    first = simulate(*START, ("x1-typo",), 0.1, 1, trace=True)[3][0]
    x1, x2 = START[2][0]
    w0, b0 = START[0], START[1]
    assert first["sum_h1"] == w0[0] * x1 + w0[1] * x1 + b0[0]
    assert first["dh1_dw2"] / first["dh1_db1"] == pytest.approx(x2)
    assert first["sum_h2"] == w0[2] * x1 + w0[3] * x2 + b0[1]


def test_every_combination_gives_a_different_trained_result():
    """So the port checker's match is unambiguous: the closest two differ far beyond its rtol."""
    results = {c: np.concatenate(simulate(*START, c)) for c in all_combinations()}
    combos = list(results)
    closest = min(np.max(np.abs(results[a] - results[b]) / (np.abs(results[a]) + 1e-12))
                  for i, a in enumerate(combos) for b in combos[i + 1:]
                  if results[a].size == results[b].size)
    assert closest > 1e-4
