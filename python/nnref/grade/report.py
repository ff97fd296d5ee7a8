"""The grading document as text: json (the document), csv (one row per case), table and md
(a table per lab, then the failed cases with their first divergence)."""
import json

import pandas as pd

from nnref.output import render

CASE_COLUMNS = ["lab", "case", "source", "call", "passed", "points", "max_points", "output",
                "element", "expected", "got", "message"]
LAB_COLUMNS = ["lab", "status", "points", "max_points", "cases", "passed", "failed",
               "fresh_cases", "message"]


def render_document(document: dict, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(document, indent=2, allow_nan=False)
    cases = pd.DataFrame([flat_row(r) for r in document["rows"]], columns=CASE_COLUMNS,
                         dtype=object)
    if fmt == "csv":
        return render(cases, "csv")
    labs = pd.DataFrame(document["labs"], columns=LAB_COLUMNS, dtype=object)
    summary = document["summary"]
    sandbox = document["sandbox"]
    head = (f"nnref grade {document['submission']} ({document['language']}), seed "
            f"{document['seed']}, sandbox {sandbox['kind']}")
    notes = [f"note: {note}" for note in sandbox["notes"]]
    total = (f"{summary['points']}/{summary['max_points']} points, {summary['passed']} of "
             f"{summary['cases']} cases passed, {summary['attempted']} of {summary['labs']} labs "
             f"attempted")
    failed = cases[~cases["passed"].astype(bool)]
    failed = failed[~failed["message"].isin(["error: not attempted"])]
    parts = [render(labs, fmt, title="nnref grade: labs")]
    if len(failed):
        shown = failed[["lab", "case", "source", "points", "message"]]
        parts.append(render(shown, fmt, title="failed cases (first divergence)"))
    if fmt == "md":
        return "\n\n".join([f"`{head}`", *notes, *parts, f"**{total}**"])
    return "\n\n".join(["\n".join([head, *notes]), *parts, total])


def flat_row(row: dict) -> dict:
    divergence = row.get("first_divergence") or {}
    return {**{k: row[k] for k in ("lab", "case", "source", "call", "passed", "points",
                                   "max_points", "message")},
            "output": divergence.get("output"), "element": divergence.get("element"),
            "expected": divergence.get("expected"), "got": divergence.get("got")}
