"""Writing a Report into a directory: csv and json per table, report.md, report.json, the
figures as PNG files, and report.html with everything embedded (nnref.report.html).

Files of an earlier report in the same directory (listed in its report.json) are removed first,
so a directory never mixes two runs.  Nothing is time-stamped: the same outcome writes the same
bytes.
"""
import json
import math
from pathlib import Path

import pandas as pd

from nnref.errors import NnrefError
from nnref.report.html import render_html
from nnref.report.model import Report

FORMAT_DIGITS = 3   # significant digits of floats in md and html (csv and json keep all)


def write_report(report: Report, directory) -> Path:
    """Write `report` into `directory` (created if missing); returns the path of report.html."""
    directory = Path(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        _remove_previous(directory)
        files = _unique_names(report)
        for table, name in zip(report.tables, files["tables"]):
            table.frame.to_csv(directory / f"{name}.csv", index=False)
            (directory / f"{name}.json").write_text(
                json.dumps({"title": table.title, "rows": records(table.frame)}, indent=2,
                           allow_nan=False) + "\n")
        for figure, name in zip(report.figures, files["figures"]):
            (directory / f"{name}.png").write_bytes(figure.png)
        (directory / "report.md").write_text(render_markdown(report, files))
        (directory / "report.html").write_text(render_html(report))
        written = ([f"{n}.{ext}" for n in files["tables"] for ext in ("csv", "json")]
                   + [f"{n}.png" for n in files["figures"]] + ["report.md", "report.html"])
        (directory / "report.json").write_text(json.dumps(
            {"command": report.command, "title": report.title, "status": report.status,
             "ok": report.ok, "options": plain(report.options),
             "tables": [{"title": t.title, "file": f"{n}.csv"}
                        for t, n in zip(report.tables, files["tables"])],
             "figures": [{"title": f.title, "file": f"{n}.png"}
                         for f, n in zip(report.figures, files["figures"])],
             "document": plain(report.document), "files": written + ["report.json"]},
            indent=2, allow_nan=False) + "\n")
    except OSError as err:
        raise NnrefError("nnref:reportFailed", f"cannot write the report into {directory}: "
                         f"{err.strerror or err}") from err
    return directory / "report.html"


def _remove_previous(directory: Path) -> None:
    manifest = directory / "report.json"
    if not manifest.is_file():
        return
    try:
        old = json.loads(manifest.read_text())
    except ValueError:
        return
    if not isinstance(old, dict) or not {"command", "document", "files"} <= set(old):
        return      # not a report.json of ours: touch nothing
    previous = old["files"] if isinstance(old["files"], list) else []
    for name in previous:
        path = directory / name
        if isinstance(name, str) and "/" not in name and path.is_file():
            path.unlink()


def _unique_names(report: Report) -> dict:
    """File stems for tables and figures, unique within the report (a suffix on a clash)."""
    seen, names = set(), {"tables": [], "figures": []}
    for kind, items in (("tables", report.tables), ("figures", report.figures)):
        for item in items:
            stem, k = item.slug, 2
            while stem in seen or stem == "report":
                stem, k = f"{item.slug}-{k}", k + 1
            seen.add(stem)
            names[kind].append(stem)
    return names


def render_markdown(report: Report, files: dict) -> str:
    parts = [f"# {report.title}", "", f"**{report.status}**", ""]
    if report.options:
        parts += ["Options: " + "; ".join(f"`{k}`: {v}" for k, v in report.options.items()), ""]
    for table in report.tables:
        parts += [f"## {table.title}", ""] + ([table.note, ""] if table.note else [])
        parts += [markdown_table(table.frame), ""]
    for figure, name in zip(report.figures, files["figures"]):
        parts += [f"## {figure.title}", "", f"![{figure.title}]({name}.png)", ""]
        parts += [figure.caption, ""] if figure.caption else []
    return "\n".join(parts)


def markdown_table(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "(none)"
    head = [escape_md(str(c)) for c in frame.columns]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in frame.itertuples(index=False):
        lines.append("| " + " | ".join(escape_md(cell_text(v)) for v in row) + " |")
    return "\n".join(lines)


def escape_md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def cell_text(value) -> str:
    """A cell as people read it: floats to FORMAT_DIGITS significant digits, None as '-'."""
    value = plain(value)
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.{FORMAT_DIGITS}g}"
    if isinstance(value, (list, tuple)):
        return ", ".join(cell_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {cell_text(v)}" for k, v in value.items())
    return str(value)


def records(frame: pd.DataFrame) -> list:
    return [{str(k): plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def plain(value):
    """numpy scalars and arrays, NaN and infinities to what JSON holds (NaN, inf -> None)."""
    if value is None:
        return None
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, pd.DataFrame):
        return records(value)
    if hasattr(value, "tolist"):
        return plain(value.tolist())
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
