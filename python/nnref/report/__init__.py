"""Reports people look at (issue 10): `--report DIR` on check, check-port, grade and bench.

`nnref <command> ... --report DIR` writes, besides the usual output, into DIR:
  <table>.csv and <table>.json   every table of the report (full precision)
  <figure>.png                   every figure (error heat maps per case, loss curves, GD paths,
                                 the regression line, MNIST time and accuracy)
  report.md                      the tables in markdown, the figures linked
  report.html                    one self-contained page: the tables and the PNGs embedded as
                                 data: URIs (opens offline, can be mailed as one file)
  report.json                    the command's JSON document, the list of tables and files
The report is built from the same JSON document the command prints with --format json
(nnref.report.builders); the command's exit status is unchanged, except that a report that
cannot be written is exit 2 (could not check), with the reason on stderr.
"""
import sys

from nnref.errors import NnrefError

REPORT_COMMANDS = ("check", "check-port", "grade", "bench")
EXIT_CANNOT = 2


def add_report_options(subparsers) -> None:
    """`--report DIR` on each of REPORT_COMMANDS that the parser has."""
    for name in REPORT_COMMANDS:
        if name in subparsers.choices:
            subparsers.choices[name].add_argument(
                "--report", metavar="DIR", help="also write a report into DIR: markdown, csv "
                "and json tables and one self-contained HTML page with the plots")


def finish_with_report(options, document: dict, status: int) -> int:
    """Write the report when --report was given; returns the command's exit status (2 when
    the report could not be written)."""
    directory = getattr(options, "report", None)
    if not directory:
        return status
    try:
        path = write_command_report(options.command, document, directory, _given(options))
    except NnrefError as err:
        print(f"nnref: {err.identifier}: {err.message}", file=sys.stderr)
        return EXIT_CANNOT
    print(f"nnref: report written to {path}", file=sys.stderr)
    return status


def write_command_report(command: str, document: dict, directory, options=None):
    from nnref.report.builders import build
    from nnref.report.write import write_report
    return write_report(build(command, document, options), directory)


def _given(options) -> dict:
    hidden = ("command", "format", "report")
    return {k: v for k, v in vars(options).items() if k not in hidden}
