"""Running someone else's .m files safely: a temporary copy with figure calls neutralised.

The published ports end with plot(...); a headless Octave with no graphics toolkit stops there
("no graphics toolkits are available!", SPEC A8).  The copy gets do-nothing function files for
the graphics and pause functions, which shadow the built-ins while the copy is on the path.
"""
import shutil
import tempfile
from pathlib import Path

GRAPHICS_FUNCTIONS = ("plot", "plot3", "figure", "hold", "xlabel", "ylabel", "zlabel", "title",
                      "legend", "grid", "axis", "subplot", "surf", "surfc", "mesh", "contour",
                      "contourf", "scatter", "scatter3", "quiver", "drawnow", "pause", "clf",
                      "close", "colorbar", "colormap", "view", "text", "line", "semilogy",
                      "loglog", "print", "saveas", "shg", "waitforbuttonpress")

STUB = """function varargout = {name}(varargin)
  % {upper}  nnref stub: figures are neutralised while a port is checked.
  varargout = cell(1, nargout);
end
"""


def neutralised_copy(source: Path, destination: Path | None = None) -> Path:
    """Copy the .m files of `source` (a directory, or one .m file) into a new directory and add
    the graphics stubs; returns that directory (the caller removes it)."""
    source = Path(source)
    target = Path(destination or tempfile.mkdtemp(prefix="nnref-port-"))
    target.mkdir(parents=True, exist_ok=True)
    files = [source] if source.is_file() else sorted(source.glob("*.m"))
    for path in files:
        shutil.copy2(path, target / path.name)
    for name in GRAPHICS_FUNCTIONS:
        stub = target / f"{name}.m"
        if not stub.exists():
            stub.write_text(STUB.format(name=name, upper=name.upper()))
    return target
