"""`nnref check`: every fixture case in each language, one row per case and language (SPEC G)."""
import math

import pandas as pd

from nnref.compare import combine, compare_value
from nnref.fixtures import Case, Fixture
from nnref.runners import Outcome

COLUMNS = ["algorithm", "case", "lang", "max_abs_err", "max_rel_err", "max_ulp", "tolerance",
           "passed", "message"]


def judge(case: Case, outcome: Outcome, lang: str) -> dict:
    """One row: the case's outcome in `lang` compared with its expected values or error."""
    row = {"algorithm": case.algorithm, "case": case.id, "lang": lang,
           "max_abs_err": None, "max_rel_err": None, "max_ulp": None,
           "tolerance": {"rtol": case.rtol, "atol": case.atol}}
    if case.error is not None:
        want = (case.error["identifier"], case.error["message"])
        got = (outcome.error_identifier, outcome.error_message)
        passed = got == want
        message = "" if passed else (f"expected error {want[0]}: {want[1]}; got " +
                                     (f"{got[0]}: {got[1]}" if outcome.outputs is None else "no error"))
        return {**row, "passed": passed, "message": message}
    if outcome.outputs is None:
        return {**row, "passed": False,
                "message": f"error {outcome.error_identifier}: {outcome.error_message}"}
    result = combine([compare_value(name, outcome.outputs[name], expected, case.rtol, case.atol, lang)
                      for name, expected in case.expected.items()])
    return {**row, "max_abs_err": finite_or_none(result.max_abs_err),
            "max_rel_err": finite_or_none(result.max_rel_err), "max_ulp": result.max_ulp,
            "passed": result.passed, "message": result.message}


def finite_or_none(x):
    return x if x is not None and math.isfinite(x) else None


def check_rows(fixtures: list[Fixture], runners: list) -> pd.DataFrame:
    """Rows for every case of every fixture, for each runner (one batched call per fixture)."""
    rows = []
    for fixture in fixtures:
        for runner in runners:
            outcomes = runner.run_fixture(fixture)
            rows.extend(judge(case, outcome, runner.lang)
                        for case, outcome in zip(fixture.cases, outcomes))
    return pd.DataFrame(rows, columns=COLUMNS, dtype=object)  # object: ints and None stay as they are


def summary(rows: pd.DataFrame) -> dict:
    passed = int(rows["passed"].sum())
    return {"cases": len(rows), "passed": passed, "failed": len(rows) - passed}
