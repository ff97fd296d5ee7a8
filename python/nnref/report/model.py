"""What a report holds: titled tables and titled PNG figures, and the outcome it reports.

A report is built from a command's JSON document (SPEC Part G) by nnref.report.builders and
written by nnref.report.write; nothing in it is typed in by hand.
"""
import re
from dataclasses import dataclass, field

import pandas as pd


@dataclass
class Table:
    title: str
    frame: pd.DataFrame
    note: str = ""

    @property
    def slug(self) -> str:
        return slug(self.title)


@dataclass
class Figure:
    title: str
    png: bytes
    caption: str = ""

    @property
    def slug(self) -> str:
        return slug(self.title)


@dataclass
class Report:
    command: str                  # "check", "check-port", "grade", "bench"
    title: str
    status: str                   # a one-line outcome, e.g. "634 rows: 634 passed, 0 failed"
    ok: bool                      # the command's outcome: everything checked is ok
    options: dict = field(default_factory=dict)   # the command's options, as given
    tables: list = field(default_factory=list)
    figures: list = field(default_factory=list)
    document: dict | None = None  # the command's JSON document (kept in report.json)


def slug(title: str) -> str:
    """A file-name-safe id from a title: 'Error per case: net221' -> 'error-per-case-net221'."""
    text = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return text or "untitled"
