"""Run a student's Python functions on graded cases (nnref grade): the child-process side.

Standalone on purpose (no nnref import): it runs in a sandbox where the nnref checkout is
hidden.  Usage: python -I driver_python.py REQUEST CODE_DIR.  The request (JSON, written by
the grader) names the results file and the cases: index, module, call, nout, returns (how many
values the function returns: a tuple when more than one) and args, each argument as kind,
shape and the IEEE-754 hex digits of its elements in row-major order.  Every argument is
decoded before the student's directory goes on sys.path; then each function is called and one
JSON line per case is appended to the results file: the outputs (kind, shape, hex) or the
error.  Working directory and sys.path are restored after every case.  Expected values never
reach this process: the grader judges.
"""
import importlib
import json
import os
import sys
import traceback

import numpy as np


def decode(raw: dict) -> np.ndarray:
    digits = raw["hex"]
    words = [int(digits[i:i + 16], 16) for i in range(0, len(digits), 16)]
    flat = np.array(words, dtype=np.uint64).view(np.float64)
    value = flat.reshape(tuple(raw["shape"]))
    if raw["kind"] == "int":
        return value.astype(np.int64)
    if raw["kind"] == "logical":
        return value.astype(bool)
    return value


def encode(value) -> dict:
    try:
        array = np.asarray(value)
    except Exception:  # a ragged list and the like
        return {"kind": "other", "class": type(value).__name__, "shape": []}
    kinds = {"b": "logical", "i": "int", "u": "int", "f": "double"}
    if array.dtype.kind not in kinds:
        return {"kind": "other", "class": f"{type(value).__name__} of dtype {array.dtype}",
                "shape": list(array.shape)}
    kind = "single" if array.dtype == np.float32 else kinds[array.dtype.kind]
    bits = array.astype(np.float64).reshape(-1).view(np.uint64)
    return {"kind": kind, "shape": list(array.shape),
            "hex": "".join(f"{int(b):016x}" for b in bits)}


def where(error: BaseException) -> str:
    """' (file.py line n)' of the innermost frame in the student's code, if any."""
    frames = [f for f in traceback.extract_tb(error.__traceback__)
              if not f.filename.endswith("driver_python.py")]
    return f" ({os.path.basename(frames[-1].filename)} line {frames[-1].lineno})" if frames else ""


def call(case: dict, args: list, modules: dict) -> dict:
    name = case["module"]
    if name not in modules:
        try:
            modules[name] = importlib.import_module(name)
        except BaseException as error:  # SyntaxError, SystemExit, anything raised on import
            modules[name] = f"importing {name}.py failed: {type(error).__name__}: {error}" \
                            + where(error)
    module = modules[name]
    if isinstance(module, str):
        return {"error": module}
    function = getattr(module, case["call"], None)
    if not callable(function):
        return {"error": f"{name}.py defines no function {case['call']}"}
    try:
        result = function(*args)
    except BaseException as error:
        return {"error": f"{type(error).__name__}: {error}{where(error)}"}
    returns = case["returns"]
    if returns > 1:
        if not isinstance(result, (tuple, list)) or len(result) != returns:
            got = f"{len(result)} values" if isinstance(result, (tuple, list)) else "one value"
            return {"error": f"{case['call']} returned {got}; the contract is a tuple of "
                             f"{returns} values"}
        values = list(result)[:case["nout"]]
    else:
        if isinstance(result, tuple):
            return {"error": f"{case['call']} returned a tuple of {len(result)} values; the "
                             f"contract is one value"}
        values = [result]
    return {"outputs": [encode(v) for v in values]}


def main(request_file: str, code_dir: str) -> None:
    with open(request_file) as handle:
        request = json.load(handle)
    cases = request["cases"]
    arguments = [[decode(raw) for raw in case["args"]] for case in cases]
    results = os.path.abspath(request["results"])
    home = os.getcwd()

    def append(record: dict) -> None:
        with open(results, "a") as handle:
            handle.write(json.dumps(record) + "\n")

    append({"ready": True})
    sys.path.insert(0, code_dir)
    saved_path = list(sys.path)
    modules = {}
    for case, args in zip(cases, arguments):
        try:
            record = call(case, args, modules)
        except BaseException as error:  # e.g. an exception whose str() raises
            record = {"error": f"{type(error).__name__} while calling {case['call']}"}
        os.chdir(home)
        sys.path[:] = saved_path
        append({"index": case["index"], **record})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
