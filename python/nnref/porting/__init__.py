"""The porting reference (issue 10), generated from the sources so that it cannot drift.

python -m nnref.porting [--check] [--out DIR] writes docs/porting/: index.md and index.html,
and for every Python module with Octave twins a page <module>.md and <module>.html showing each
Python function beside its Octave twin, statement against statement, with the porting traps it
meets and the fixture cases that call it.  Twins are paired by the "Python twin:
nnref.module.function" line of each matlab/+nnref/*.m help text, and every function of
nnref.api must have its Octave file: a missing or inconsistent twin stops the generator
(nnref:missingTwin).  --check writes nothing and exits 1 when the committed pages differ from
what the sources give (tests/test_porting.py does the same).
"""
from pathlib import Path

from nnref.fixtures import REPO_ROOT

DEFAULT_OUT = REPO_ROOT / "docs" / "porting"


def generate(m_dir=None, functions=None) -> dict:
    """file name -> text of every page of the porting reference."""
    from nnref.api import FUNCTIONS
    from nnref.porting.render import analysed, index_markdown, page_markdown, page_order
    from nnref.porting.render_html import index_html, page_html
    from nnref.porting.twins import M_DIR, pairs_or_raise
    pairs = pairs_or_raise(m_dir or M_DIR, FUNCTIONS if functions is None else functions)
    pages = {module: analysed([p for p in pairs if p.module == module])
             for module in page_order(pairs)}
    files = {"index.md": index_markdown(pages), "index.html": index_html(pages)}
    for module, items in pages.items():
        files[f"{module}.md"] = page_markdown(module, items)
        files[f"{module}.html"] = page_html(module, items)
    return files


def stale(files: dict, directory: Path = DEFAULT_OUT) -> list:
    """Names of the pages that differ from `files` in `directory`, or are missing, or extra."""
    directory = Path(directory)
    present = {p.name for p in directory.glob("*") if p.suffix in (".md", ".html")} \
        if directory.is_dir() else set()
    wrong = [name for name, text in files.items()
             if name not in present or (directory / name).read_text() != text]
    return sorted(wrong + [name for name in present if name not in files])


def write(files: dict, directory: Path = DEFAULT_OUT) -> None:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for path in directory.glob("*"):
        if path.suffix in (".md", ".html") and path.name not in files:
            path.unlink()
    for name, text in files.items():
        (directory / name).write_text(text)
