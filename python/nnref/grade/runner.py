"""Running one lab of a submission in a fresh child process (Octave or Python).

Each lab gets a new temporary directory: code/ (a copy of the submission's top-level .m or .py
files; for Octave with do-nothing stubs for the figure functions, nnref.ports.sandbox),
driver/ (the grading driver), run/ (the working directory).  Nothing of one lab survives into
the next: not the working directory, not the path, not a file the student's code wrote.
"""
import shutil
import sys
import tempfile
from pathlib import Path

from nnref.errors import NnrefError
from nnref.grade.child import ChildJob
from nnref.ports.sandbox import neutralised_copy

HERE = Path(__file__).resolve().parent
OCTAVE_DRIVER = HERE / "octave" / "nnref_grade_driver.m"
PYTHON_DRIVER = HERE / "driver_python.py"
SUFFIX = {"octave": ".m", "python": ".py"}


def detect_language(path: Path, lang: str | None) -> str:
    """'octave' or 'python' for a submission directory; nnref:badSubmission when it cannot be."""
    if not path.exists():
        raise NnrefError("nnref:badSubmission", f"{path} does not exist")
    if not path.is_dir():
        raise NnrefError("nnref:badSubmission", f"{path} is not a directory: a submission is a "
                         f"directory of .m files (Octave) or .py files (Python)")
    found = [name for name, suffix in SUFFIX.items() if any(path.glob(f"*{suffix}"))]
    if lang is not None:
        if lang not in found:
            raise NnrefError("nnref:badSubmission", f"{path} has no {SUFFIX[lang]} file "
                             f"(--lang {lang})")
        return lang
    if not found:
        raise NnrefError("nnref:badSubmission", f"{path} has no .m or .py file: a submission is "
                         f"a directory of .m files (Octave) or .py files (Python)")
    if len(found) > 1:
        raise NnrefError("nnref:badSubmission", f"{path} has both .m and .py files; say which to "
                         f"grade with --lang octave or --lang python")
    return found[0]


def present(lab, functions: tuple, path: Path, lang: str) -> list[str]:
    """The lab's files the submission has: <call>.m per function, or <module>.py."""
    if lang == "python":
        return [f"{lab.module}.py"] if (path / f"{lab.module}.py").is_file() else []
    return [f"{name}.m" for name in functions if (path / f"{name}.m").is_file()]


def requests(cases, lang: str, lab, returns: dict) -> list[dict]:
    """The cases as the driver reads them: inputs only, never the expected values."""
    return [{"index": case.index, "call": case.call, "module": lab.module,
             "nout": len(case.outputs), "returns": returns[case.call],
             "args": [encode_argument(value) for value in case.inputs]} for case in cases]


def encode_argument(value) -> dict:
    import numpy as np
    array = np.asarray(value)
    kind = {"b": "logical", "i": "int", "u": "int"}.get(array.dtype.kind, "double")
    bits = array.astype(np.float64).reshape(-1).view(np.uint64)
    return {"kind": kind, "shape": list(array.shape),
            "hex": "".join(f"{int(b):016x}" for b in bits)}


def run_lab(lab, cases, returns: dict, path: Path, lang: str, sandbox: str, limits):
    """index -> record (outputs or error) for the cases, and the child's Output."""
    work = Path(tempfile.mkdtemp(prefix="nnref-grade-")).resolve()
    try:
        code, driver, run = work / "code", work / "driver", work / "run"
        run.mkdir()
        driver.mkdir()
        if lang == "octave":
            neutralised_copy(path, code)
            shutil.copy2(OCTAVE_DRIVER, driver / OCTAVE_DRIVER.name)
            command = octave_command(driver, code)
        else:
            code.mkdir()
            for source in sorted(path.glob("*.py")):
                if source.is_file():
                    shutil.copy2(source, code / source.name)
            shutil.copy2(PYTHON_DRIVER, driver / PYTHON_DRIVER.name)
            command = python_command(driver, code)
        job = ChildJob(command, work, run, sandbox, limits)
        results, output = job.run(requests(cases, lang, lab, returns))
        results = {index: unmask(record, code, path) for index, record in results.items()}
        return results, output
    finally:
        shutil.rmtree(work, ignore_errors=True)


def unmask(record: dict, code: Path, path: Path) -> dict:
    """Messages name the submission's own files, not the temporary copy."""
    if isinstance(record.get("error"), str):
        return {**record, "error": record["error"].replace(str(code), str(path))}
    return record


def octave_command(driver: Path, code: Path):
    from nnref.octave import INSTALL_HINT, octave_executable
    executable = octave_executable()
    if executable is None:
        raise NnrefError("nnref:noOctave", f"Octave is not installed; {INSTALL_HINT}")

    def command(request: Path) -> list[str]:
        script = (f"addpath('{driver}'); nnref_grade_driver('{request}', '{code}');")
        return [executable, "--norc", "--no-history", "--no-window-system", "--quiet",
                "--no-line-editing", "--eval", script]
    return command


def python_command(driver: Path, code: Path):
    def command(request: Path) -> list[str]:
        return [sys.executable, "-I", "-B", str(driver / PYTHON_DRIVER.name), str(request),
                str(code)]
    return command
