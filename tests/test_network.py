"""The layered network (SPEC C) beyond its fixture cases: every published digit of C1 and C2
in both languages, the matrix form against the book's per-sample form, the batch gradient
against the mean of per-sample gradients, packing, shapes, and the sample order."""
import random

import numpy as np
import pytest

from conftest import CASES
from nnref.network import network_backprop, network_backprop_batch, network_pack, network_unpack
from nnref.network_persample import network_sgd_epoch_persample
from nnref.network_sgd import network_sgd_epoch, network_sgd_step
from nnref.runners import octave_call

PUBLISHED = [c for c in CASES if c.algorithm == "network" and c.id.endswith("-published")]


def count(sizes):
    return sum(n * (n_prev + 1) for n_prev, n in zip(sizes[:-1], sizes[1:]))


def random_problem(sizes, N, seed):
    rng = random.Random(seed)
    p = np.array([rng.gauss(0, 1) for _ in range(count(sizes))])
    X = np.array([[rng.random() for _ in range(N)] for _ in range(sizes[0])])
    Y = np.array([[rng.random() for _ in range(N)] for _ in range(sizes[-1])])
    order = list(range(1, N + 1))
    rng.shuffle(order)
    return np.array(sizes, dtype=float), p, X, Y, np.array(order, dtype=float)


def test_c1_and_c2_published_cases_cover_the_spec():
    """Every quantity of the C1 table and C2's output and updated parameters is a published case."""
    ids = {c.id for c in PUBLISHED}
    assert {"c1-forward-published", "c1-backprop-published", "c1-step-published",
            "c1-forward-after-step-published", "c1-cost-before-published",
            "c1-cost-after-published", "c2-feedforward-published", "c2-step-published"} <= ids
    values = {float(v) for c in PUBLISHED for e in c.expected.values() for v in np.ravel(e)}
    for published in (1.124, 0.7547299213576082, 1.73908830732614, 0.850571226530534,
                      -0.018992369482903983, -0.014334109526226761, -0.04653130523311476,
                      -0.1081007630517096, 2.451433410952623, -0.008613534018377424,
                      -0.006890827214701939, -0.13913864659816227, 1.5806890827214704,
                      1.125412619579014, 0.7549913210309638, 1.7427101863028525,
                      0.8510309824120517, 0.011164479170294499, 0.011095884100559231,
                      0.2767680516374988, 0.294409667503439, 0.007213398685085713,
                      -0.49464210969243627, -0.8201381409764879, -0.865302316289459,
                      -0.07493331265769729, -0.7690447247644799, -0.33337477682095795,
                      0.07526987250180259, -0.11738907891454071, 0.45404967777136485,
                      -0.6577281283667454, 0.5662596554083136, -0.1582082062491615,
                      -0.8753298065622904, 0.5370138388568242, 0.7599472770415682,
                      0.01702787718854813):
        assert published in values, published


@pytest.mark.parametrize("case", PUBLISHED, ids=lambda c: c.id)
def test_every_published_digit(case, lang, outcomes):
    """Rounded to as many significant digits as SPEC prints, each result reads as printed."""
    outcome = outcomes[lang][case.uid]
    assert outcome.outputs is not None, outcome.error_message
    for name, expected in case.expected.items():
        got = np.ravel(outcome.outputs[name])
        for g, e in zip(got, np.ravel(expected)):
            printed = repr(float(e))
            digits = len(printed.lstrip("-0.").replace(".", "").rstrip("0")) or 1
            assert f"{g:.{digits}g}" == f"{e:.{digits}g}", f"{case.id} [{lang}] {name}: {g!r} vs {printed}"


@pytest.mark.parametrize("sizes", [[5, 7, 4], [3, 5, 4, 2], [4, 3, 3, 3, 2]])
def test_matrix_form_and_persample_form_give_the_same_weights(octave, sizes):
    s, p, X, Y, order = random_problem(sizes, 50, sum(sizes))
    matrix = network_sgd_epoch(s, p, X, Y, order, 8, 3.0)          # batches 8 x 6, then 2
    persample = network_sgd_epoch_persample(s, p, X, Y, order, 8, 3.0)
    np.testing.assert_allclose(persample, matrix, rtol=1e-12, atol=1e-14)
    assert np.max(np.abs(matrix - p)) > 0.1                        # the epoch did move p
    octave_matrix = octave_call(octave, "network_sgd_epoch", s, p, X, Y, order, 8.0, 3.0)
    octave_persample = octave_call(octave, "network_sgd_epoch_persample", s, p, X, Y, order, 8.0, 3.0)
    np.testing.assert_allclose(np.ravel(octave_persample), np.ravel(octave_matrix), rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(np.ravel(octave_matrix), matrix, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("sizes", [[3, 5, 4, 2], [4, 3, 3, 3, 2], [3, 2]])
def test_batch_gradient_is_the_mean_of_sample_gradients(octave, sizes):
    s, p, X, Y, _ = random_problem(sizes, 9, 7 * len(sizes))
    g, C = network_backprop_batch(s, p, X, Y)
    per_sample = [network_backprop(s, p, X[:, j], Y[:, j]) for j in range(9)]
    np.testing.assert_allclose(g, np.mean([r[0] for r in per_sample], axis=0), rtol=1e-13, atol=1e-16)
    assert C == pytest.approx(np.mean([r[1] for r in per_sample]), rel=1e-14)
    octave_g = np.ravel(octave_call(octave, "network_backprop_batch", s, p, X, Y))
    octave_each = [np.ravel(octave_call(octave, "network_backprop", s, p, X[:, j], Y[:, j]))
                   for j in range(9)]
    np.testing.assert_allclose(octave_g, np.mean(octave_each, axis=0), rtol=1e-13, atol=1e-16)


def test_epoch_takes_the_batches_in_the_given_order(octave):
    """order [3 1 4 2 5], m = 2: batches {3, 1}, {4, 2}, {5} (1-based), in both languages."""
    s, p, X, Y, _ = random_problem([2, 3, 2], 5, 11)
    order = np.array([3, 1, 4, 2, 5])
    by_hand = p
    for batch in ([2, 0], [3, 1], [4]):
        by_hand = network_sgd_step(s, by_hand, X[:, batch], Y[:, batch], 0.7)
    epoch = network_sgd_epoch(s, p, X, Y, order, 2, 0.7)
    np.testing.assert_array_equal(epoch, by_hand)
    octave_epoch = octave_call(octave, "network_sgd_epoch", s, p, X, Y, order.astype(float), 2.0, 0.7)
    np.testing.assert_allclose(np.ravel(octave_epoch), by_hand, rtol=1e-13)
    other = network_sgd_epoch(s, p, X, Y, order[::-1].copy(), 2, 0.7)
    assert not np.allclose(other, epoch)                 # the order is really used


def test_pack_unpack_in_both_languages(octave):
    s, p, _, _, _ = random_problem([3, 4, 2], 1, 5)
    Ws, bs = network_unpack(s, p)
    assert [W.shape for W in Ws] == [(4, 3), (2, 4)] and [b.shape for b in bs] == [(4, 1), (2, 1)]
    assert Ws[0][1, 0] == p[3] and bs[0][0, 0] == p[12] and Ws[1][0, 0] == p[16]  # row by row
    np.testing.assert_array_equal(network_pack(Ws, bs), p)
    W_octave, b_octave = octave_call(octave, "network_unpack", s, p, nout=2)
    for W, Wo in zip(Ws, np.ravel(np.asarray(W_octave, dtype=object))):
        np.testing.assert_array_equal(np.asarray(Wo), W)
    np.testing.assert_array_equal(np.ravel(octave_call(octave, "network_pack", W_octave, b_octave)), p)


@pytest.mark.parametrize("shape", [(17,), (1, 17), (17, 1)])
def test_results_keep_the_shape_of_p(octave, shape):
    s, p, X, Y, order = random_problem([2, 3, 2], 4, 3)
    p = p.reshape(shape)
    assert network_backprop_batch(s, p, X, Y)[0].shape == shape
    assert network_sgd_epoch(s, p, X, Y, order, 2, 0.5).shape == shape
    assert network_backprop(s, p, X[:, 0], Y[:, 0])[0].shape == shape
    octave_shape = shape if len(shape) == 2 else (1, 17)
    assert np.shape(octave_call(octave, "network_sgd_epoch_persample", s, p, X, Y, order, 2.0, 0.5)) == octave_shape
    assert np.shape(octave_call(octave, "network_backprop_batch", s, p, X, Y)) == octave_shape
