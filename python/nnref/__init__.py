"""nnref: reference implementations of classic small neural networks, twinned in MATLAB/Octave.

The package root stays light on purpose: the fixture generator imports `nnref.fixtures`
and must not pull in any algorithm module (the ports under test). Algorithm functions
are reached through their modules or `nnref.api.get_function(name)`.
"""
from nnref.errors import NnrefError

__version__ = "0.1.0"
__all__ = ["NnrefError", "__version__"]
