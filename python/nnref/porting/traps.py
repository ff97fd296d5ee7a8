"""The porting traps a twin pair meets, found in its two sources token by token.

Each trap is a place where a faithful-looking line-by-line translation between numpy and
MATLAB/Octave goes wrong.  A pair meets a trap when a statement on either side does the thing
the trap is about; the statements are kept as evidence (side, line, what was seen).
"""
from dataclasses import dataclass

TRAPS = {
    "indexing": ("1-based indexing",
                 "Octave indexes from 1 and `end` is the last element; numpy from 0 and -1 is "
                 "the last. x(1) is x[0], x(end) is x[-1], a loop k = 1:n visits a[k - 1], and "
                 "1:n includes n where range(n) stops before it. Sample orders are 1-based in "
                 "both languages in nnref (SPEC C): a 0-based order is refused, not shifted."),
    "elementwise": ("/ vs ./ (matrix vs element-wise operators)",
                    "In Octave * / ^ are matrix operations and .* ./ .^ element-wise; in numpy "
                    "* / ** are element-wise and @ is the matrix product. 1/v with a vector v is "
                    "a matrix right division in Octave, not a reciprocal (SPEC A8 defect 6): "
                    "write 1 ./ v. A scalar divisor (x / m) is safe either way."),
    "orientation": ("row vs column vectors",
                    "Octave has no 1-D arrays: a vector is 1 x n or n x 1 and ' transposes it "
                    "(.' without conjugation); numpy's (n,) is neither and .T leaves it as it "
                    "is. x(:) is always a column; numpy needs reshape(-1, 1). A fixture's (n,) "
                    "is Octave's 1 x n, so each side states which shape it returns."),
    "broadcasting": ("broadcasting and reduction direction",
                     "numpy broadcasts (n, 1) with (1, m) to (n, m) without a word; Octave 7 and "
                     "MATLAB R2016b+ expand the same way (older MATLAB needs bsxfun), and a "
                     "shape mistake there silently gives a matrix instead of an error. "
                     "Reductions must name their direction: sum(A, 1) is A.sum(axis=0); "
                     "sum(A) of a 1 x n row sums along the row, of a matrix down the columns."),
    "integers": ("integer types",
                 "Octave numbers are doubles unless made otherwise; its integer classes round "
                 "and saturate (int32(7) / 2 is 4) and logical arrays index by mask; numpy "
                 "integers floor with //, wrap on overflow, and a bool array indexes by mask "
                 "too. Counts and indices come from floor/round/mod in Octave, int() // % in "
                 "Python; nnref refuses a fractional count instead of rounding it."),
    "inplace": ("in-place updates",
                "Octave passes arguments by value (copy on write): changing an argument inside "
                "a function never reaches the caller, so results must be returned ([w, b] = "
                "f(w, b)); numpy passes references, so x[i] = ... or x -= ... inside a function "
                "changes the caller's array unless it was copied first. SPEC A8 defect 5: a "
                "port that updates its inputs and returns nothing loses its result."),
}

OCTAVE_INT = {"floor", "ceil", "round", "fix", "mod", "rem", "idivide", "int8", "int16", "int32",
              "int64", "uint8", "uint16", "uint32", "uint64", "double", "logical", "isinteger",
              "islogical", "class"}
PYTHON_INT = {"int", "astype", "dtype", "round", "floor", "ceil", "rint", "integer", "bool",
              "divmod", "int64", "int32", "intp", "bool_", "is_integer"}
OCTAVE_KEYWORDS = {"for", "parfor", "if", "elseif", "else", "while", "switch", "case", "otherwise",
                   "try", "catch", "end", "function", "return", "break", "continue"}
REDUCTIONS = {"sum", "mean", "max", "min", "prod", "any", "all", "cumsum", "cumprod"}


@dataclass
class Evidence:
    trap: str
    side: str        # "python" or "octave"
    line: int        # first line of the statement with code
    text: str        # that line, stripped
    seen: list       # what was seen there, e.g. ["./", "w(...)"]


def scan_octave(statement, variables: set) -> list:
    """[(trap, seen)] of one Octave statement."""
    t, found, depth = statement.tokens, [], 0
    for k, (kind, text) in enumerate(t):
        after = t[k + 1][1] if k + 1 < len(t) else ""
        if kind == "op":
            if text in ("./", ".*", ".^"):
                found.append(("elementwise", text))
            elif text in ("/", "^", "\\"):
                found.append(("elementwise", f"{text} (matrix operator)"))
            elif text in ("'", ".'"):
                found.append(("orientation", f"{text} (transpose)"))
            depth += text in "([{"
            depth -= text in ")]}"
            if text == "(" and after == ":" and k + 2 < len(t) and t[k + 2][1] == ")":
                found.append(("orientation", "(:)"))
            continue
        if kind != "name":
            continue
        if text in variables and after == "(":
            found.append(("indexing", f"{text}(...)"))
        if text == "end" and depth > 0:
            found.append(("indexing", "end"))
        if text in ("reshape", "isrow", "iscolumn", "numel"):
            found.append(("orientation", text))
        if text in ("size", "ones", "zeros") and _last_argument(t, k) in ("1", "2"):
            found.append(("orientation", f"{text}(..., {_last_argument(t, k)})"))
        if text in ("bsxfun", "repmat", "kron"):
            found.append(("broadcasting", text))
        if text in REDUCTIONS and _last_argument(t, k) in ("1", "2"):
            found.append(("broadcasting", f"{text}(..., {_last_argument(t, k)})"))
        if text in OCTAVE_INT:
            found.append(("integers", text))
    if t and t[0][0] == "name" and t[0][1] in variables and t[1:2] == [("op", "(")] and \
            _assigns_at(t, 0):
        found.append(("inplace", f"{t[0][1]}(...) = (indexed assignment)"))
    return found


def scan_python(statement) -> list:
    """[(trap, seen)] of one Python statement."""
    t, found = statement.tokens, []
    target_end = _assignment_index(t)
    for k, (kind, text) in enumerate(t):
        before = t[k - 1] if k else ("", "")
        after = t[k + 1][1] if k + 1 < len(t) else ""
        if kind == "op":
            if text == "[" and (before[0] in ("name", "string") or before[1] in (")", "]")):
                inside = _bracket(t, k)
                if any(kind_ == "number" or text_ in (":", "-") for kind_, text_ in inside):
                    found.append(("indexing", "[" + "".join(x + " " * (x == ",")
                                                            for _, x in inside) + "]"))
                if ("keyword", "None") in inside:
                    found.append(("broadcasting", "None (new axis)"))
                if target_end is not None and k < target_end:
                    found.append(("inplace", "x[...] = (assignment into an array)"))
            elif text == "@":
                found.append(("elementwise", "@ (matrix product)"))
            elif text in ("+=", "-=", "*=", "/=", "@=", "**="):
                found.append(("inplace", text))
            elif text in ("//", "%"):
                found.append(("integers", text))
            elif text == "." and after == "T":
                found.append(("orientation", ".T"))
            continue
        if kind != "name":
            continue
        if text in ("range", "enumerate", "arange"):
            found.append(("indexing", text))
        if text in ("reshape", "ravel", "flatten", "atleast_2d", "column_stack", "squeeze",
                    "ndim", "newaxis"):
            found.append(("orientation", text))
        if text in ("axis", "keepdims", "outer", "tile", "repeat", "broadcast_to", "newaxis"):
            found.append(("broadcasting", text))
        if text in PYTHON_INT:
            found.append(("integers", text))
        if text in ("copy", "copyto", "fill") or (text == "out" and after == "="):
            found.append(("inplace", text))
    return found


def octave_variables(octave) -> set:
    """Inputs, outputs and every assigned name of an Octave file (local functions too):
    `name(` on one of these indexes, on anything else it calls."""
    names = set()
    for statement in octave.statements:
        t = statement.tokens
        if t[:1] == [("name", "function")]:
            outputs, inputs = _signature(t)
            names |= set(outputs) | set(inputs)
        elif t[:1] == [("name", "for")] and len(t) > 1:
            names.add(t[1][1])
        elif _assignment_index(t) is not None:
            names |= {text for kind, text in t[:_assignment_index(t)]
                      if kind == "name" and text not in OCTAVE_KEYWORDS}
    return names


def find_traps(pair) -> dict:
    """trap id -> [Evidence] of one pair (traps not met are absent)."""
    evidence = {}
    variables = octave_variables(pair.octave)
    sides = [("octave", s, scan_octave(s, variables)) for s in pair.octave.statements[1:]]
    if pair.python is not None:
        sides += [("python", s, scan_python(s)) for s in pair.python.statements[1:]]
    for side, statement, found in sides:
        line, text = next(((n, x) for n, x in statement.numbered
                           if x.strip() and not x.strip().startswith(("%", "#"))),
                          statement.numbered[0])
        for trap in dict.fromkeys(trap for trap, _ in found):
            seen = list(dict.fromkeys(what for t, what in found if t == trap))
            evidence.setdefault(trap, []).append(Evidence(trap, side, line, text.strip(), seen))
    outputs, inputs = _signature(pair.octave.statements[0].tokens)
    both = [name for name in outputs if name in inputs]
    if both:
        statement = pair.octave.statements[0]
        evidence.setdefault("inplace", []).insert(0, Evidence(
            "inplace", "octave", statement.first, statement.numbered[0][1].strip(),
            [f"returns its updated input{'s' if len(both) > 1 else ''} {', '.join(both)}"]))
    return {trap: evidence[trap] for trap in TRAPS if trap in evidence}


def _signature(tokens: list) -> tuple[list, list]:
    end = _assignment_index(tokens)
    outputs = [x for k, x in tokens[1:end] if k == "name"] if end else []
    rest = tokens[(end or 0) + 1:]
    inputs = [x for k, x in rest[2:] if k == "name"] if len(rest) > 2 else []
    return outputs, inputs


def _assignment_index(tokens: list):
    """Index of the `=` (or augmented =) at depth 0, or None."""
    depth = 0
    for k, (kind, text) in enumerate(tokens):
        if kind != "op":
            continue
        depth += text in "([{"
        depth -= text in ")]}"
        if depth == 0 and text in ("=", "+=", "-=", "*=", "/=", "@=", "**="):
            return k
    return None


def _assigns_at(tokens: list, k: int) -> bool:
    end = _assignment_index(tokens)
    return end is not None and end > k


def _bracket(tokens: list, k: int) -> list:
    """The tokens inside the bracket opened at k."""
    depth, inside = 0, []
    for kind, text in tokens[k:]:
        if kind == "op" and text in "([{":
            depth += 1
            if depth == 1:
                continue
        if kind == "op" and text in ")]}":
            depth -= 1
            if depth == 0:
                break
        inside.append((kind, text))
    return inside


def _last_argument(tokens: list, k: int) -> str:
    """The last argument of the call starting at name k when it is one token, else ''."""
    if k + 1 >= len(tokens) or tokens[k + 1][1] != "(":
        return ""
    inside = _bracket(tokens, k + 1)
    if len(inside) >= 3 and inside[-2][1] == ",":
        return inside[-1][1]
    return ""
