"""The one exception type of nnref, carrying the same identifier as the Octave twin's error()."""


class NnrefError(ValueError):
    """A refused input or fixture.

    `identifier` equals the Octave error identifier (e.g. 'nnref:badShape') and `str(err)`
    equals the Octave error message, so a test can assert the same pair in both languages.
    """

    def __init__(self, identifier: str, message: str):
        if not identifier.startswith("nnref:"):
            raise AssertionError(f"error identifiers live in the nnref: namespace, got {identifier!r}")
        super().__init__(message)
        self.identifier = identifier
        self.message = message
