"""python -m nnref: the command line (nnref.cli)."""
import sys

from nnref.cli import main

sys.exit(main())
