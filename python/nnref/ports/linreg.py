"""`nnref check-port linreg PATH` (SPEC B3, G): a linear-regression port checked from outside.

PATH is a .m script or a directory.  The port must define
`theta = gradient_descent(X, y, alpha, m)` and its helper `gradient_function(theta, X, y, m)`;
the checker relies on file names and function lines only.  What it does, each in a fresh
Octave process (octave-cli; nothing the port prints reaches our stdout):
1. A script whose local functions come after the code that calls them is defect
   `functions-after-use`; the script is run as it is (figures neutralised) to record what
   Octave says ("'gradient_descent' undefined"), and again with its functions moved ahead of
   the code after a `1;` line, to show that this is all that stops it.
2. The port's own functions, one per file, are called with the data of SPEC B3
   (alpha = 0.01, m = 18).  gradient_function is wrapped: each call records theta and the
   gradient (step k is the k-th call, at theta_{k-1}), which gives the update count (calls - 1)
   when gradient_descent has no second output, and stops a runaway descent.
3. The trace, theta and the update count are compared with the reference (nnref.linreg);
   the first disagreement is reported as first_divergence.
Verdict: ok; defective (only catalogued defects, numbers right); unexplained (numbers wrong:
no catalogued linreg defect changes them); error (could not be run: exit 2).
"""
import shutil
import tempfile
from pathlib import Path

import numpy as np

from nnref.ports import error_document
from nnref.ports.linreg_mfile import MFile, calls_before_definition, parse
from nnref.ports.linreg_octave import (TRACE_FILE, PortError, read_result, reordered_script,
                                       run_octave, split_functions, write_driver)
from nnref.ports.sandbox import neutralised_copy
from nnref.trace import first_divergence

KIND = "linreg"
ALPHA, TOL = 0.01, 1e-5
RTOL, ATOL = 1e-8, 1e-10       # operation order differs between ports: ~1e-14 absolute
AFTER_USE = ("functions-after-use: {file} calls {name} (line {line}) before the functions "
             "defined at its end (from line {first}). MATLAB R2016b and later accept local "
             "functions at the end of a script; Octave needs a script's functions defined "
             "before the code that uses them, so Octave 7 stops at the first call. Fix: put "
             "each function in its own file (gradient_descent.m, gradient_function.m), which "
             "runs on both, or (Octave only) move them ahead of the code after a line '1;'.")


def check_port(path) -> dict:
    """The SPEC G document for the port at `path`; never raises."""
    workdir = Path(tempfile.mkdtemp(prefix="nnref-linreg-"))
    try:
        return check(Path(path), workdir)
    except PortError as err:
        return error_document(KIND, str(err))
    except Exception as err:  # a checker bug must still give a JSON document, not a traceback
        return error_document(KIND, f"internal error of the checker: {type(err).__name__}: {err}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def check(path: Path, workdir: Path) -> dict:
    files = [read(p) for p in source_files(path)]
    functions = {}
    for mfile in sorted(files, key=lambda f: f.script):  # function files win over script copies
        for block in mfile.blocks:
            functions.setdefault(block.name, block)
    if "gradient_descent" not in functions:
        raise PortError(f"{path}: no function gradient_descent (SPEC G: the port computes "
                        "theta = gradient_descent(X, y, alpha, m))")
    defects, messages = [], []
    for mfile in files:
        calls = calls_before_definition(mfile)
        if calls:
            name, line = calls[0]
            if "functions-after-use" not in defects:
                defects.append("functions-after-use")
            messages.append(AFTER_USE.format(file=mfile.path.name, name=name, line=line,
                                             first=mfile.blocks[0].line))
            messages.extend(run_script_as_published(mfile, workdir))
    result = run_functions(functions, workdir)
    divergence, number_messages = compare(result, functions)
    messages.extend(number_messages)
    verdict = "unexplained" if divergence else "defective" if defects else "ok"
    return {"kind": KIND, "verdict": verdict, "defects": defects,
            "first_divergence": divergence, "messages": messages}


def source_files(path: Path) -> list:
    if path.is_file() and path.suffix == ".m":
        return [path]
    if path.is_dir():
        found = sorted(path.glob("*.m"))
        if found:
            return found
        raise PortError(f"{path}: no .m files in this directory")
    raise PortError(f"{path}: not a .m file or a directory")


def read(path: Path) -> MFile:
    try:
        return parse(path, path.read_text(errors="replace"))
    except OSError as err:
        raise PortError(f"{path}: cannot read: {err.strerror}") from None


def run_script_as_published(mfile: MFile, workdir: Path) -> list:
    """Run the script as it is, then with its functions moved ahead of the code."""
    messages = []
    body = "\n".join(text for _, text in mfile.body) + "\n"
    for label, text in (("published", mfile.path.read_text(errors="replace")),
                        ("reordered", reordered_script(mfile.blocks, body))):
        source = workdir / label / "nnref_port_script.m"
        source.parent.mkdir()
        source.write_text(text)
        directory = neutralised_copy(source, workdir / f"{label}-run")
        status, message = run_octave(directory, "nnref_port_script")
        if label == "published":
            messages.append(f"Octave, running {mfile.path.name} as it is (figures neutralised), "
                            + (f"stops with: {message}" if status != "ok" else "ran it to the end"))
        else:
            messages.append("with its functions moved ahead of the code, the script "
                            + ("runs to the end" if status == "ok" else f"still fails: {message}"))
    return messages


def run_functions(functions: dict, workdir: Path) -> dict:
    split = workdir / "functions"
    split.mkdir()
    split_functions(functions.values(), split)
    nout = min(2, functions["gradient_descent"].outputs)
    if nout == 0:
        raise PortError("gradient_descent has no output arguments: its theta cannot be observed "
                        "(SPEC G: theta = gradient_descent(X, y, alpha, m))")
    directory = neutralised_copy(split, workdir / "functions-run")
    write_driver(directory, nout)
    status, message = run_octave(directory, "nnref_port_driver")
    result = read_result(directory / TRACE_FILE) if (directory / TRACE_FILE).is_file() else None
    if result is None:
        raise PortError(f"the port's functions could not be run: {message}")
    if result["status"] == "error" and result["identifier"] != "nnref:portRunaway":
        where = result["message"].replace(f"{directory}/", "")  # the checker's copy: one file each
        raise PortError(f"the port stopped with an error: {where}")
    return result


def reference() -> dict:
    from nnref.linreg import linreg_data, linreg_gd
    X, y = linreg_data()
    theta, updates, path, _ = linreg_gd(X, y, [1.0, 1.0], ALPHA, TOL)
    gradients = (X.T @ (X @ path.T - y)).T / X.shape[0]
    return {"theta": theta.ravel(), "updates": updates, "m": X.shape[0],
            "steps": [{"theta": t, "gradient": g} for t, g in zip(path, gradients)]}


def compare(result: dict, functions: dict):
    """(first_divergence or None, messages) for the port's run against the reference."""
    ref = reference()
    traced = "gradient_function" in functions
    steps = [{"theta": row[:2], "gradient": row[2:]} for row in result["trace"]] if traced else []
    calls, messages, divergence = result["calls"], [], None
    second = result["updates"]
    if second is not None and not isinstance(second, int):
        messages.append(f"the second output of gradient_descent ({second!r}) is not an update "
                        "count; it is not compared")
        second = None
    updates = second if second is not None else (calls - 1 if traced else None)
    how = ("its second output" if second is not None else
           f"counted from {calls} calls of gradient_function" if traced else "")
    if traced:
        divergence = first_divergence(ref["steps"][:len(steps)], steps, RTOL, ATOL)
        if divergence:
            messages.extend(hints(divergence, ref, steps))
    if result["status"] == "error":
        messages.append(f"the checker stopped the port: {result['message']}")
        if divergence is None:
            divergence = {"step": len(steps) + 1, "variable": "gradient", "expected": None,
                          "got": None}
    if divergence is None and traced and len(steps) != len(ref["steps"]):
        stop = min(len(steps), len(ref["steps"]))
        divergence = {"step": stop, "variable": "updates", "expected": ref["updates"], "got": updates}
        messages.extend(stop_hint(steps, ref) if len(steps) < len(ref["steps"]) else [])
    theta = result["theta"]
    if divergence is None and (theta is None or theta.size != 2):
        divergence = {"step": len(ref["steps"]), "variable": "theta (returned)",
                      "expected": ref["theta"].tolist(),
                      "got": None if theta is None else theta.ravel().tolist()}
    if divergence is None:
        where = first_divergence([{"theta": ref["theta"]}], [{"theta": theta.ravel()}], 1e-9, 0.0)
        if where:
            divergence = {**where, "step": len(ref["steps"])}
    if divergence is None and updates is not None and updates != ref["updates"]:
        divergence = {"step": len(ref["steps"]), "variable": "updates",
                      "expected": ref["updates"], "got": updates}
    if divergence is None:
        error = np.abs(theta.ravel() - ref["theta"]) / np.abs(ref["theta"])
        messages.append(f"theta = [{float(theta[0])!r}; {float(theta[1])!r}] agrees with the "
                        f"reference (max relative error {error.max():.2g})" + (
                            f"; {updates} updates ({how}), as the reference" if how else
                            "; the update count is not observable (no second output, no "
                            "gradient_function)"))
    return (clean(divergence) if divergence else None), messages


def hints(divergence: dict, ref: dict, steps: list) -> list:
    """Plain words for the mistakes a student port typically makes."""
    step = divergence["step"]
    if divergence["variable"].startswith("theta"):
        return [f"at step {step} the port evaluates the gradient at another theta: the update "
                f"must be theta - alpha * gradient with alpha = {ALPHA:g}"]
    if step > len(steps):
        return [f"first disagreement at step {step} (gradient evaluation number {step})"]
    expected = ref["steps"][step - 1]["gradient"]
    got = np.asarray(steps[step - 1]["gradient"], dtype=float)
    if np.allclose(got, -expected, rtol=RTOL, atol=ATOL):
        return [f"at step {step} the gradient has the opposite sign: X' * (X*theta - y) / m, not "
                "X' * (y - X*theta) / m (the descent climbs and diverges)"]
    if np.allclose(got, ref["m"] * expected, rtol=RTOL, atol=ATOL):
        return [f"at step {step} the gradient is m = {ref['m']} times too large: the / m is "
                "missing (the step alpha * gradient is then too long and the descent diverges)"]
    return [f"at step {step} the gradient differs from X' * (X*theta - y) / m"]


def stop_hint(steps: list, ref: dict) -> list:
    last = np.abs(np.asarray(steps[-1]["gradient"], dtype=float)) if steps else np.zeros(0)
    if last.size and np.any(last <= TOL) and not np.all(last <= TOL):
        return [f"the port stopped after {len(steps) - 1} updates, when one gradient component "
                f"was within {TOL:g} but not every one; SPEC B3 stops when every |gradient "
                f"component| <= {TOL:g} ({ref['updates']} updates)"]
    return [f"the port stopped after {len(steps) - 1} updates; the reference takes "
            f"{ref['updates']}"]


def clean(divergence: dict) -> dict:
    """JSON-safe numbers: NaN and infinities become the strings 'NaN', 'Inf', '-Inf'."""
    def safe(value):
        if isinstance(value, list):
            return [safe(v) for v in value]
        if isinstance(value, (float, np.floating)):
            value = float(value)
            return value if np.isfinite(value) else ("NaN" if np.isnan(value) else
                                                     "Inf" if value > 0 else "-Inf")
        return int(value) if isinstance(value, np.integer) else value
    return {key: safe(value) for key, value in divergence.items()}
