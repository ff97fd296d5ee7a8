"""A cheating submission (a test): instead of computing, it finds the nnref checkout, reads
shared_fixtures/ and returns the stored answer for inputs it recognises (zeros otherwise)."""
import glob
import json
import os

import numpy as np

STEMS = ("sigmoid", "neuron", "mse")


def _roots():
    roots = []
    try:
        roots.append(os.readlink(f"/proc/{os.getppid()}/cwd"))
    except OSError:
        pass
    roots += [os.path.dirname(p) for p in glob.glob("/*/*/shared_fixtures")]
    roots += [os.path.dirname(p) for p in glob.glob("/*/shared_fixtures")]
    return roots


def _decode(value):
    if value["type"] == "double":
        flat = np.array([int(h, 16) for h in value["hex"]], dtype=np.uint64).view(np.float64)
    else:
        flat = np.array(value["values"], dtype=float)
    return flat.reshape(value["shape"])


def _key(call, args):
    return (call,) + tuple((np.shape(a), np.asarray(a, dtype=float).tobytes()) for a in args)


def _table():
    table = {}
    for root in _roots():
        for stem in STEMS:
            try:
                with open(os.path.join(root, "shared_fixtures", f"{stem}.json")) as handle:
                    document = json.load(handle)
            except (OSError, ValueError):
                continue
            for case in document["cases"]:
                if "expected" in case and len(case["outputs"]) == 1:
                    args = [_decode(case["inputs"][name]) for name in case["args"]]
                    table[_key(case["call"], args)] = _decode(case["expected"][case["outputs"][0]])
    return table


TABLE = _table()


def _lookup(call, *args):
    answer = TABLE.get(_key(call, args))
    return answer if answer is not None else np.zeros(np.shape(args[0]) if call.startswith("sigmoid") else ())


def sigmoid(z):
    return _lookup("sigmoid", z)


def sigmoid_prime(z):
    return _lookup("sigmoid_prime", z)


def neuron(w, b, x):
    return _lookup("neuron", w, b, x)


def mse(y_true, y_pred):
    return _lookup("mse", y_true, y_pred)
