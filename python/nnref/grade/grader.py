"""`nnref grade PATH`: grade a student's submission, lab by lab, into one JSON document.

Document: {"submission", "language", "seed", "sandbox": {...}, "summary": {...},
"labs": [one per lab], "rows": [one per graded case]} (README "Grading student ports").
The grader never imports or runs student code in its own process: each lab runs in a child
process (nnref.grade.runner) and only the outputs come back, as data; scores and the report
are computed here.
"""
import os
import secrets
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from nnref.errors import NnrefError
from nnref.grade.cases import GradedCase, graded_cases, lab_available, lab_functions
from nnref.grade.child import DriverFailed
from nnref.grade.judge import clip, decode_output, judge
from nnref.grade.labs import LABS
from nnref.grade.runner import detect_language, present, run_lab
from nnref.grade.sandbox import Limits, describe, sandbox_kind
from nnref.grade.traces import TRACED_CASES_PER_LAB, explain

EXCERPT_CHARS = 2000
DEFAULT_JOBS = min(2, os.cpu_count() or 1)


def grade(path, labs=None, lang: str | None = None, seed: int | None = None,
          sandbox: str = "auto", limits: Limits = Limits(), jobs: int = DEFAULT_JOBS) -> dict:
    """The grading document of the submission in `path`; `jobs` labs run at once (each in
    its own child process).  Raises NnrefError when it cannot grade at all (no such
    directory, no source file, unknown lab, Octave or bwrap missing)."""
    path = Path(path).resolve()
    unknown = [name for name in labs or [] if name not in LABS]
    if unknown:
        raise NnrefError("nnref:unknownLab", f"no lab named {', '.join(unknown)} (labs: "
                         f"{', '.join(LABS)})")
    lang = detect_language(path, lang)
    kind, note = sandbox_kind(sandbox)
    seed = secrets.randbelow(2**31) if seed is None else int(seed)
    names = list(dict.fromkeys(labs or LABS))
    with ThreadPoolExecutor(max_workers=max(1, int(jobs))) as pool:  # labs are independent
        graded_labs = list(pool.map(lambda name: grade_lab(LABS[name], path, lang, seed, kind,
                                                           limits), names))
    lab_rows = [lab_row for lab_row, _ in graded_labs]
    rows = [row for _, case_rows in graded_labs for row in case_rows]
    graded = [r for r in lab_rows if r["status"] != "unavailable"]
    summary = {"labs": len(graded),
               "attempted": sum(r["status"] in ("graded", "error") for r in graded),
               "points": sum(r["points"] for r in graded),
               "max_points": sum(r["max_points"] for r in graded),
               "cases": len(rows), "passed": sum(r["passed"] for r in rows),
               "failed": sum(not r["passed"] for r in rows)}
    return {"submission": str(path), "language": lang, "seed": seed,
            "sandbox": describe(kind, limits, note), "summary": summary, "labs": lab_rows,
            "rows": rows}


def grade_lab(lab, path: Path, lang: str, seed: int, kind: str, limits: Limits):
    """(lab row, case rows) for one lab."""
    row = {"lab": lab.name, "title": lab.title, "status": "graded", "points": 0,
           "max_points": 0, "cases": 0, "passed": 0, "failed": 0, "fresh_cases": 0,
           "missing": [], "output_bytes": 0, "output": "", "message": ""}
    why = lab_available(lab)
    if why:
        return {**row, "status": "unavailable", "message": why}, []
    functions = lab_functions(lab)
    cases = graded_cases(lab, seed)
    returns = contract_outputs(cases)
    row["max_points"] = sum(case.points for case in cases)
    row["fresh_cases"] = sum(case.source == "fresh" for case in cases)
    files = present(lab, functions, path, lang)
    if not files:
        wanted = f"{lab.module}.py" if lang == "python" else \
            ", ".join(f"{name}.m" for name in functions)
        rows = [judge(case, {"error": "not attempted"}, lang) for case in cases]
        return {**row, "status": "not-attempted", "cases": len(rows), "failed": len(rows),
                "message": f"not attempted: no {wanted}"}, rows
    missing = [] if lang == "python" else [n for n in functions if f"{n}.m" not in files]
    to_run = [case for case in cases if case.call not in missing]
    try:
        results, output = run_lab(lab, to_run, returns, path, lang, kind, limits) \
            if to_run else ({}, None)
    except (DriverFailed, NnrefError) as err:
        message = err.message if isinstance(err, NnrefError) else str(err)
        rows = [judge(case, {"error": "not graded: the grader failed"}, lang) for case in cases]
        return {**row, "status": "error", "cases": len(rows), "failed": len(rows),
                "message": clip(message)}, rows
    rows = []
    for case in cases:
        record = {"error": f"not implemented: no {case.call}.m"} if case.call in missing \
            else results.get(case.index)
        rows.append(judge(case, record, lang))
    if lab.trace is not None:
        trace_failures(lab, cases, rows, returns, path, lang, kind, limits, missing)
    passed = sum(r["passed"] for r in rows)
    row.update(points=sum(r["points"] for r in rows), cases=len(rows), passed=passed,
               failed=len(rows) - passed, missing=missing,
               message=lab_message(rows, missing))
    if output is not None:
        row.update(output_bytes=output.total, output=output.text()[:EXCERPT_CHARS])
    return row, rows


def trace_failures(lab, cases, rows, returns, path, lang, kind, limits, missing) -> None:
    """Add a step trace ("trace" in first_divergence) to the first few failing cases of the
    lab's traced calls, replayed with the student's step functions in one more child run."""
    chosen = [(case, row) for case, row in zip(cases, rows) if not row["passed"]
              and row["first_divergence"] is not None and case.call in lab.trace.calls]
    chosen.sort(key=lambda pair: lab.trace.calls.index(pair[0].call))  # training runs first
    chosen = chosen[:TRACED_CASES_PER_LAB]
    if not chosen:
        return
    plans, probes = [], []
    for case, row in chosen:
        reference, calls = lab.trace.probes(case)
        first = len(cases) + len(probes)
        for k, (call, inputs, outputs) in enumerate(calls):
            probes.append(GradedCase(index=first + k, lab=lab.name, id=f"{case.id}~probe{k}",
                                     source="probe", call=call, args=(), inputs=inputs,
                                     outputs=tuple(outputs), expected={}, rtol=case.rtol,
                                     atol=case.atol, points=0))
        plans.append((case, row, reference, calls, first))
    runnable = [p for p in probes if p.call not in missing]
    try:
        results, _ = run_lab(lab, runnable, returns, path, lang, kind, limits)
    except (DriverFailed, NnrefError):
        return
    for case, row, reference, calls, first in plans:
        outputs = [probe_outputs(probes[first - len(cases) + k], results) for k in range(len(calls))]
        found = explain(lab.trace, case, calls, outputs, reference)
        row["first_divergence"]["trace"] = found
        if found["step"] is not None:
            row["message"] = clip(f"{row['message']}; step trace: step {found['step']}, "
                                  f"{found['variable']}: expected {found['expected']}, got "
                                  f"{found['got']}")
        else:
            row["message"] = clip(f"{row['message']}; {found['note']}")


def probe_outputs(probe, results: dict):
    """A probe's outputs as name -> array, or the text of what went wrong."""
    record = results.get(probe.index)
    if record is None:
        return f"{probe.call}: no result"
    if "error" in record:
        return f"{probe.call}: {record['error']}"
    values = [decode_output(raw) for raw in record.get("outputs") or []]
    if len(values) != len(probe.outputs) or any(isinstance(v, str) for v in values):
        return f"{probe.call}: unusable outputs"
    return dict(zip(probe.outputs, values))


def contract_outputs(cases) -> dict:
    """call -> the number of outputs in its contract (the most any case asks for)."""
    counts = {}
    for case in cases:
        counts[case.call] = max(counts.get(case.call, 0), len(case.outputs))
    return counts


def lab_message(rows: list, missing: list) -> str:
    """One line: what went wrong first, or '' for full marks."""
    failed = [r for r in rows if not r["passed"]]
    if not failed:
        return ""
    parts = [f"missing {', '.join(f'{m}.m' for m in missing)}"] if missing else []
    first = next((r for r in failed if not r["message"].startswith("error: not implemented")
                  or not missing), failed[0])
    parts.append(f"first failure {first['case']}: {first['message']}")
    return clip("; ".join(parts))


def exit_status(document: dict) -> int:
    """0 full marks on every lab graded; 1 points lost (a lab failed, not attempted, a case
    errored or timed out); 2 the grader failed on a lab (see README)."""
    labs = [r for r in document["labs"] if r["status"] != "unavailable"]
    if any(r["status"] == "error" for r in labs):
        return 2
    if not labs:
        return 2
    return 0 if all(r["status"] == "graded" and r["points"] == r["max_points"] for r in labs) \
        else 1
