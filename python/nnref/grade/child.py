"""Running a batch of cases in a child process, with a per-case timeout and restarts.

The child (an Octave or Python driver) writes one JSON line per finished case to a results
file in its working directory, after a first {"ready": true} line.  The grader watches that
file: a case that takes longer than the per-case timeout gets the process group killed, the
case is recorded as timed out (and the other cases of the same function are skipped: it is
not called again; after TIMEOUTS_PER_LAB timeouts, no function of the lab), and a new process
is started for the cases still to run.  A process that ends in the middle of a case (exit, a
crash, a limit) costs that case, likewise; after ENDINGS_PER_CALL such endings the function is
not called again, after ENDINGS_PER_LAB no function of the lab.  Each restart settles at least
one case, so a lab always finishes, in at most TIMEOUTS_PER_LAB timeouts.
"""
import json
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from nnref.grade.sandbox import Limits, child_environment, exit_text, kill_group, limiter, wrap

ENDINGS_PER_CALL = 3   # a function that ends the process this often is not called again
ENDINGS_PER_LAB = 10   # nor any function of a lab whose process ended this often
TIMEOUTS_PER_LAB = 3   # a lab with this many timed-out cases is not run further


@dataclass
class Output:
    """What the child printed: the first `limit` bytes and the total count."""
    limit: int
    kept: bytearray = field(default_factory=bytearray)
    total: int = 0

    def drain(self, stream) -> None:
        for chunk in iter(lambda: stream.read(65536), b""):
            self.total += len(chunk)
            room = self.limit - len(self.kept)
            if room > 0:
                self.kept += chunk[:room]

    def text(self) -> str:
        return self.kept.decode(errors="replace")


class DriverFailed(Exception):
    """The driver itself never started (no "ready" line): the grader could not grade."""


@dataclass
class ChildJob:
    """How to start the child for one lab: `command(request_path)` gives the argument list."""
    command: object
    work: Path          # writable directory (the only one under bwrap)
    cwd: Path           # the child's working directory
    sandbox: str        # "bwrap" | "none"
    limits: Limits

    def run(self, cases: list[dict]) -> tuple[dict, Output]:
        """index -> {"outputs": [...]} or {"error": str}, for every case; and what it printed."""
        results, output = {}, Output(self.limits.output_bytes)
        pending, ended, timeouts = list(cases), {}, 0
        for attempt in range(1, len(cases) + 2):
            if not pending:
                break
            request = self.work / f"request-{attempt}.json"
            results_file = self.work / f"results-{attempt}.jsonl"
            request.write_text(json.dumps({"results": str(results_file), "cases": pending}))
            wanted = {c["index"] for c in pending}
            ready, timed_out, returncode = self._attempt(request, results_file, wanted,
                                                         results, output)
            if not ready and not any(c["index"] in results for c in pending):
                raise DriverFailed(f"the grading driver did not start ({exit_text(returncode)}); "
                                   f"it printed: {output.text()[-2000:].strip() or 'nothing'}")
            left = [c for c in pending if c["index"] not in results]
            if not left:
                break
            current = left[0]
            if timed_out:
                results[current["index"]] = {"error": f"timed out: no result within "
                                             f"{self.limits.case_timeout:g} s (the process was "
                                             f"stopped; the other cases ran in a new one)"}
                timeouts += 1
                for other in left[1:]:
                    if timeouts >= TIMEOUTS_PER_LAB:
                        results[other["index"]] = {"error": f"not run: {TIMEOUTS_PER_LAB} "
                                                   f"cases of this lab timed out"}
                    elif other["call"] == current["call"]:
                        results[other["index"]] = {"error": f"not run: {current['call']} timed "
                                                   f"out on an earlier case"}
            else:
                results[current["index"]] = {"error": f"the process ended during this case: "
                                             f"{exit_text(returncode)}"}
                ended[current["call"]] = ended.get(current["call"], 0) + 1
                if sum(ended.values()) >= ENDINGS_PER_LAB:
                    for other in left[1:]:
                        results[other["index"]] = {"error": f"not run: the process ended "
                                                   f"{ENDINGS_PER_LAB} times in this lab"}
                elif ended[current["call"]] >= ENDINGS_PER_CALL:
                    for other in left[1:]:
                        if other["call"] == current["call"]:
                            results[other["index"]] = {"error": f"not run: {current['call']} "
                                                       f"ended the process {ENDINGS_PER_CALL} "
                                                       f"times already"}
            pending = [c for c in left if c["index"] not in results]
        return results, output

    def _attempt(self, request: Path, results_file: Path, wanted: set, results: dict,
                 output: Output):
        """One child process; fills `results`; (ready seen, timed out, return code)."""
        command = wrap(self.command(request), self.work, self.cwd, self.sandbox)
        process = subprocess.Popen(command, cwd=self.cwd, env=child_environment(self.work),
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, start_new_session=True,
                                   preexec_fn=limiter(self.limits))
        reader = threading.Thread(target=output.drain, args=(process.stdout,), daemon=True)
        reader.start()
        ready, offset, pause = False, 0, 0.005
        deadline = time.monotonic() + self.limits.startup_grace + self.limits.case_timeout
        timed_out = False
        try:
            while True:
                finished = process.poll() is not None
                offset, lines = read_lines(results_file, offset)
                for record in lines:
                    if record.get("ready") is True:
                        ready = True
                    elif record.get("index") in wanted and record["index"] not in results:
                        results[record["index"]] = record
                        deadline = time.monotonic() + self.limits.case_timeout
                        pause = 0.005
                if finished or wanted <= results.keys():  # done (lingering threads or not)
                    break
                if time.monotonic() > deadline:
                    timed_out = True
                    break
                time.sleep(pause)
                pause = min(pause * 1.5, 0.05)
        finally:
            kill_group(process)
            reader.join(timeout=5)
            process.stdout.close()
        return ready, timed_out, process.returncode


def read_lines(path: Path, offset: int) -> tuple[int, list[dict]]:
    """Complete JSON lines of `path` from byte `offset` on; garbage lines are skipped."""
    try:
        with open(path, "rb") as handle:
            handle.seek(offset)
            data = handle.read()
    except OSError:
        return offset, []
    end = data.rfind(b"\n") + 1
    records = []
    for line in data[:end].splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            records.append(record)
    return offset + end, records
