"""Rendering a table of rows as table, md, csv or json (every command takes --format)."""
import json

import pandas as pd

FORMATS = ("table", "json", "csv", "md")


def flat(rows: pd.DataFrame) -> pd.DataFrame:
    """Nested cells (the tolerance dict) split into plain columns for table, csv and md."""
    out = rows.copy()
    if "tolerance" in out.columns:
        position = out.columns.get_loc("tolerance")
        out.insert(position, "rtol", [t["rtol"] for t in rows["tolerance"]])
        out.insert(position + 1, "atol", [t["atol"] for t in rows["tolerance"]])
        out = out.drop(columns="tolerance")
    return out


def _cell(value) -> str:
    """Text of one cell: floats to 3 significant digits, None as '-'."""
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(value)


def render(rows: pd.DataFrame, fmt: str, document: dict | None = None, title: str = "") -> str:
    """`document` is the full JSON document for --format json (rows are placed under "rows")."""
    if fmt == "json":
        records = [{k: _plain(v) for k, v in record.items()} for record in rows.to_dict("records")]
        return json.dumps({**(document or {}), "rows": records}, indent=2, allow_nan=False)
    table = flat(rows)
    if fmt == "csv":
        return table.to_csv(index=False).rstrip("\n")
    table = table.map(_cell)
    if fmt == "md":
        return (f"## {title}\n\n" if title else "") + table.to_markdown(index=False)
    with pd.option_context("display.max_rows", None, "display.max_columns", None,
                           "display.width", 200, "display.max_colwidth", 80):
        widths = {c: max([len(str(c))] + [len(v) for v in table[c]]) for c in table.columns}
        return table.to_string(index=False, justify="left", formatters={  # text reads left-aligned
            c: (lambda v, w=widths[c]: f"{v:<{w}}") for c in table.columns})


def _plain(value):
    """numpy scalars and NaN/None to what JSON holds."""
    if value is None:
        return None
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value
