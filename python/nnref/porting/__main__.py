"""python -m nnref.porting [--check] [--out DIR]: see nnref.porting."""
import argparse
import sys

from nnref.errors import NnrefError
from nnref.porting import DEFAULT_OUT, generate, stale, write


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nnref.porting",
                                     description="generate the porting reference (docs/porting)")
    parser.add_argument("--out", default=DEFAULT_OUT, help="directory (default docs/porting)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when the pages in --out are stale")
    options = parser.parse_args(argv)
    try:
        files = generate()
    except NnrefError as err:
        print(f"nnref: {err.identifier}: {err.message}", file=sys.stderr)
        return 2
    if options.check:
        wrong = stale(files, options.out)
        for name in wrong:
            print(f"stale: {name}", file=sys.stderr)
        return 1 if wrong else 0
    write(files, options.out)
    print(f"wrote {len(files)} pages into {options.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
