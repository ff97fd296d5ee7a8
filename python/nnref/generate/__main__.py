"""python -m nnref.generate [--check] [--torch] [--out DIR] [--only ALGORITHM ...]

Rebuilds every fixture.  Without --torch, cases that need PyTorch are carried over from the
committed fixture.  --check writes nothing: it compares the rebuilt text with the files in
shared_fixtures/ (and their SHA256SUMS lines) and exits 1, listing the files, when any differs.
"""
import argparse
import hashlib
import sys
from pathlib import Path

from nnref.generate.build import FIXTURE_MODULES, build_document, rebuilt_texts
from nnref.fixtures import fixtures_dir, read_checksums, record_checksums, write_fixture


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nnref.generate", description=__doc__.split("\n")[2])
    parser.add_argument("--check", action="store_true", help="compare with the committed fixtures, write nothing")
    parser.add_argument("--torch", action="store_true", help="rebuild the PyTorch-sourced cases too")
    parser.add_argument("--out", type=Path, help="write here instead of shared_fixtures/")
    parser.add_argument("--only", nargs="+", choices=sorted(FIXTURE_MODULES), metavar="ALGORITHM")
    options = parser.parse_args(argv)
    committed = fixtures_dir()
    names = options.only or sorted(FIXTURE_MODULES)
    if options.check:
        recorded = read_checksums(committed) or {}
        differing = [name for name, text in rebuilt_texts(names, committed, options.torch).items()
                     if not (committed / f"{name}.json").is_file()
                     or (committed / f"{name}.json").read_text() != text
                     or recorded.get(f"{name}.json") != hashlib.sha256(text.encode()).hexdigest()]
        for name in differing:
            print(f"differs from a fresh regeneration: {committed / f'{name}.json'}", file=sys.stderr)
        print(f"checked {len(names)} fixtures ({'with' if options.torch else 'without'} torch): "
              f"{len(differing)} differ")
        return 1 if differing else 0
    out = options.out or committed
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        write_fixture(build_document(name, committed, options.torch), out / f"{name}.json")
        record_checksums(out, [name])
        print(f"wrote {out / f'{name}.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
