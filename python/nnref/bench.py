"""`nnref bench mnist`: one MNIST configuration timed in every implementation, in one run.

[784, 30, 10], mini-batch 10, eta 3.0, the same start parameters and the same sample orders
(nnref.mnist_train.start) for every implementation (SPEC Part G):
  per-sample     the book's loop over the samples of each batch (nnref.network_persample), float64
  numpy          the matrix form tuned for small batches (nnref.network_fast), float64
  numpy-float32  the same in float32
  octave         the Octave loop nnref.network_sgd_epoch_core, timed inside Octave (tic/toc)
Speed is reported as seconds per epoch, the speed-up over per-sample measured in this same run
(machines are noisy: only ratios within one run mean much), and GFLOP/s next to the machine's
measured matmul peak.
"""
import os
import platform
import time

import numpy as np

from nnref import mnist
from nnref.mnist_train import BATCH_SIZE, ETA, SIZES, one_hot, predictions, start
from nnref.network_persample import sgd_epoch_persample
from nnref.network_fast import sgd_epoch_rows

IMPLEMENTATIONS = ("per-sample", "numpy", "numpy-float32", "octave")
WARM_UP = 100  # samples run once, untimed, before the timed epochs (first calls allocate and load)


def flops_per_sample(sizes) -> int:
    """Multiply-adds x 2 of one sample's forward and backward pass (matrix products only):
    forward W^l a^(l-1), backward dC/dW^l and, below the top layer, W^l' dC/dz^l."""
    products = [n * m for m, n in zip(sizes[:-1], sizes[1:])]
    return 2 * (2 * sum(products) + sum(products[1:]))


def matmul_peak_gflops(dtype, n: int = 1024, repeats: int = 5) -> float:
    a = np.random.default_rng(0).standard_normal((n, n)).astype(dtype)
    best = min(_timed(lambda: a @ a) for _ in range(repeats))
    return 2 * n ** 3 / best / 1e9


def _timed(function) -> float:
    began = time.perf_counter()
    function()
    return time.perf_counter() - began


def run_python(name, p0, X, Y, orders):
    """per-sample takes samples as columns (the book's layout); the numpy entries as rows."""
    dtype = np.float32 if name == "numpy-float32" else np.float64
    p = p0.astype(dtype)
    if name == "per-sample":
        epoch, X, Y = sgd_epoch_persample, X, Y
    else:
        epoch, X, Y = sgd_epoch_rows, np.ascontiguousarray(X.T, dtype), np.ascontiguousarray(Y.T, dtype)
    epoch(SIZES, p, X, Y, orders[0][:WARM_UP], BATCH_SIZE, dtype(ETA))  # untimed: first-call costs
    seconds = []
    for order in orders:
        began = time.perf_counter()
        p = epoch(SIZES, p, X, Y, order, BATCH_SIZE, dtype(ETA))
        seconds.append(time.perf_counter() - began)
    return p, seconds


def run_octave(p0, X, Y, orders):
    """Data is sent and checked once; each epoch (nnref.network_sgd_epoch_core, the loop
    without the data checks, as the numpy entries) is timed by Octave's own tic/toc."""
    from nnref.octave import start_octave
    session = start_octave()
    sizes = "[" + " ".join(str(n) for n in SIZES) + "]"
    try:
        session.push(["nnref_X__", "nnref_Y__", "nnref_p__"], [X, Y, p0.reshape(1, -1)])
        session.eval(f"nnref.network_check_data({sizes}, nnref_X__, nnref_Y__); "
                     f"[nnref_W__, nnref_b__] = nnref.network_unpack({sizes}, nnref_p__); "
                     f"nnref.network_sgd_epoch_core(nnref_W__, nnref_b__, nnref_X__(:, 1:{WARM_UP}), "
                     f"nnref_Y__(:, 1:{WARM_UP}), 1:{WARM_UP}, {BATCH_SIZE}, {ETA});", nout=0)
        seconds = []
        for order in orders:
            session.push("nnref_order__", (order + 1).reshape(1, -1).astype(float))
            session.eval(f"[nnref_W__, nnref_b__] = nnref.network_unpack({sizes}, nnref_p__); "
                         "nnref_t__ = tic; nnref_p__ = nnref.network_sgd_epoch_core(nnref_W__, "
                         f"nnref_b__, nnref_X__, nnref_Y__, nnref_order__, {BATCH_SIZE}, {ETA}); "
                         "nnref_s__ = toc(nnref_t__);", nout=0)
            seconds.append(float(session.pull("nnref_s__")))
        return np.asarray(session.pull("nnref_p__"), dtype=float).reshape(-1), seconds
    finally:
        session.exit()


def bench_mnist(epochs: int = 1, train_size: int = 50000, implementations=IMPLEMENTATIONS,
                data: dict | None = None) -> dict:
    data = data or mnist.load()
    images, labels = data["training"]
    X = np.ascontiguousarray(images[:train_size].T)
    Y = one_hot(labels[:train_size])
    test_images, test_labels = data["test"]
    p0, rng = start()
    orders = [rng.permutation(train_size) for _ in range(epochs)]
    flops = flops_per_sample(SIZES) * train_size
    rows = []
    for name in implementations:
        runner = (lambda: run_octave(p0, X, Y, orders)) if name == "octave" else \
            (lambda: run_python(name, p0, X, Y, orders))
        p, seconds = runner()
        s_per_epoch = float(np.mean(seconds))
        accuracy = float(np.mean(predictions(SIZES, np.asarray(p, dtype=np.float64), test_images)
                                 == test_labels))
        rows.append({"name": name, "s_per_epoch": s_per_epoch, "accuracy": accuracy,
                     "gflops": flops / s_per_epoch / 1e9})
    baseline = next((r["s_per_epoch"] for r in rows if r["name"] == "per-sample"), None)
    for row in rows:
        row["speedup_vs_per_sample"] = baseline / row["s_per_epoch"] if baseline else None
    return {"config": {"sizes": list(SIZES), "mini_batch": BATCH_SIZE, "eta": ETA,
                       "epochs": epochs, "train_size": train_size, "seed": 1,
                       "flops_per_epoch": flops},
            "implementations": rows, "machine": machine()}


def machine() -> dict:
    from importlib.metadata import version
    info = {"cpu": _cpu_name(), "cores": os.cpu_count(), "python": platform.python_version(),
            "numpy": np.__version__, "oct2py": version("oct2py"),
            "matmul_peak_gflops_float64": matmul_peak_gflops(np.float64),
            "matmul_peak_gflops_float32": matmul_peak_gflops(np.float32)}
    try:
        from threadpoolctl import threadpool_info
        info["blas"] = [f"{i.get('internal_api')} {i.get('version')} ({i.get('architecture')})"
                        for i in threadpool_info() if i.get("user_api") == "blas"]
    except ImportError:
        pass
    return info


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"
