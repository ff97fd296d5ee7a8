"""Training the layered network on MNIST as the book does (SPEC C3), from a seed fixed in advance.

[784, 30, 10], mini-batch 10, eta 3.0, 30 epochs; weights and biases drawn from a standard
normal.  Randomness comes from one numpy Generator seeded with SEED: first the start parameters
(flat p, packed as nnref.network does), then one permutation of the training samples per epoch.
SEED was fixed before the first run and never tuned.  Both languages can be given the same p and
the same orders, so Python and Octave train identically (tests/test_mnist_train.py).
"""
import numpy as np
from tqdm import tqdm

from nnref import mnist
from nnref.network import forward, parameter_count, unpack_views
from nnref.network_sgd import sgd_epoch

SEED = 1
SIZES = (784, 30, 10)
BATCH_SIZE, ETA, EPOCHS = 10, 3.0, 30


def one_hot(labels: np.ndarray, dtype=np.float64) -> np.ndarray:
    """10 x N targets: column j is e_(labels[j])."""
    Y = np.zeros((10, labels.size), dtype=dtype)
    Y[labels, np.arange(labels.size)] = 1
    return Y


def start(sizes=SIZES, seed: int = SEED):
    """(p0, rng): p0 ~ N(0, 1), one value per weight and bias; rng continues for the orders."""
    rng = np.random.default_rng(seed)
    return rng.standard_normal(parameter_count(tuple(sizes))), rng


def predictions(sizes, p: np.ndarray, images: np.ndarray) -> np.ndarray:
    """Predicted digit (0..9, first maximum on a tie) for each row of `images` (N x 784)."""
    X = np.ascontiguousarray(images.T, dtype=p.dtype)
    return np.argmax(forward(*unpack_views(tuple(sizes), p), X)[1][-1], axis=0)


def train(sizes=SIZES, epochs: int = EPOCHS, seed: int = SEED, train_size: int = 50000,
          data: dict | None = None, dtype=np.float64, progress: bool = True) -> dict:
    """Train from `start(sizes, seed)`; returns {"p", "accuracy": [test accuracy per epoch]}."""
    data = data or mnist.load()
    images, labels = data["training"]
    X = np.ascontiguousarray(images[:train_size].T, dtype=dtype)
    Y = one_hot(labels[:train_size], dtype)
    test_images, test_labels = data["test"]
    p, rng = start(sizes, seed)
    p = p.astype(dtype)
    accuracy = []
    bar = tqdm(range(epochs), desc=f"MNIST {list(sizes)}", disable=not progress)
    for _ in bar:
        order = rng.permutation(train_size)
        p = sgd_epoch(tuple(sizes), p, X, Y, order, BATCH_SIZE, dtype(ETA))
        accuracy.append(float(np.mean(predictions(sizes, p, test_images) == test_labels)))
        bar.set_postfix(test=f"{accuracy[-1]:.4f}")
    return {"p": p, "accuracy": accuracy}
