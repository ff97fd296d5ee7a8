"""Running a linreg port's functions in a fresh Octave process (for nnref.ports.linreg).

The port's functions are split one per file; gradient_function is renamed and wrapped by a
recording gradient_function.m (theta and gradient of each call, hex-exact), which also stops a
runaway descent: more than CALL_BUDGET calls, or NONFINITE_BUDGET calls with a NaN/Inf gradient.
A driver script calls gradient_descent(X, y, 0.01, 18) on the data of SPEC B3 and writes what it
got to TRACE_FILE; stdout and stderr of the process are captured, never passed on.
"""
import re
import struct
import subprocess
from pathlib import Path

import numpy as np

from nnref.octave import INSTALL_HINT, octave_executable

RENAMED = "nnref_port_gradient_function"
TRACE_FILE = "nnref_port_result.txt"
CALL_BUDGET = 20000        # the reference needs 4345 calls
NONFINITE_BUDGET = 20
TIMEOUT = 60               # seconds per Octave process


class PortError(Exception):
    """The port could not be checked (verdict error, exit 2)."""

WRAPPER = """function varargout = gradient_function(varargin)
  % GRADIENT_FUNCTION  nnref wrapper: records each call of the port's gradient_function.
  global NNREF_CALLS NNREF_TRACE NNREF_NONFINITE
  if isempty(NNREF_CALLS)
    NNREF_CALLS = 0;
    NNREF_TRACE = NaN(@BUDGET@, 4);
    NNREF_NONFINITE = 0;
  end
  varargout = cell(1, max(nargout, 1));
  [varargout{:}] = @RENAMED@(varargin{:});
  NNREF_CALLS = NNREF_CALLS + 1;
  row = NaN(1, 4);
  if nargin >= 1 && isnumeric(varargin{1}) && numel(varargin{1}) == 2
    row(1:2) = double(varargin{1}(:)');
  end
  g = varargout{1};
  if isnumeric(g) && numel(g) == 2
    row(3:4) = double(g(:)');
  end
  NNREF_TRACE(NNREF_CALLS, :) = row;
  if ~isnumeric(g) || ~all(isfinite(g(:)))
    NNREF_NONFINITE = NNREF_NONFINITE + 1;
  end
  if NNREF_NONFINITE >= @NONFINITE@
    error('nnref:portRunaway', 'the gradient was NaN or Inf in %d calls: the descent diverged', NNREF_NONFINITE);
  end
  if NNREF_CALLS >= @BUDGET@
    error('nnref:portRunaway', 'gradient_function was called %d times without the descent stopping', NNREF_CALLS);
  end
end
"""

DRIVER = """global NNREF_CALLS NNREF_TRACE NNREF_NONFINITE
NNREF_CALLS = 0;
NNREF_TRACE = NaN(@BUDGET@, 4);
NNREF_NONFINITE = 0;
nnref_updates = [];
nnref_fid = fopen('@RESULT@', 'w');
try
  nnref_m = 18;
  nnref_X = [ones(nnref_m, 1), (1:nnref_m)'];
  nnref_y = [2 3 3 5 8 10 10 13 15 15 16 19 19 20 22 22 25 28]';
  if @NOUT@ >= 2
    [nnref_theta, nnref_updates] = gradient_descent(nnref_X, nnref_y, 0.01, nnref_m);
  else
    nnref_theta = gradient_descent(nnref_X, nnref_y, 0.01, nnref_m);
  end
  fprintf(nnref_fid, 'status ok\\n');
  if isnumeric(nnref_theta) && isreal(nnref_theta)
    nnref_hex = cellstr(num2hex(double(nnref_theta(:))));
    fprintf(nnref_fid, 'theta');
    fprintf(nnref_fid, ' %s', nnref_hex{:});
    fprintf(nnref_fid, '\\n');
  end
  if isnumeric(nnref_updates) && numel(nnref_updates) == 1
    fprintf(nnref_fid, 'updates %s\\n', num2hex(double(nnref_updates)));
  end
catch nnref_err
  fprintf(nnref_fid, 'status error\\nidentifier %s\\n', nnref_err.identifier);
  fprintf(nnref_fid, 'message %s\\n', strrep(nnref_err.message, char(10), ' '));
end
fprintf(nnref_fid, 'calls %d\\n', NNREF_CALLS);
for nnref_k = 1:min(NNREF_CALLS, @BUDGET@)
  nnref_hex = cellstr(num2hex(NNREF_TRACE(nnref_k, :)'));
  fprintf(nnref_fid, 'row');
  fprintf(nnref_fid, ' %s', nnref_hex{:});
  fprintf(nnref_fid, '\\n');
end
fclose(nnref_fid);
"""

SCRIPT_RUNNER = ("try; {name}; nnref_status = 'ok'; nnref_message = ''; catch nnref_err; "
                 "nnref_status = 'error'; nnref_message = nnref_err.message; end; "
                 "nnref_fid = fopen('{result}', 'w'); fprintf(nnref_fid, '%s\\n%s\\n', "
                 "nnref_status, strrep(nnref_message, char(10), ' ')); fclose(nnref_fid);")


def wrapped(block):
    """(file name, text) of a block; gradient_function is renamed, its wrapper added after it."""
    if block.name != "gradient_function":
        return [(block.name, block.text)]
    wrapper = (WRAPPER.replace("@RENAMED@", RENAMED).replace("@BUDGET@", str(CALL_BUDGET))
               .replace("@NONFINITE@", str(NONFINITE_BUDGET)))
    return [(RENAMED, re.sub(r"\bgradient_function\b", RENAMED, block.text, count=1)),
            ("gradient_function", wrapper)]


def split_functions(blocks, target: Path) -> None:
    """One file per function block, gradient_function wrapped."""
    for block in blocks:
        for name, text in wrapped(block):
            (target / f"{name}.m").write_text(text)


def reordered_script(blocks, body: str) -> str:
    """'1;', the functions (gradient_function wrapped, so a runaway stops), then the code."""
    return "1;\n" + "".join(text for block in blocks for _, text in wrapped(block)) + body


def write_driver(directory: Path, nout: int) -> None:
    text = (DRIVER.replace("@BUDGET@", str(CALL_BUDGET)).replace("@NOUT@", str(nout))
            .replace("@RESULT@", quoted(directory / TRACE_FILE)))
    (directory / "nnref_port_driver.m").write_text(text)


def run_octave(directory: Path, name: str):
    """Run script `name` in `directory` in a fresh octave-cli: ('ok'|'error', message)."""
    executable = octave_executable()
    if executable is None:
        raise PortError(f"Octave is not installed; {INSTALL_HINT}")
    result_file = directory / "nnref_script_status.txt"
    code = f"cd('{quoted(directory)}'); " + SCRIPT_RUNNER.format(name=name,
                                                                 result=quoted(result_file))
    try:
        subprocess.run([executable, "--no-gui", "--norc", "--quiet", "--eval", code],
                       cwd=directory, capture_output=True, text=True, timeout=TIMEOUT,
                       stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return "error", f"did not finish within {TIMEOUT} s"
    if not result_file.is_file():
        return "error", "Octave exited before the port finished"
    status, _, message = result_file.read_text().partition("\n")
    return status.strip(), message.strip()


def read_result(path: Path) -> dict:
    """The driver's TRACE_FILE as {status, identifier, message, theta, updates, calls, trace}."""
    result = {"status": "error", "identifier": "", "message": "", "theta": None,
              "updates": None, "calls": 0, "trace": []}
    for line in path.read_text().splitlines():
        key, _, rest = line.partition(" ")
        if key in ("status", "identifier", "message"):
            result[key] = rest
        elif key == "theta":
            result["theta"] = np.array([from_hex(h) for h in rest.split()])
        elif key == "updates":
            value = from_hex(rest)
            result["updates"] = int(value) if np.isfinite(value) and value == int(value) else value
        elif key == "calls":
            result["calls"] = int(rest)
        elif key == "row":
            result["trace"].append(np.array([from_hex(h) for h in rest.split()]))
    return result


def quoted(path: Path) -> str:
    """A path inside a single-quoted Octave string."""
    return str(path).replace("'", "''")


def from_hex(text: str) -> float:
    return struct.unpack(">d", bytes.fromhex(text.strip()))[0]
