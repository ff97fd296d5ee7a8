"""Lab figures that no other module draws, for docs/labs.md (every point computed):

python -m nnref.report.figures DIR [--mnist]
  neuron_sigmoid.png   sigma and sigma' (SPEC A1, A5) with the published point sigma(7)
  net241_moons.png     the 2-4-1 network on the two-moons data of shared_fixtures/net241.json,
                       trained from its stored start with each optimizer (SPEC D)
  mnist_accuracy.png   (--mnist: about a minute) test accuracy per epoch of [784, 30, 10], 30
                       epochs from nnref.mnist_train's seed, beside the published 9032 and 9458
"""
import argparse
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from nnref.fixtures import fixture_path, load_fixture  # noqa: E402

PNG_METADATA = {"Software": None}
MOONS_CASE = "moons-adam-amsgrad"     # its inputs: the data and the stored start
OPTIMIZERS = (("sgd", {"lr": 0.5}), ("sgd", {"lr": 0.5, "momentum": 0.9}),
              ("adagrad", {"lr": 0.1}), ("rmsprop", {"lr": 0.01}), ("adam", {"lr": 0.05}))
MOONS_EPOCHS = 600
PUBLISHED_MNIST = {1: 0.9032, 30: 0.9458}   # SPEC C3, after epochs 0 and 29 (1-based: 1, 30)


def plot_sigmoid():
    from nnref.sigmoid import sigmoid, sigmoid_prime
    z = np.linspace(-8, 8, 321)
    figure, axes = plt.subplots(figsize=(6, 3.8), layout="constrained")
    axes.plot(z, sigmoid(z), label="sigma(z) = 1 / (1 + exp(-z))")
    axes.plot(z, sigmoid_prime(z), label="sigma'(z) = sigma(z) (1 - sigma(z))")
    axes.plot([7], sigmoid(np.array([7.0])), "o", color="C3",
              label=f"SPEC A1: sigma(7) = {sigmoid(np.array(7.0)).item():.16g}")
    axes.set(xlabel="z", title="The sigmoid and its derivative (SPEC A1, A5)")
    axes.grid(True, color="0.9")
    axes.legend(loc="center left", fontsize=8)
    return figure


def moons_losses() -> dict:
    from nnref.net241 import net241_train
    case = {c.id: c for c in load_fixture(fixture_path("net241")).cases}[MOONS_CASE]
    start = [case.inputs[name] for name in ("X", "Y", "W1", "B1", "W2", "B2")]
    losses = {}
    for name, hyper in OPTIMIZERS:
        label = name + "".join(f", {k} {v}" for k, v in hyper.items())
        losses[label] = net241_train(*start, MOONS_EPOCHS, name, hyper)[4]
    return losses


def plot_moons(losses: dict):
    figure, axes = plt.subplots(figsize=(6.5, 4), layout="constrained")
    for label, values in losses.items():
        axes.semilogy(np.arange(1, len(values) + 1), values, label=label)
    axes.set(xlabel="epoch (full batch)", ylabel="binary cross-entropy",
             title=f"2-4-1 network on two moons ({MOONS_CASE} start), SPEC D")
    axes.grid(True, which="both", color="0.92")
    axes.legend(fontsize=8)
    return figure


def plot_mnist(accuracy: list):
    figure, axes = plt.subplots(figsize=(6.5, 4), layout="constrained")
    epochs = np.arange(1, len(accuracy) + 1)
    axes.plot(epochs, accuracy, "o-", markersize=3, label="nnref (numpy), seed 1")
    axes.plot(list(PUBLISHED_MNIST), list(PUBLISHED_MNIST.values()), "s", color="C3",
              label="published (SPEC C3): 9032 and 9458 of 10,000")
    axes.set(xlabel="epoch", ylabel="test accuracy (10,000 images)",
             title="MNIST [784, 30, 10], mini-batch 10, eta 3.0")
    axes.grid(True, color="0.9")
    axes.legend(loc="lower right", fontsize=8)
    return figure


def write(figure, path: Path) -> Path:
    figure.savefig(path, dpi=100, metadata=PNG_METADATA)
    plt.close(figure)
    return path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nnref.report.figures",
                                     description="draw the lab figures of docs/labs.md")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--mnist", action="store_true", help="also train MNIST for 30 epochs")
    options = parser.parse_args(argv)
    options.directory.mkdir(parents=True, exist_ok=True)
    written = [write(plot_sigmoid(), options.directory / "neuron_sigmoid.png"),
               write(plot_moons(moons_losses()), options.directory / "net241_moons.png")]
    if options.mnist:
        from nnref.mnist_train import train
        accuracy = train(progress=False)["accuracy"]
        written.append(write(plot_mnist(accuracy), options.directory / "mnist_accuracy.png"))
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
