"""Time MNIST training in every implementation in one run and record the result.

    ./dev python benchmarks/bench_mnist.py [--epochs 1] [--train-size 50000]

Writes benchmarks/results/mnist-<UTC time>.json (the `nnref bench mnist --format json` document)
and prints the table.  Compare ratios within one file, not seconds across files: machines and
their load differ.
"""
import argparse
import json
import time
from pathlib import Path

import pandas as pd

from nnref import mnist
from nnref.bench import bench_mnist


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--train-size", type=int, default=50000)
    options = parser.parse_args()
    document = bench_mnist(options.epochs, options.train_size, data=mnist.load(mnist.fetch()))
    results = Path(__file__).parent / "results"
    results.mkdir(exist_ok=True)
    path = results / f"mnist-{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}.json"
    path.write_text(json.dumps(document, indent=2) + "\n")
    print(pd.DataFrame(document["implementations"]).to_string(index=False))
    print(f"matmul peak: {document['machine']['matmul_peak_gflops_float64']:.1f} GFLOP/s (float64)")
    print(f"recorded in {path}")


if __name__ == "__main__":
    main()
