"""The two sides of a twin pair as statements: an Octave function file and a Python function,
each cut into logical statements (continuation lines joined), with their numbered source lines
and their tokens (names, numbers, strings, operators; comments are not tokens).

Octave: a `'` is a transpose after a name, a number, `)`, `]`, `}`, `'` or `.'`, otherwise it
opens a string; `%` outside a string starts a comment; `...` continues a statement.  The help
block after the function line and the `%!` test blocks at the end are not code.  Comment lines
are shown with the statement after them; blank lines are dropped.
"""
import io
import keyword
import re
import tokenize
from dataclasses import dataclass, field

OCTAVE_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<cont>\.\.\..*$)
  | (?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[ij]?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>\.\*|\./|\.\^|\.\\|\.'|==|~=|<=|>=|&&|\|\||[-+*/\\^<>=&|~!:;,.()\[\]{}@'])
""", re.VERBOSE)


@dataclass
class Statement:
    numbered: list                      # [(line number, source line)], comments included
    tokens: list = field(default_factory=list)   # (kind, text): name, keyword, number, string, op

    @property
    def first(self) -> int:
        return self.numbered[0][0]

    @property
    def code(self) -> str:
        """The statement's code on one line, string contents kept, comments dropped."""
        return " ".join(f"'{text}'" if kind == "string" else text for kind, text in self.tokens)


def octave_line_tokens(line: str) -> tuple[list, bool]:
    """(tokens, continues) of one Octave line; continues: it ends with `...`."""
    tokens, i, previous = [], 0, None
    while i < len(line):
        ch = line[i]
        if ch in "%#":
            break
        if ch == '"' or (ch == "'" and not _transposes(previous, line, i)):
            end, text = _string_end(line, i, ch)
            tokens.append(("string", text))
            previous, i = ("string", text), end
            continue
        match = OCTAVE_TOKEN.match(line, i)
        if match is None:       # a character Octave would refuse: keep it as an operator
            tokens.append(("op", ch))
            previous, i = ("op", ch), i + 1
            continue
        if match.lastgroup == "cont":
            return tokens, True
        if match.lastgroup != "space":
            previous = (match.lastgroup, match.group())
            tokens.append(previous)
        i = match.end()
    return tokens, False


def _transposes(previous, line: str, i: int) -> bool:
    """A quote right after a value (no space before it) is a transpose."""
    if previous is None or (i > 0 and line[i - 1].isspace()):
        return False
    kind, text = previous
    return kind in ("name", "number") or text in (")", "]", "}", "'", ".'")


def _string_end(line: str, start: int, quote: str) -> tuple[int, str]:
    i = start + 1
    while i < len(line):
        if line[i] == quote:
            if i + 1 < len(line) and line[i + 1] == quote:    # '' inside '...'
                i += 2
                continue
            return i + 1, line[start + 1:i]
        i += 1
    return len(line), line[start + 1:]


@dataclass
class OctaveFile:
    name: str
    function_line: str
    help: list          # help text lines, '%' stripped
    statements: list    # code statements, the function line first


def parse_octave(text: str, name: str) -> OctaveFile:
    lines = text.splitlines()
    tests = next((i for i, line in enumerate(lines) if line.lstrip().startswith("%!")), len(lines))
    help_lines, i = [], 1
    while i < tests and lines[i].strip().startswith("%"):
        help_lines.append(lines[i].strip()[1:].rstrip())
        i += 1
    statements, pending = [_octave_statement(lines, 0, 1)[0]], []
    while i < tests:
        statement, i = _octave_statement(lines, i, tests)
        if statement.tokens:
            statements.append(Statement(pending + statement.numbered, statement.tokens))
            pending = []
        else:
            pending += [(n, line) for n, line in statement.numbered if line.strip()]
    if pending:
        statements.append(Statement(pending))
    return OctaveFile(name, lines[0], help_lines, statements)


def _octave_statement(lines: list, i: int, stop: int) -> tuple[Statement, int]:
    tokens, first = [], i
    while i < stop:
        more, continues = octave_line_tokens(lines[i])
        tokens += more
        i += 1
        if not continues:
            break
    return Statement([(n + 1, lines[n]) for n in range(first, i)], tokens), i


@dataclass
class PythonFunction:
    qualname: str
    path: str           # relative to the repository root
    def_line: int
    statements: list    # the def line first; the docstring is left out
    docstring: str


def parse_python(source: str, start: int, qualname: str, path: str, docstring) -> PythonFunction:
    """`source`: a function's source (inspect.getsourcelines), its first line at line `start`.
    Comment lines go with the statement after them; the docstring is left out."""
    lines = source.splitlines()
    indent = len(lines[0]) - len(lines[0].lstrip())
    body = "\n".join(line[indent:] for line in lines) + "\n"
    statements, current, done = [], [], 0      # done: rows (0-based) already placed
    docstring_pending = docstring is not None
    for kind, text, _, (row, _), _ in tokenize.generate_tokens(io.StringIO(body).readline):
        if kind == tokenize.NEWLINE:
            if docstring_pending and statements and len(current) == 1 and current[0][0] == "string":
                docstring_pending = False
            elif current:
                shown = [(start + i, lines[i]) for i in range(done, row) if lines[i].strip()]
                statements.append(Statement(shown, current))
            current, done = [], row
        elif kind == tokenize.STRING:
            current.append(("string", text))
        elif kind == tokenize.NAME:
            current.append(("keyword" if keyword.iskeyword(text) else "name", text))
        elif kind == tokenize.NUMBER:
            current.append(("number", text))
        elif kind == tokenize.OP:
            current.append(("op", text))
    return PythonFunction(qualname, path, start, statements, docstring or "")
