"""The fixture generator: rebuilds every shared fixture from sources outside the ports.

It never imports nnref's algorithm modules (a test runs it with those imports blocked).
Expected values come from published numbers (SPEC), exact arithmetic (mpmath at 60 digits or
fractions, rounded once to the nearest double), and PyTorch (autograd, torch-loop).  Cases
that need PyTorch are rebuilt only with `--torch` (tox -e crosscheck); without it they are
carried over verbatim from the committed fixture, so the default run needs no torch.
"""
