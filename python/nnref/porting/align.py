"""Statement-by-statement alignment of a Python function and its Octave twin.

Each statement becomes a set of features: its names, normalised across the two languages
(np.exp and exp are both `exp`; x.shape and size(x) are both `size`; nnref.check_vector is
its Python twin `as_vector`), its keywords (raise and error are both `error`) and the error
identifiers it names ('nnref:badShape').  Two statements correspond when the Jaccard
similarity of their features, plus a bonus when they assign the same name, reaches MATCH_AT;
the alignment is the order-preserving matching with the largest total similarity
(Needleman-Wunsch, no gap cost).  The function line and the def line always correspond.
Statements between two correspondences are shown side by side, marked as not corresponding.
"""
import re
from dataclasses import dataclass
from itertools import zip_longest

MATCH_AT = 0.34
SAME_TARGET_BONUS = 0.3
RETURNED = "<returned>"     # Python's return and an assignment to an Octave output
IGNORED = {"np", "numpy", "math", "self", "nnref", "def", "function", "in", "not", "and", "or",
           "is", "lambda", "None", "end", "pass"}
PYTHON_NAMES = {"shape": "size", "len": "numel", "NnrefError": "error", "raise": "error",
                "float": "double", "argmax": "max", "maximum": "max", "minimum": "min",
                "ravel": "(:)", "reshape": "reshape", "True": "true", "False": "false",
                "arange": "colon", "range": "colon", "elif": "elseif", "T": "transpose",
                "matmul": "mtimes", "isfinite": "isfinite", "isnan": "isnan", "any": "any",
                "all": "all", "transpose": "transpose", "asarray": "double", "array": "double",
                "concatenate": "cat", "vstack": "cat", "hstack": "cat", "column_stack": "cat",
                "linalg": "", "solve": "mldivide", "abs": "abs", "log1p": "log1p"}
OCTAVE_NAMES = {"length": "numel", "numel": "numel", "columns": "size", "rows": "size",
                "horzcat": "cat", "vertcat": "cat", "sprintf": "format"}
ERROR_ID = re.compile(r"nnref:\w+")


def features(tokens: list, python: bool, octave_to_python: dict, outputs=()) -> tuple[set, set]:
    """(features, assigned names) of one statement's tokens; Python's `return` and an Octave
    assignment to one of `outputs` both assign RETURNED."""
    names, targets, depth, assigned = set(), set(), 0, False
    if python and tokens[:1] == [("keyword", "return")]:
        targets = {RETURNED}
    for kind, text in tokens:
        if kind == "op":
            depth += text in "([{"
            depth -= text in ")]}"
            if text in ("=", "+=", "-=", "*=", "/=", "@=") and depth == 0 and not assigned:
                targets, assigned = set(names), True
                targets |= {RETURNED} if targets & set(outputs) else set()
            if text in ("'", ".T"):
                names.add("transpose")
            if text == ":" and not python:
                names.add("colon")
            continue
        if kind == "string":
            names |= set(ERROR_ID.findall(text))
            continue
        if kind not in ("name", "keyword") or text in IGNORED:
            continue
        if python:
            text = PYTHON_NAMES.get(text, text)
        else:
            text = octave_to_python.get(text, OCTAVE_NAMES.get(text, text))
        if text:
            names.add(text)
    return names, targets


def similarity(a: tuple, b: tuple) -> float:
    (fa, ta), (fb, tb) = a, b
    if not fa or not fb:
        return 0.0
    score = len(fa & fb) / len(fa | fb)
    return score + (SAME_TARGET_BONUS if ta & tb else 0.0)


@dataclass
class Row:
    python: object      # a Statement or None
    octave: object
    corresponds: bool


def align(python_statements: list, octave_statements: list, octave_to_python: dict,
          outputs=()) -> list:
    """Rows pairing the statements, both sides complete and in order; `outputs`: the Octave
    function's output names."""
    p = [features(s.tokens, True, octave_to_python) for s in python_statements]
    o = [features(s.tokens, False, octave_to_python, outputs) for s in octave_statements]
    n, m = len(p), len(o)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            s = 10.0 if i == j == 1 else similarity(p[i - 1], o[j - 1])
            best = max(score[i - 1][j], score[i][j - 1])
            if s >= MATCH_AT:
                best = max(best, score[i - 1][j - 1] + s)
            score[i][j] = best
    pairs, i, j = [], n, m
    while i > 0 and j > 0:
        s = 10.0 if i == j == 1 else similarity(p[i - 1], o[j - 1])
        if s >= MATCH_AT and score[i][j] == score[i - 1][j - 1] + s:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif score[i][j] == score[i - 1][j]:
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    rows, i, j = [], 0, 0
    for a, b in pairs + [(n, m)]:
        for left, right in zip_longest(python_statements[i:a], octave_statements[j:b]):
            rows.append(Row(left, right, False))
        if a < n and b < m:
            rows.append(Row(python_statements[a], octave_statements[b], True))
        i, j = a + 1, b + 1
    return rows
