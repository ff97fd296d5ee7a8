"""From a command's JSON document (SPEC Part G) to a Report: which tables and figures each
command's report holds.  A command without a builder of its own gets the generic one (every
list of records a table, every mapping of scalars a two-column table)."""
import pandas as pd

from nnref.output import flat
from nnref.report import plots
from nnref.report.model import Report, Table


def build(command: str, document: dict, options: dict | None = None) -> Report:
    builder = BUILDERS.get(command, generic_report)
    report = builder(document) if builder is not generic_report else builder(document, command)
    report.options = {k: v for k, v in (options or {}).items() if v not in (None, False)}
    report.document = document
    return report


def check_report(document: dict) -> Report:
    rows = document["rows"]
    rows = rows.to_dict("records") if isinstance(rows, pd.DataFrame) else list(rows)
    counts = document["summary"]
    langs = list(dict.fromkeys(r["lang"] for r in rows))
    status = (f"{counts['cases']} rows: {counts['passed']} passed, {counts['failed']} failed"
              + (f" ({', '.join(langs)})" if langs else ""))
    report = Report("check", "nnref check: every fixture case in each language", status,
                    counts["failed"] == 0)
    report.tables.append(key_value_table("Summary", {**counts, "languages": ", ".join(langs)}))
    per = []
    for (algorithm, lang), group in _groups(rows, ("algorithm", "lang")).items():
        numeric = [r for r in group if r["max_ulp"] is not None]
        per.append({"algorithm": algorithm, "lang": lang, "cases": len(group),
                    "passed": sum(bool(r["passed"]) for r in group),
                    "failed": sum(not r["passed"] for r in group),
                    "worst_ulp": max((r["max_ulp"] for r in numeric), default=None),
                    "worst_rel_err": max((r["max_rel_err"] for r in group
                                          if r["max_rel_err"] is not None), default=None)})
    report.tables.append(Table("Per algorithm and language", pd.DataFrame(per), "worst_ulp: the "
                               "largest error in ULPs of any output element of any case."))
    failed = [r for r in rows if not r["passed"]]
    report.tables.append(Table("Failed cases", flat(pd.DataFrame(failed, columns=_columns(rows))),
                               "" if failed else "No case failed."))
    report.tables.append(Table("All cases", flat(pd.DataFrame(rows, columns=_columns(rows))),
                               "One row per case and language: the largest absolute and "
                               "relative error and ULP distance over the outputs, against the "
                               "case's tolerance."))
    for algorithm, group in _groups(rows, ("algorithm",)).items():
        report.figures.append(plots.error_heatmap(algorithm[0], group))
    report.figures += plots.lab_figures({r["algorithm"] for r in rows})
    return report


def port_report(document: dict) -> Report:
    kind, verdict = document.get("kind"), document.get("verdict")
    defects = document.get("defects") or []
    status = f"{kind} port: {verdict}" + (f" ({', '.join(defects)})" if defects else "")
    report = Report("check-port", f"nnref check-port {kind}", status, verdict == "ok")
    divergence = document.get("first_divergence")
    report.tables.append(key_value_table("Verdict", {
        "kind": kind, "verdict": verdict, "defects": ", ".join(defects) or "-",
        "first_divergence": "-" if not divergence else
        f"step {divergence['step']}, {divergence['variable'] or '(an output)'}"}))
    explained = {d: next((m[len(d) + 1:].strip() for m in document.get("messages", [])
                          if m.startswith(f"{d}:")), "") for d in defects}
    report.tables.append(Table("Defects", pd.DataFrame(
        [{"defect": d, "explanation": explained[d]} for d in defects],
        columns=["defect", "explanation"]), "" if defects else "No catalogued defect found."))
    shown = [{k: repr(v) if isinstance(v, float) else v for k, v in divergence.items()}
             ] if divergence else []   # every digit: the values may differ in the last ones
    report.tables.append(Table("First divergence", pd.DataFrame(
        shown, columns=["step", "variable", "expected", "got"]),
        "Where the port's computation first leaves the reference (1-based step)."))
    report.tables.append(Table("Messages", pd.DataFrame(
        {"message": document.get("messages", [])}, columns=["message"])))
    if verdict != "error":
        if kind == "net221":
            report.figures.append(plots.net221_port_loss(defects))
        elif kind == "linreg":
            report.figures += plots.lab_figures({"linreg"})
    return report


def bench_report(document: dict) -> Report:
    rows = list(document.get("implementations", []))
    fastest = min(rows, key=lambda r: r.get("s_per_epoch") or float("inf"), default=None)
    status = (f"{len(rows)} implementations; fastest {fastest['name']} at "
              f"{fastest['s_per_epoch']:.3g} s per epoch" if fastest else "no implementation run")
    report = Report("bench", "nnref bench mnist", status, True)
    report.tables.append(key_value_table("Configuration", document.get("config", {})))
    report.tables.append(Table("Implementations", pd.DataFrame(rows)))
    report.tables.append(key_value_table("Machine", document.get("machine", {})))
    if rows:
        report.figures += plots.bench_figures(rows)
    return report


def grade_report(document: dict) -> Report:
    from nnref.grade.report import CASE_COLUMNS, LAB_COLUMNS, flat_row
    summary, labs, rows = document["summary"], document["labs"], document["rows"]
    status = (f"{summary['points']}/{summary['max_points']} points, {summary['passed']} of "
              f"{summary['cases']} cases passed, {summary['attempted']} of {summary['labs']} "
              "labs attempted")
    graded = [r for r in labs if r["status"] != "unavailable"]
    ok = bool(graded) and all(r["status"] == "graded" and r["points"] == r["max_points"]
                              for r in graded)
    report = Report("grade", f"nnref grade {document['submission']}", status, ok)
    report.tables.append(key_value_table("Summary", {
        "submission": document["submission"], "language": document["language"],
        "seed": document["seed"], **summary}))
    report.tables.append(Table("Labs", pd.DataFrame(labs, columns=LAB_COLUMNS, dtype=object)))
    cases = pd.DataFrame([flat_row(r) for r in rows], columns=CASE_COLUMNS, dtype=object)
    failed = cases[[not p and m not in ("error: not attempted",)
                    for p, m in zip(cases["passed"], cases["message"])]]
    report.tables.append(Table("Failed cases", failed, "Cases of attempted labs that lost "
                               "points, with the first element that differs."
                               if len(failed) else "No case of an attempted lab failed."))
    report.tables.append(Table("All cases", cases))
    sandbox = dict(document.get("sandbox", {}))
    limits = sandbox.pop("limits", {})
    report.tables.append(key_value_table("Sandbox", {**sandbox, **limits}))
    if graded:
        report.figures.append(plots.grade_points(graded))
    for lab in graded:
        mine = [r for r in rows if r["lab"] == lab["lab"]]
        if lab["status"] in ("graded", "error") and mine:
            report.figures.append(plots.grade_heatmap(lab["lab"], mine))
    return report


def generic_report(document: dict, command: str) -> Report:
    """Scalars -> a Summary table; each mapping of scalars -> a two-column table; each list of
    records -> a table (titled by its key)."""
    scalars = {k: v for k, v in document.items() if not isinstance(v, (dict, list))}
    ok = document.get("ok", document.get("verdict", "ok") == "ok")
    report = Report(command, f"nnref {command}", f"nnref {command}", bool(ok))
    if scalars:
        report.tables.append(key_value_table("Summary", scalars))
    for key, value in document.items():
        if isinstance(value, dict):
            report.tables.append(key_value_table(_title(key), value))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            report.tables.append(Table(_title(key), flat(pd.DataFrame(value))))
        elif isinstance(value, list):
            report.tables.append(Table(_title(key), pd.DataFrame({key: value})))
    return report


def key_value_table(title: str, mapping: dict) -> Table:
    return Table(title, pd.DataFrame([{"field": k, "value": v} for k, v in mapping.items()],
                                     columns=["field", "value"], dtype=object))


def _title(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _columns(rows: list) -> list:
    from nnref.check import COLUMNS
    return COLUMNS if not rows else list(rows[0])


def _groups(rows: list, keys: tuple) -> dict:
    groups = {}
    for r in rows:
        groups.setdefault(tuple(r[k] for k in keys), []).append(r)
    return groups


BUILDERS = {"check": check_report, "check-port": port_report, "bench": bench_report,
            "grade": grade_report}
