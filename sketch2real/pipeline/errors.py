"""Errors of the pipeline room.

``SettingsError`` is a user's bad ``RefineSettings`` (unknown preset, a face budget out of range,
an empty prompt...). It subclasses ``GuidanceConfigError`` so callers that already turn
``SketchError`` / ``GuidanceError`` into "invalid input" (the CLI's exit 2, the server's
INVALID_ARGUMENT) handle it without knowing this room.
"""

from __future__ import annotations

from sketch2real.guidance.errors import GuidanceConfigError


class SettingsError(GuidanceConfigError):
    """A field of ``RefineSettings`` is out of range; the message names the field and the limit."""
