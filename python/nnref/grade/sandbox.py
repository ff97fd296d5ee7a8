"""Containment for student code: limits, a scrubbed environment and, where it works, bubblewrap.

Every child process (one per lab and language, restarted after a timeout) gets
- resource limits set in the child before exec: CPU seconds, address space, largest file
  written, no core dumps; a new session (its process group is killed as a whole);
- a fresh temporary working directory and a minimal environment (PATH, HOME = the working
  directory, LANG, one BLAS thread, MPLBACKEND=Agg so no figure window can open);
- stdin from /dev/null; stdout and stderr read by the grader and cut at `output_bytes`.
With bubblewrap (`bwrap`, Debian package bubblewrap) it also runs with no network, the whole
file system read-only except its working directory, a private /tmp, its own process
namespace (it cannot see or signal the grader), no capabilities, and nothing of the file
system but the system directories and its Python (so no checkout of nnref, no shared_fixtures/
and no reference port anywhere on the machine).  `sandbox_kind("auto")` uses bwrap when a
trial run succeeds and otherwise degrades to the limits alone, which the report says.
"""
import os
import resource
import shutil
import signal
import subprocess
import sys
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from nnref.errors import NnrefError

SANDBOXES = ("auto", "bwrap", "none")


@dataclass(frozen=True)
class Limits:
    case_timeout: float = 10.0     # wall-clock seconds one case may take
    startup_grace: float = 20.0    # extra seconds for the process to start (Octave, numpy)
    cpu_seconds: int = 600         # CPU time of one child process (all its cases)
    memory_mb: int = 2048          # address space of the child
    file_mb: int = 64              # largest file the child may write
    output_bytes: int = 65536      # stdout + stderr kept; the rest is counted and dropped

    def as_dict(self) -> dict:
        return asdict(self)


@cache
def bwrap_status() -> tuple[bool, str]:
    """(works, why not): a trial run of bwrap with every option the grader uses."""
    executable = shutil.which("bwrap")
    if executable is None:
        return False, "bubblewrap is not installed (apt-get install bubblewrap)"
    trial = [executable, "--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc",
             "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib",
             "--symlink", "usr/lib64", "/lib64", "--dev", "/dev", "--proc", "/proc",
             "--tmpfs", "/tmp", "--unshare-all", "--cap-drop", "ALL", "--die-with-parent",
             "--new-session", "/usr/bin/true"]
    try:
        done = subprocess.run(trial, capture_output=True, timeout=30, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as err:
        return False, f"bwrap did not run: {err}"
    if done.returncode != 0:
        return False, f"bwrap does not work here: {done.stderr.decode(errors='replace').strip()}"
    return True, ""


def sandbox_kind(requested: str) -> tuple[str, str]:
    """('bwrap' | 'none', note for the report); nnref:noSandbox if bwrap is required but fails."""
    if requested == "none":
        return "none", "sandbox none (asked for): limits and a temporary directory only"
    works, why = bwrap_status()
    if works:
        return "bwrap", ""
    if requested == "bwrap":
        raise NnrefError("nnref:noSandbox", f"--sandbox bwrap: {why}")
    return "none", f"{why}; graded with limits and a temporary directory only (no network or " \
                   f"file-system isolation)"


def describe(kind: str, limits: Limits, note: str) -> dict:
    """The report's "sandbox" object: what held for this run."""
    isolated = kind == "bwrap"
    return {"kind": kind, "network_off": isolated, "read_only_fs": isolated,
            "checkout_hidden": isolated, "limits": limits.as_dict(),
            "notes": [note] if note else []}


SYSTEM_PATHS = ("/usr", "/etc", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")


def visible_paths() -> list[Path]:
    """What a bwrap child sees besides its working directory, read-only: the system (/usr, /etc
    and the merged-/usr links) and the Python it runs (the venv and the interpreter it was made
    from).  Nothing else: not the nnref checkout, nor any other copy of shared_fixtures/ on the
    machine (a cheat that searches the whole file system finds none)."""
    paths = [Path(p) for p in SYSTEM_PATHS if Path(p).exists()]
    for prefix in (sys.prefix, sys.base_prefix, Path(sys.executable).resolve().parent.parent):
        prefix = Path(prefix).resolve()
        if not any(prefix.is_relative_to(p) for p in paths):
            paths.append(prefix)
    return paths


def wrap(command: list[str], work: Path, cwd: Path, kind: str) -> list[str]:
    """`command` as run in the sandbox `kind`; `work` is the only writable directory."""
    if kind != "bwrap":
        return command
    # Order matters: the private /tmp comes first, so that a venv living under /tmp (tox in a
    # clone under /tmp) is bound on top of it rather than hidden by it.
    wrapped = ["bwrap", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp"]
    for path in visible_paths():
        wrapped += ["--ro-bind", str(path), str(path)]  # a link (/bin -> usr/bin) binds its target
    wrapped += ["--bind", str(work), str(work), "--chdir", str(cwd), "--unshare-all",
                "--cap-drop", "ALL", "--die-with-parent", "--new-session", "--"]
    return wrapped + command


def child_environment(work: Path) -> dict:
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(work),
            "LANG": "C.UTF-8", "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
            "MPLBACKEND": "Agg", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0",
            "TMPDIR": str(work)}


def limiter(limits: Limits):
    """preexec_fn: the resource limits, applied in the child before exec."""
    def apply():
        cpu = int(limits.cpu_seconds)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
        memory = limits.memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        size = limits.file_mb * 2**20
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return apply


def kill_group(process: subprocess.Popen) -> None:
    """SIGKILL the child's process group (it runs in a session of its own), then reap it."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def exit_text(returncode: int) -> str:
    """A process's end, in words: the limit a signal usually means."""
    if returncode >= 0:
        return f"exit status {returncode} (exit or quit called?)"
    meaning = {signal.SIGXCPU: "CPU-time limit reached", signal.SIGXFSZ: "file-size limit reached",
               signal.SIGKILL: "killed", signal.SIGSEGV: "crashed (segmentation fault)",
               signal.SIGABRT: "aborted (out of memory?)"}
    name = signal.Signals(-returncode).name if -returncode in signal.Signals._value2member_map_ \
        else f"signal {-returncode}"
    return f"{name}: {meaning.get(-returncode, 'stopped by a signal')}"
