"""The generated parts of README.md and docs/labs.md, rewritten between markers so that nothing
in them is copied by hand (issue 10).

python -m nnref.report.docs [--check]  rewrites, in place:
  <!-- cli-reference:start --> ... <!-- cli-reference:end -->  every command, its usage and
      arguments, read from nnref.cli.build_parser()
  <!-- labs-table:start --> ... <!-- labs-table:end -->  the labs: SPEC, fixtures and their case
      counts, the port checker and grading lab of each (nnref.ports, nnref.grade.labs)
  <!-- tolerances:start --> ... <!-- tolerances:end -->  per fixture: cases, sources, the
      tolerances used (shared_fixtures/*.json)
  <!-- numbers: UID[OUTPUT,...] ... --> ... <!-- numbers:end -->  a table of the expected values
      of those fixture cases (UID = algorithm::case id), every digit
  <!-- measured:start --> ... <!-- measured:end -->  rewritten only with --measure, which runs
      every fixture case in both languages (`nnref check`) and records the largest errors
--check writes nothing and exits 1 when a file would change (tests/test_docs.py does the same;
the measured block is left out of that comparison: it depends on the machine's BLAS).
"""
import argparse
import re
import sys
from pathlib import Path

import numpy as np

from nnref.fixtures import REPO_ROOT, load_fixture

FILES = (REPO_ROOT / "README.md", REPO_ROOT / "docs" / "labs.md")
BLOCK = re.compile(r"(<!-- (?P<name>cli-reference|labs-table|tolerances):start -->\n)(?P<body>.*?)"
                   r"(<!-- (?P=name):end -->)", re.S)
NUMBERS = re.compile(r"(<!-- numbers: (?P<spec>[^>]*?) -->\n)(?P<body>.*?)(<!-- numbers:end -->)",
                     re.S)
ITEM = re.compile(r"(?P<uid>[\w-]+::[\w.-]+)(?:\[(?P<outputs>[\w,]+)\])?")
SHOWN = 6   # elements of an array shown before eliding

# The labs, in teaching order: name (as `nnref grade --lab`), title, SPEC, fixture stems,
# Python modules, port-checker kind, anchor in docs/labs.md.
LABS = (
    ("neuron", "A sigmoid neuron and the MSE", "A1-A3", ("sigmoid", "neuron", "mse"),
     ("sigmoid", "neuron", "mse"), None),
    ("net221", "The 2-2-1 network: backprop and SGD", "A4-A8", ("net221", "net221_train"),
     ("net221",), "net221"),
    ("gd", "Gradient descent demos", "B1-B2", ("gd",), ("gd",), None),
    ("linreg", "Linear regression by gradient descent", "B3", ("linreg",), ("linreg",), "linreg"),
    ("network", "The layered network and MNIST", "C, C1-C3", ("network",),
     ("network", "network_sgd", "network_persample", "gradcheck"), None),
    ("toolbox", "The 2-4-1 network and the toolbox", "D",
     ("activations", "losses", "optimizers", "net241"),
     ("activations", "losses", "optimizers", "net241"), None),
)


def cli_reference() -> str:
    from nnref.cli import build_parser
    parser = build_parser()
    group = parser._subparsers._group_actions[0]
    helps = {a.dest: a.help for a in group._choices_actions}
    out = [f"`nnref` (also `python -m nnref`): {parser.description}", ""]
    for name, sub in group.choices.items():
        formatter = argparse.HelpFormatter(sub.prog, width=10 ** 4)
        formatter.add_usage(sub.usage, sub._actions, sub._mutually_exclusive_groups, prefix="")
        out += [f"#### `nnref {name}`", "", f"{helps.get(name, '')[:1].upper()}"
                f"{helps.get(name, '')[1:]}.", "", "```", formatter.format_help().strip(), "```",
                "", "| argument | meaning |", "|---|---|"]
        for action in sub._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            what = (formatter._expand_help(action) if action.help else "").replace("|", "\\|")
            if action.choices and "choose" not in what:
                what += ("; " if what else "") + "one of " + ", ".join(map(str, action.choices))
            if action.option_strings and action.default not in (None, False) and \
                    "default" not in what:
                what += f" (default {action.default})"
            out.append(f"| `{_argument(action)}` | {what} |")
        out.append("")
    return "\n".join(out)


def _argument(action) -> str:
    if not action.option_strings:
        return action.metavar or action.dest
    if action.nargs == 0:
        return ", ".join(action.option_strings)
    metavar = action.metavar or action.dest.upper()
    suffix = f" {metavar} ..." if action.nargs in ("+", "*") else f" {metavar}"
    return ", ".join(action.option_strings) + suffix


def labs_table(link_prefix: str) -> str:
    from nnref.grade.labs import LABS as GRADE_LABS
    from nnref.ports import CHECKERS
    out = ["| lab | SPEC | reference (Python module; Octave `nnref.<name>`) | fixtures (cases) | "
           "check a port | grade | porting reference |", "|---|---|---|---|---|---|---|"]
    for name, title, spec, stems, modules, port in LABS:
        fixtures = ", ".join(f"[{s}]({link_prefix}shared_fixtures/{s}.json) "
                             f"({len(load_fixture(REPO_ROOT / 'shared_fixtures' / f'{s}.json').cases)})"
                             for s in stems)
        check = f"`nnref check-port {port}`" if port in CHECKERS else "-"
        grade = f"`nnref grade DIR --lab {name}`" if name in GRADE_LABS else "-"
        porting = ", ".join(f"[{m}]({link_prefix}docs/porting/{m}.md)" for m in modules
                            if (REPO_ROOT / "docs" / "porting" / f"{m}.md").is_file())
        out.append(f"| [{title}]({link_prefix}docs/labs.md#lab-{name}) | {spec} | "
                   f"{', '.join(f'`nnref.{m}`' for m in modules)} | {fixtures} | {check} | "
                   f"{grade} | {porting or '-'} |")
    return "\n".join(out) + "\n"


def tolerances() -> str:
    out = ["| fixture | cases | value cases by source | refused-input cases | rtol | atol |",
           "|---|---|---|---|---|---|"]
    for path in sorted((REPO_ROOT / "shared_fixtures").glob("*.json")):
        cases = load_fixture(path).cases
        values = [c for c in cases if c.error is None]
        sources = {}
        for c in values:
            for source in dict.fromkeys(c.sources.values()):
                sources[source] = sources.get(source, 0) + 1
        rtols = sorted({c.rtol for c in values})
        atols = sorted({c.atol for c in values})
        out.append(f"| `{path.stem}` | {len(cases)} | "
                   f"{', '.join(f'{s} {n}' for s, n in sorted(sources.items()))} | "
                   f"{len(cases) - len(values)} | {_range(rtols)} | {_range(atols)} |")
    return "\n".join(out) + "\n"


def _range(values: list) -> str:
    if not values:
        return "-"
    return f"{values[0]:g}" if len(values) == 1 else f"{values[0]:g} to {values[-1]:g}"


def numbers(spec: str, link_prefix: str) -> str:
    out = ["| case | output | expected | source | rtol, atol |", "|---|---|---|---|---|"]
    for item in spec.split():
        match = ITEM.fullmatch(item)
        if match is None:
            raise ValueError(f"numbers: {item!r} is not UID or UID[output,...]")
        uid, wanted = match.group("uid"), match.group("outputs") or ""
        stem, case_id = uid.split("::")
        cases = {c.id: c for c in load_fixture(REPO_ROOT / "shared_fixtures" / f"{stem}.json").cases}
        if case_id not in cases:
            raise KeyError(f"{uid}: no such fixture case")
        case = cases[case_id]
        names = wanted.split(",") if wanted else list(case.expected)
        for name in names:
            out.append(f"| [`{uid}`]({link_prefix}shared_fixtures/{stem}.json) | `{name}` | "
                       f"{value_text(case.expected[name])} | {case.sources[name]} | "
                       f"{case.rtol:g}, {case.atol:g} |")
    return "\n".join(out) + "\n"


def value_text(value: np.ndarray) -> str:
    """Every digit (shortest round trip) of up to SHOWN elements, row-major, and the shape."""
    flat = value.reshape(-1)
    text = [repr(x.item()) for x in (flat if flat.size <= SHOWN else flat[:SHOWN - 1])]
    if flat.size > SHOWN:
        text.append(f"... {repr(flat[-1].item())}")
    body = ", ".join(text)
    if value.ndim == 0:
        return body
    return f"[{body}] ({' x '.join(map(str, value.shape))})"


MEASURED = re.compile(r"(<!-- measured:start -->\n)(?P<body>.*?)(<!-- measured:end -->)", re.S)


def measured() -> str:
    """The largest errors of every fixture, each language, from a fresh `nnref check`."""
    import platform

    from nnref.check import check_rows
    from nnref.fixtures import load_all
    from nnref.octave import start_octave
    from nnref.runners import OctaveRunner, PythonRunner
    fixtures = load_all()
    published = {(f.algorithm, c.id) for f in fixtures for c in f.cases
                 if c.sources and set(c.sources.values()) == {"published"}}
    session = start_octave()
    try:
        rows = check_rows(fixtures, [PythonRunner(), OctaveRunner(session)]).to_dict("records")
    finally:
        session.exit()
    failed = sum(not r["passed"] for r in rows)
    rows = [r for r in rows if (r["algorithm"], r["case"]) not in published]
    out = [f"Measured with `./dev python -m nnref.report.docs --measure` ({platform.machine()}): "
           f"{failed} failed rows. Published numbers ({len(published)} cases) are held within "
           "their printed digits and left out below; for every other case, the largest error of "
           "any output element against its expected value:", "",
           "| fixture | cases | Python: max ULP | Python: max rel. error | Octave: max ULP | "
           "Octave: max rel. error |", "|---|---|---|---|---|---|"]
    for stem in dict.fromkeys(r["algorithm"] for r in rows):
        cells = []
        for lang in ("python", "octave"):
            mine = [r for r in rows if r["algorithm"] == stem and r["lang"] == lang]
            ulp = max((r["max_ulp"] for r in mine if r["max_ulp"] is not None), default=None)
            rel = max((r["max_rel_err"] for r in mine if r["max_rel_err"] is not None),
                      default=None)
            cells += ["-" if ulp is None else str(ulp), "-" if rel is None else f"{rel:.2g}"]
        count = sum(r["algorithm"] == stem and r["lang"] == "python" for r in rows)
        out.append(f"| `{stem}` | {count} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def measure(text: str) -> str:
    return MEASURED.sub(lambda m: m.group(1) + measured() + m.group(3), text)


def rewrite(text: str, link_prefix: str) -> str:
    generators = {"cli-reference": cli_reference, "labs-table": lambda: labs_table(link_prefix),
                  "tolerances": tolerances}
    text = BLOCK.sub(lambda m: m.group(1) + generators[m.group("name")]() + m.group(4), text)
    return NUMBERS.sub(lambda m: m.group(1) + numbers(m.group("spec"), link_prefix) + m.group(4),
                       text)


def generated(path: Path) -> str:
    prefix = "" if path.parent == REPO_ROOT else "../"
    return rewrite(path.read_text(), prefix)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nnref.report.docs",
                                     description="rewrite the generated blocks of README.md and "
                                     "docs/labs.md")
    parser.add_argument("--check", action="store_true", help="exit 1 when a file is stale")
    parser.add_argument("--measure", action="store_true",
                        help="also rerun every case and rewrite the measured block")
    options = parser.parse_args(argv)
    stale = []
    for path in FILES:
        text = generated(path)
        if options.measure and not options.check and MEASURED.search(text):
            text = measure(text)
        if text != path.read_text():
            stale.append(path)
            if not options.check:
                path.write_text(text)
    for path in stale:
        print(f"{'stale' if options.check else 'rewrote'}: {path.relative_to(REPO_ROOT)}",
              file=sys.stderr)
    return 1 if stale and options.check else 0


if __name__ == "__main__":
    sys.exit(main())
