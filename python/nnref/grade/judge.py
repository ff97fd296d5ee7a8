"""Judging one graded case: the child's record against the expected values, in the grader.

Outputs are compared with nnref.compare.compare_value (shapes exact, Octave sizes read through
octave_shape for an Octave submission; |got - expected| <= atol + rtol * |expected|).  A failing
case names its first divergence: the first output, in the contract's output order, that is
off, and within it the first element in row-major order (nnref.trace.first_difference):
{"output", "element" (1-based index text, "" for a scalar), "expected", "got"}; a wrong size is
reported with the sizes in place of values.
"""
import numpy as np

from nnref.compare import combine, compare_value
from nnref.encoding import octave_shape
from nnref.trace import first_difference

MESSAGE_CHARS = 400


def decode_output(raw) -> np.ndarray | str:
    """An output as sent by a driver: an array, or a text saying what else it was."""
    if not isinstance(raw, dict) or raw.get("kind") not in ("double", "single", "int",
                                                             "logical", "other"):
        return "an output the driver could not encode"
    shape = tuple(int(n) for n in raw.get("shape", []))
    if raw["kind"] == "other":
        return f"a {raw.get('class', '?')} of size {size_text(shape)}, not a numeric array"
    digits = raw.get("hex", "")
    count = int(np.prod(shape)) if shape else 1
    if not isinstance(digits, str) or len(digits) != 16 * count:
        return "an output with the wrong number of elements"
    words = [int(digits[i:i + 16], 16) for i in range(0, len(digits), 16)]
    flat = np.array(words, dtype=np.uint64).view(np.float64)
    if raw["kind"] == "logical":
        flat = flat.astype(bool)
    return flat.reshape(shape)


def size_text(shape) -> str:
    return "x".join(str(n) for n in shape) if shape else "scalar"


def judge(case, record: dict | None, lang: str) -> dict:
    """The report row of one case."""
    row = {"lab": case.lab, "case": case.id, "source": case.source, "call": case.call,
           "passed": False, "points": 0, "max_points": case.points, "first_divergence": None}
    if record is None:
        return {**row, "message": "no result"}
    if "error" in record:
        return {**row, "message": f"error: {clip(str(record['error']))}"}
    outputs = record.get("outputs")
    if not isinstance(outputs, list) or len(outputs) != len(case.outputs):
        return {**row, "message": f"{case.call} gave {len(outputs or [])} outputs, expected "
                                  f"{len(case.outputs)} ({', '.join(case.outputs)})"}
    got = dict(zip(case.outputs, (decode_output(raw) for raw in outputs)))
    comparisons, divergence = [], None
    for name in case.outputs:
        if name not in case.expected:
            continue
        value, expected = got[name], case.expected[name]
        if isinstance(value, str):
            comparisons.append(None)
            divergence = divergence or {"output": name, "element": "", "expected":
                                        f"a numeric array of size {want_size(expected, lang)}",
                                        "got": value}
            continue
        with np.errstate(all="ignore"):  # compare_value divides by tiny expected values
            result = compare_value(name, value, expected, case.rtol, case.atol, lang)
        comparisons.append(result)
        if not result.passed and divergence is None:
            divergence = first_divergence(name, value, expected, case.rtol, case.atol, lang)
    if divergence is None:
        return {**row, "passed": True, "points": case.points, "message": ""}
    if divergence["expected"] is None:  # no element named (infinities): compare's own words
        message = combine([c for c in comparisons if c is not None and not c.passed]).message
    else:
        message = f"{divergence['output']}{divergence['element']}: expected " \
                  f"{show(divergence['expected'])}, got {show(divergence['got'])}"
    others = len([c for c in comparisons if c is None or not c.passed]) - 1
    if others > 0:
        message += f" (and {others} more output{'s' if others > 1 else ''} off)"
    return {**row, "message": clip(message), "first_divergence": divergence}


def want_size(expected: np.ndarray, lang: str) -> str:
    return size_text(octave_shape(expected.shape) if lang == "octave" else expected.shape)


def first_divergence(name: str, got: np.ndarray, expected: np.ndarray, rtol: float,
                     atol: float, lang: str) -> dict:
    want = tuple(octave_shape(expected.shape)) if lang == "octave" else expected.shape
    if got.shape != want:
        return {"output": name, "element": "", "expected": f"size {size_text(want)}",
                "got": f"size {size_text(got.shape)}"}
    with np.errstate(all="ignore"):
        where = first_difference(expected.astype(float),
                                 got.reshape(expected.shape).astype(float), rtol, atol)
    if where is None:  # compare_value's rule differs only for infinities: name the output
        return {"output": name, "element": "", "expected": None, "got": None}
    index, want_value, got_value = where
    return {"output": name, "element": index, "expected": number(want_value),
            "got": number(got_value)}


def number(x):
    """A float for JSON: NaN and infinities as text (JSON has no such numbers)."""
    if x is None or isinstance(x, str):
        return x
    x = float(x)
    return x if np.isfinite(x) else repr(x)


def show(value) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MESSAGE_CHARS else text[:MESSAGE_CHARS - 3] + "..."
