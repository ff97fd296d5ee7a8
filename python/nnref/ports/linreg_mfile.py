"""Reading a port's .m file as a checker may: function lines and block structure only.

A function file starts with its function line; its blocks run from one function line to the
next.  A script may hold local functions, each closed by its own `end` (MATLAB requires it):
blocks are found by counting block keywords against `end`, and the code outside them (before,
between or after) is the script body.  Comments and strings are blanked first
(nnref.matlab_lint.code_part), and bracketed text is skipped, so `x(end)` is no block end.
"""
import re
from dataclasses import dataclass
from pathlib import Path

from nnref.matlab_lint import code_part

FUNCTION_LINE = re.compile(r"^\s*function\b\s*(?:(\[[^\]]*\]|[A-Za-z]\w*)\s*=\s*)?([A-Za-z]\w*)")
OPENERS = {"function", "if", "for", "parfor", "while", "switch", "try", "do", "unwind_protect",
           "spmd"}
CLOSERS = {"end", "endfunction", "endif", "endfor", "endparfor", "endwhile", "endswitch",
           "end_try_catch", "until", "end_unwind_protect", "endspmd"}


@dataclass
class Block:
    name: str
    outputs: int     # number of output arguments on the function line
    text: str        # the block's lines, function line first
    line: int        # 1-based line of the function line


@dataclass
class MFile:
    path: Path
    script: bool
    body: list       # (1-based line, text) of the script code outside the functions
    blocks: list


def parse(path: Path, text: str) -> MFile:
    lines = text.splitlines()
    code = [code_part(line) for line in lines]
    starts = [i for i, c in enumerate(code) if FUNCTION_LINE.match(c)]
    first_code = next((i for i, c in enumerate(code) if c.strip()), None)
    if starts and first_code == starts[0]:  # a function file
        ends = starts[1:] + [len(lines)]
        return MFile(path, False, [], [block(lines, code, s, e) for s, e in zip(starts, ends)])
    blocks, body, i = [], [], 0
    while i < len(lines):
        if i in starts:
            end = closing_line(code, i, starts)
            blocks.append(block(lines, code, i, end))
            i = end
        else:
            body.append((i + 1, lines[i]))
            i += 1
    return MFile(path, True, body, blocks)


def closing_line(code: list, start: int, starts: list) -> int:
    """Index after the `end` that closes the function at `start`; without one (not valid in a
    script, but seen), the block runs to the next function line."""
    depth = 0
    for i in range(start, len(code)):
        for word in re.findall(r"[A-Za-z_]\w*", outside_brackets(code[i])):
            if word in OPENERS:
                depth += 1
            elif word in CLOSERS:
                depth -= 1
                if depth == 0:
                    return i + 1
    return next((s for s in starts if s > start), len(code))


def outside_brackets(text: str) -> str:
    """The text at bracket depth 0: indexing like x(end) or {end} is dropped."""
    out, depth = [], 0
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def block(lines: list, code: list, start: int, end: int) -> Block:
    outputs, name = FUNCTION_LINE.match(code[start]).groups()
    count = 0 if outputs is None else len(re.findall(r"\w+", outputs)) if "[" in outputs else 1
    return Block(name, count, "\n".join(lines[start:end]) + "\n", start + 1)


def calls_before_definition(mfile: MFile) -> list:
    """(name, line) of script code that uses a local function before the first function block
    (Octave defines a script's functions only when execution reaches them)."""
    if not mfile.script or not mfile.blocks:
        return []
    first = mfile.blocks[0].line
    found = {}
    for number, line in mfile.body:
        for name in (b.name for b in mfile.blocks):
            if number < first and name not in found and re.search(rf"\b{name}\b", code_part(line)):
                found[name] = number
    return sorted(found.items(), key=lambda item: item[1])
