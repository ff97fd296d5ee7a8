"""Checkers for ports written by someone else (`nnref check-port KIND PATH`, SPEC Part G).

Each checker treats the port as a black box (file names, function names and function lines
only) and returns the SPEC G document:
{"kind", "verdict": "ok"|"defective"|"unexplained"|"error", "defects": [ids],
 "first_divergence": null | {"step", "variable", "expected", "got"}, "messages": [str]}.
"""
from importlib import import_module

# KIND -> module in nnref.ports defining check_port(path) -> document
CHECKERS = {
    "net221": "net221",
    "linreg": "linreg",
}

VERDICT_EXIT = {"ok": 0, "defective": 1, "unexplained": 1, "error": 2}


def check_port(kind: str, path) -> dict:
    return import_module(f"nnref.ports.{CHECKERS[kind]}").check_port(path)


def error_document(kind: str, message: str) -> dict:
    return {"kind": kind, "verdict": "error", "defects": [], "first_divergence": None,
            "messages": [message]}
