"""Typed errors for a user's bad input.

Every message is one line that names the problem (and the field or limit where there is one), so
the CLI prints it as-is and exits non-zero, and the server maps it to a gRPC status code
(``sketch2real/errors.py``: all of them are ``InvalidInput``).
"""

from __future__ import annotations

from sketch2real.errors import InvalidInput


class SketchError(InvalidInput):
    """Base class: the user's sketch cannot be used. ``str(err)`` is one line for the user."""


class SketchFormatError(SketchError):
    """The file is malformed or is not what its extension says."""


class UnsupportedFormatError(SketchFormatError):
    """No reader handles this file extension."""


class SketchValidationError(SketchError):
    """The content is unusable: empty, NaN/inf, indices out of range, degenerate geometry."""


class SketchLimitError(SketchError):
    """The input is larger than a documented limit (points, triangles, strokes, file bytes)."""
