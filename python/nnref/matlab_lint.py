"""A MATLAB-compatibility lint for matlab/: Octave-only syntax that MATLAB rejects (SPEC Part E).

Looks at code only: comments (% ...) and single-quoted strings are blanked first.  Lines
starting with %! are Octave test blocks, comments to MATLAB, and are skipped.
"""
import re
from pathlib import Path

RULES = [
    (re.compile(r"#"), "'#' comment (use %)"),
    (re.compile(r"!="), "'!=' (use ~=)"),
    (re.compile(r"(?<![=<>~])!(?!=)"), "'!' negation (use ~)"),
    (re.compile(r"\+\+|--(?=\s*[;,)\]]|\s*$)"), "'++'/'--' (use x = x + 1)"),
    (re.compile(r"(\+|-|\*|/|\^)="), "compound assignment like '+=' (use x = x + ...)"),
    (re.compile(r"\*\*"), "'**' power (use ^ or .^)"),
    (re.compile(r"\b(endfunction|endif|endfor|endwhile|endswitch|end_try_catch|"
                r"end_unwind_protect|unwind_protect|unwind_protect_cleanup)\b"), "Octave-only keyword"),
    (re.compile(r"\b(printf|puts|fputs|fdisp)\s*\("), "Octave-only output function (use fprintf/disp)"),
    (re.compile(r'"'), "double-quoted string (use single quotes)"),
]


def code_part(line: str) -> str:
    """The line with single-quoted strings blanked and the % comment removed."""
    out, in_string, previous, i = [], False, "", 0
    while i < len(line):
        ch = line[i]
        if in_string:
            out.append(" ")
            if ch == "'" and line[i + 1:i + 2] == "'":  # '' is a quote inside the string
                out.append(" ")
                i += 1
            elif ch == "'":
                in_string = False
        elif ch == "%":
            break
        elif ch == "'" and not (previous.isalnum() or previous in "_.)]}'"):
            in_string = True  # a quote after a value is the transpose operator, not a string
            out.append(" ")
        else:
            out.append(ch)
        if not ch.isspace():
            previous = ch
        i += 1
    return "".join(out)


def lint_text(text: str, name: str = "<text>") -> list[str]:
    problems = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("%!"):
            continue
        code = code_part(line)
        for pattern, why in RULES:
            if pattern.search(code):
                problems.append(f"{name}:{number}: {why}: {line.strip()}")
    return problems


def lint_tree(root: Path) -> list[str]:
    return [problem for path in sorted(Path(root).rglob("*.m"))
            for problem in lint_text(path.read_text(), str(path))]
