"""`nnref check-port net221 PATH` (SPEC G): check someone's port of SPEC A7 as a black box.

PATH is a directory with BPNeural.m (`[w, b, loss] = BPNeural(w0, b0, X, y)`) and its helpers
sigmoid, deriv_sigmoid, mse_loss, feedforward.  Only file names, function names and the
function line are read.  The checker
1. reads BPNeural's function line; without outputs it reports `no-outputs` and runs a copy
   whose function line returns its first two inputs (which the published code updates);
2. runs BPNeural in a fresh Octave session, on a temporary copy with figure calls neutralised
   (nnref.ports.sandbox), from start set 1 of shared_fixtures/net221_train.json on the SPEC A4
   data; an error there is verdict "error" with Octave's message (exit 2);
3. tests the sigmoid helper on its own on a row and a column: `scalar-sigmoid` if it fails;
4. replays the training in Python (nnref.net221_defects) with every combination of the
   computational defects of SPEC A8 and reports the combination that reproduces the port's w,
   b (and loss) within MATCH_RTOL, with the first divergence of that combination's step trace
   from the correct one; no combination -> "unexplained" and the first output that differs.
"""
import re
import shutil
import sys
from pathlib import Path

import numpy as np

from nnref.errors import NnrefError
from nnref.net221_defects import COMPUTATIONAL, all_combinations, loss_steps, simulate
from nnref.ports import error_document
from nnref.ports.sandbox import neutralised_copy
from nnref.sigmoid import sigmoid
from nnref.trace import first_divergence

KIND = "net221"
DEFECT_ORDER = ("x1-typo", "b2-chain", "output-extra-factor", "one-sample-epochs",
                "no-outputs", "scalar-sigmoid")
EXPLANATIONS = {
    "x1-typo": "x1-typo: sum_h1 reads X(1) where X(2) belongs (SPEC A8 defect 1)",
    "b2-chain": "b2-chain: b(2) is updated through dypred/dh1 instead of dypred/dh2 (SPEC A8 defect 2)",
    "output-extra-factor": "output-extra-factor: w(5), w(6), b(3) updates carry an extra factor "
                           "dypred/dh1 (SPEC A8 defect 3)",
    "one-sample-epochs": "one-sample-epochs: each of the 1000 'epochs' trains on one sample, "
                         "250 passes instead of 1000 (SPEC A8 defect 4)",
    "no-outputs": "no-outputs: BPNeural has no output arguments, so the trained parameters never "
                  "reach the caller (SPEC A8 defect 5); recovered from a copy returning its "
                  "first two inputs",
    "scalar-sigmoid": "scalar-sigmoid: sigmoid is not element-wise on a vector (1/v is a matrix "
                      "division; use ./) (SPEC A8 defect 6)",
}
MATCH_RTOL, MATCH_ATOL = 1e-7, 1e-12     # port (Octave) vs replay (Python): rounding only
TRACE_RTOL, TRACE_ATOL = 1e-12, 0.0      # two Python replays: any difference is a defect
OCTAVE_TIMEOUT = 300                     # seconds for the whole port run
SIGMOID_PROBE = np.array([[-3.0, -0.5, 0.0, 0.75, 2.0]])
FUNCTION_LINE = re.compile(r"function\s*(?:(?P<outputs>\[[^\]]*\]|[A-Za-z]\w*)\s*=\s*)?"
                           r"(?P<name>[A-Za-z]\w*)\s*(?:\((?P<inputs>[^)]*)\))?")


def check_port(path) -> dict:
    """The SPEC G document for the port in `path`; never raises."""
    try:
        return _check(Path(path))
    except NnrefError as err:
        return error_document(KIND, err.message)
    except Exception as err:  # the contract is a document and exit 2, never a traceback
        return error_document(KIND, f"the checker failed: {type(err).__name__}: {err}")


def _check(path: Path) -> dict:
    if not path.is_dir():
        reason = "is not a directory" if path.exists() else "does not exist"
        raise NnrefError("nnref:badPort", f"{path} {reason}: a net221 port is a directory with "
                         "BPNeural.m and its helpers")
    if not (path / "BPNeural.m").is_file():
        raise NnrefError("nnref:badPort", f"{path} has no BPNeural.m: a net221 port is a "
                         "directory with BPNeural.m and sigmoid.m, deriv_sigmoid.m, mse_loss.m, "
                         "feedforward.m")
    signature = read_function_line(path / "BPNeural.m")
    w0, b0, X, y = start_inputs()
    port = run_port(path, signature, w0, b0, X, y)
    found = set(port["defects"])
    reference = simulate_all(w0, b0, X, y)
    matched = next((combo for combo, result in reference.items()
                    if outputs_match(port, result)), None)
    caller = ("the copy of BPNeural with outputs" if "no-outputs" in found else "BPNeural")
    messages = [f"started from shared_fixtures/net221_train.json::train-start-1 on the SPEC A4 "
                f"data; {caller} returned {_returned(port)}"] + port["messages"]
    if matched is None:
        divergence = first_differing_output(port, reference[()], len(X))
        messages.append("unexplained: no combination of the catalogued defects ("
                        + ", ".join(COMPUTATIONAL) + ") reproduces the port's trained "
                        f"result; first differing output: {divergence['variable']}")
        return _document("unexplained", found, divergence, messages)
    found |= set(matched)
    divergence = None
    if matched:
        correct = simulate(w0, b0, X, y, (), trace=True)[3]
        defective = simulate(w0, b0, X, y, matched, trace=True)[3]
        divergence = first_divergence(correct, defective, TRACE_RTOL, TRACE_ATOL)
    return _document("defective" if found else "ok", found, divergence, messages)


def _document(verdict, defects, divergence, messages) -> dict:
    ordered = [d for d in DEFECT_ORDER if d in defects]
    return {"kind": KIND, "verdict": verdict, "defects": ordered,
            "first_divergence": divergence,
            "messages": messages + [EXPLANATIONS[d] for d in ordered]}


def read_function_line(path: Path) -> dict:
    """{"outputs": [...], "name", "inputs": [...], "first", "last"} of the first function line
    (0-based line numbers; a line continued with ... spans several)."""
    lines = path.read_text(errors="replace").splitlines()
    for first, line in enumerate(lines):
        text = line.strip()
        if not text or text.startswith(("%", "#")):
            continue
        last = first
        while text.split("%")[0].rstrip().endswith("...") and last + 1 < len(lines):
            last += 1
            text = text.split("%")[0].rstrip()[:-3] + " " + lines[last].strip()
        match = FUNCTION_LINE.match(text)
        if match is None:
            raise NnrefError("nnref:badPort", f"{path} is a script, not a function: its first "
                             f"statement is {text!r}")
        outputs = re.findall(r"[A-Za-z]\w*", match["outputs"] or "")
        inputs = re.findall(r"[A-Za-z~]\w*", match["inputs"] or "")
        if match["name"] != "BPNeural":
            raise NnrefError("nnref:badPort", f"{path} defines function {match['name']}, "
                             "not BPNeural")
        if len(inputs) != 4 or "varargin" in inputs:
            raise NnrefError("nnref:badPort", f"BPNeural takes {len(inputs)} inputs "
                             f"({', '.join(inputs)}); the interface is BPNeural(w0, b0, X, y)")
        return {"outputs": outputs, "name": match["name"], "inputs": inputs,
                "first": first, "last": last}
    raise NnrefError("nnref:badPort", f"{path} has no function line")


def start_inputs():
    """w0, b0, X, y of shared_fixtures/net221_train.json case train-start-1."""
    from nnref.fixtures import fixture_path, load_fixture
    case = next(c for c in load_fixture(fixture_path("net221_train")).cases
                if c.id == "train-start-1")
    return tuple(np.asarray(case.inputs[name], dtype=float) for name in ("w0", "b0", "X", "y"))


def run_port(path: Path, signature: dict, w0, b0, X, y) -> dict:
    """Run BPNeural (and probe sigmoid) in a fresh Octave on a neutralised temporary copy."""
    from nnref.octave import start_octave
    copy = neutralised_copy(path)
    session = None
    defects, messages = [], []
    try:
        nout = min(len(signature["outputs"]), 3)
        if nout == 0:
            defects.append("no-outputs")
            rewrite_function_line(copy / "BPNeural.m", signature)
            nout = 2
        session = start_octave(timeout=OCTAVE_TIMEOUT)
        session.addpath(str(copy))
        result = port_call(session, "BPNeural", nout, w0.reshape(1, -1), b0.reshape(1, -1),
                           X, y.reshape(1, -1))
        if not result["ok"]:  # Octave's message, naming the port's files, not the copy's
            message = " ".join(result["message"].replace(str(copy), str(path)).split())
            raise NnrefError("nnref:portFailed", f"BPNeural failed in Octave: {message}")
        outputs = list(result["outputs"])
        if (path / "sigmoid.m").is_file():
            problem = probe_sigmoid(session)
            if problem:
                defects.append("scalar-sigmoid")
                messages.append(problem)
        else:
            messages.append("no sigmoid.m: the sigmoid helper was not tested on its own")
    finally:
        if session is not None:
            try:
                session.exit()
            except Exception:  # a session that timed out may already be gone
                pass
        shutil.rmtree(copy, ignore_errors=True)
    port = {"defects": defects, "messages": messages, "nout": nout,
            "w": _flat(outputs[0]), "b": _flat(outputs[1]) if nout > 1 else None,
            "loss": _flat(outputs[2]) if nout > 2 else None}
    return port


def rewrite_function_line(path: Path, signature: dict) -> None:
    """Give BPNeural outputs: its first two inputs (the parameters it updates in place)."""
    lines = path.read_text(errors="replace").splitlines()
    first_two = ", ".join(signature["inputs"][:2])
    lines[signature["first"]:signature["last"] + 1] = [
        f"function [{first_two}] = BPNeural({', '.join(signature['inputs'])})"]
    path.write_text("\n".join(lines) + "\n")


def port_call(session, name: str, nout: int, *args) -> dict:
    """nnref.net221_port_call in the session (Octave's feval takes the dotted name, as in
    nnref.runners.octave_call); anything Octave prints goes to stderr, never to stdout."""
    result = session.feval("feval", "nnref.net221_port_call", name, nout, *args,
                           stream_handler=lambda line: print(line, file=sys.stderr))
    outputs = np.asarray(result["outputs"], dtype=object).reshape(-1) if nout else []
    return {"ok": bool(result["ok"]), "message": str(result["message"]), "outputs": outputs}


def probe_sigmoid(session) -> str:
    """'' if the port's sigmoid is element-wise on a scalar, a row and a column; else why not."""
    for label, z in (("a scalar", SIGMOID_PROBE[:, 2:3]), ("a 1x5 row", SIGMOID_PROBE),
                     ("a 5x1 column", SIGMOID_PROBE.T)):
        result = port_call(session, "sigmoid", 1, z)
        if not result["ok"]:
            return f"sigmoid on {label} fails: {result['message']}"
        got = np.atleast_2d(np.asarray(result["outputs"][0], dtype=float))
        if got.shape != z.shape:
            return f"sigmoid on {label} returns size {got.shape[0]}x{got.shape[1]}"
        if not np.allclose(got, sigmoid(z), rtol=1e-12, atol=0):
            return f"sigmoid on {label} returns {got.ravel().tolist()}, not sigma element-wise"
    return ""


def simulate_all(w0, b0, X, y) -> dict:
    """combination -> (w, b, loss) of the replay, for every combination of SPEC A8's defects."""
    return {combo: simulate(w0, b0, X, y, combo) for combo in all_combinations()}


def outputs_match(port: dict, replay) -> bool:
    w, b, loss = replay
    pairs = [(port["w"], w), (port["b"], b)] + ([(port["loss"], loss)] if port["nout"] > 2 else [])
    return all(got is not None and got.size == want.size and
               np.allclose(got, want, rtol=MATCH_RTOL, atol=MATCH_ATOL) for got, want in pairs)


def first_differing_output(port: dict, correct, n_rows: int) -> dict:
    """{"step", "variable", "expected", "got"} of the first of w1..w6, b1..b3, loss (in that
    order) where the port differs from the correct replay; step is when the value was made."""
    w, b, loss = correct
    final = 1000 * n_rows
    candidates = [(final, f"w{i + 1}", w[i], port["w"], i) for i in range(6)]
    candidates += [(final, f"b{i + 1}", b[i], port["b"], i) for i in range(3)]
    if port["nout"] > 2:
        candidates += [(step, "loss", loss[k], port["loss"], k)
                       for k, step in enumerate(loss_steps((), n_rows, loss.size))]
    for step, name, want, got, index in candidates:
        if got is None or index >= got.size:
            return {"step": step, "variable": name, "expected": float(want), "got": None}
        if not np.isclose(got[index], want, rtol=MATCH_RTOL, atol=MATCH_ATOL):
            return {"step": step, "variable": name, "expected": float(want),
                    "got": _number(got[index])}
    if port["nout"] > 2 and port["loss"].size != loss.size:
        return {"step": final, "variable": f"loss[size {port['loss'].size}, expected {loss.size}]",
                "expected": None, "got": None}
    return {"step": final, "variable": "", "expected": None, "got": None}


def _flat(value) -> np.ndarray | None:
    try:
        array = np.asarray(value, dtype=float).reshape(-1)
    except (TypeError, ValueError):
        return None
    return array


def _number(value):
    value = float(value)
    return value if np.isfinite(value) else None


def _returned(port: dict) -> str:
    sizes = [f"{name} ({'-' if port[name] is None else port[name].size} values)"
             for name in ("w", "b", "loss")[:port["nout"]]]
    return ", ".join(sizes)
