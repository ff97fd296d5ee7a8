"""The contract of each lab, read from its fixture cases, as template stubs and README text.

`python -m nnref.grade.templates [DIR]` writes labs/templates/octave/<lab>/<function>.m and
labs/templates/python/<lab>/<module>.py (stubs that raise "not implemented", so a template
scores zero without upsetting the grader) for every available lab, and prints the contract as
markdown for the README.  Signatures: a function's arguments are those of its fixture case
with the most arguments (cases with fewer omit trailing optional ones; their defaults are the
reference's), its outputs those of the case with the most outputs.  Example sizes come from
that case.
"""
import inspect
import sys
from dataclasses import dataclass
from pathlib import Path

from nnref.api import FUNCTIONS, get_function
from nnref.encoding import octave_shape
from nnref.fixtures import REPO_ROOT
from nnref.grade.cases import fixture_cases, lab_available, lab_functions
from nnref.grade.labs import LABS

TEMPLATES = REPO_ROOT / "labs" / "templates"


@dataclass
class Signature:
    call: str
    args: tuple
    outputs: tuple
    optional: dict          # argument name -> default text, for trailing arguments some case omits
    example: object         # the fixture Case the sizes are taken from

    def octave_line(self) -> str:
        outputs = self.outputs[0] if len(self.outputs) == 1 else f"[{', '.join(self.outputs)}]"
        return f"function {outputs} = {self.call}({', '.join(self.args)})"

    def python_line(self) -> str:
        args = [f"{name}={self.optional[name]}" if name in self.optional else name
                for name in self.args]
        return f"def {self.call}({', '.join(args)}):"

    def sizes(self, lang: str) -> str:
        def text(value):
            shape = octave_shape(value.shape) if lang == "octave" else value.shape
            if lang == "octave":
                return "x".join(str(n) for n in shape)
            return str(tuple(shape)) if shape else "scalar"
        case = self.example
        given = ", ".join(f"{name} {text(case.inputs[name])}" for name in case.args)
        got = ", ".join(f"{name} {text(case.expected[name])}" if name in case.expected
                        else name for name in case.outputs)
        return f"{given or 'no arguments'} -> {got}"


def signatures(lab) -> list[Signature]:
    cases = fixture_cases(lab)
    result = []
    for call in lab_functions(lab):
        mine = [c for c in cases if c.call == call]
        if not mine:
            continue
        widest = max(mine, key=lambda c: (len(c.args), len(c.outputs), len(c.expected),
                                          min(sum(v.size for v in c.inputs.values()), 12)))
        outputs = max((c.outputs for c in mine), key=len)
        shortest = min(len(c.args) for c in mine)
        defaults = reference_defaults(call)
        optional = {name: defaults.get(name, "None") for name in widest.args[shortest:]}
        result.append(Signature(call, widest.args, outputs, optional, widest))
    return result


def reference_defaults(call: str) -> dict:
    if call not in FUNCTIONS:
        return {}
    parameters = inspect.signature(get_function(call)).parameters.values()
    return {p.name: repr(p.default) for p in parameters if p.default is not inspect.Parameter.empty}


def octave_stub(lab, signature: Signature) -> str:
    lines = [signature.octave_line(),
             f"  % {signature.call.upper()}  Lab {lab.name}: replace this stub with your code.",
             f"  %   {signature.octave_line()[len('function '):]}"]
    if signature.optional:
        defaults = ", ".join(f"{k} {v}" for k, v in signature.optional.items())
        lines.append(f"  %   May be called without its last arguments (defaults: {defaults}).")
    lines += [f"  %   Example sizes ({signature.example.uid}):",
              f"  %     {signature.sizes('octave')}",
              f"  error('lab:notImplemented', 'not implemented: {signature.call}');", "end", ""]
    return "\n".join(lines)


def python_stub(lab, sigs: list[Signature]) -> str:
    lines = [f'"""Lab {lab.name}: {lab.title}.', ""]
    lines += wrap(lab.notes) + ([""] if lab.notes else [])
    lines += ["Replace every stub with your code.  The grader calls each function with numpy",
              "arrays of the example shapes and compares what it returns; a function with",
              'several outputs returns them all, as a tuple, in the order listed."""', "",
              "", ]
    for sig in sigs:
        returns = ", ".join(sig.outputs)
        lines += [sig.python_line(),
                  f'    """Returns {"(" + returns + ")" if len(sig.outputs) > 1 else returns}.',
                  f"    Example shapes ({sig.example.uid}):",
                  f'    {sig.sizes("python")}"""',
                  f'    raise NotImplementedError("not implemented: {sig.call}")', "", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def wrap(text: str, width: int = 92) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


def write_templates(directory: Path = TEMPLATES) -> list[Path]:
    written = []
    for lab in LABS.values():
        if lab_available(lab):
            continue
        sigs = signatures(lab)
        octave = directory / "octave" / lab.name
        octave.mkdir(parents=True, exist_ok=True)
        for sig in sigs:
            path = octave / f"{sig.call}.m"
            path.write_text(octave_stub(lab, sig))
            written.append(path)
        python = directory / "python" / lab.name
        python.mkdir(parents=True, exist_ok=True)
        path = python / f"{lab.module}.py"
        path.write_text(python_stub(lab, sigs))
        written.append(path)
    return written


def contract_markdown() -> str:
    """The per-lab contract tables for the README."""
    parts = []
    for lab in LABS.values():
        why = lab_available(lab)
        parts.append(f"**{lab.name}** ({lab.title}; Python module `{lab.module}.py`)"
                     + (f" — not gradable yet: {why}" if why else ""))
        if why:
            continue
        rows = ["| Octave function line | example sizes (Octave) |", "|---|---|"]
        rows += [f"| `{short_line(sig)}` | {short_sizes(sig)} |" for sig in signatures(lab)]
        parts.append("\n".join(rows) + (f"\n\n{lab.notes}" if lab.notes else ""))
    return "\n\n".join(parts)


def short_line(sig: Signature) -> str:
    """The function line; a long output list abbreviated (net221_backprop has 27)."""
    if len(sig.outputs) <= 6:
        return sig.octave_line()[len("function "):]
    return (f"[{sig.outputs[0]}, {sig.outputs[1]}, ..., {sig.outputs[-1]}] = "
            f"{sig.call}({', '.join(sig.args)})")


def short_sizes(sig: Signature) -> str:
    text = sig.sizes("octave")
    if len(sig.outputs) <= 6:
        return text
    given = text.split(" -> ")[0]
    return f"{given} -> {len(sig.outputs)} outputs, as listed in the template"


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATES
    for path in write_templates(target):
        print(f"wrote {path}", file=sys.stderr)
    print(contract_markdown())
