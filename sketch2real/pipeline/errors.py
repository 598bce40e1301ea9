"""Errors of the pipeline room.

``SettingsError`` is a user's bad ``RefineRequest`` (unknown preset, a face budget out of range,
an empty prompt...): an ``InvalidInput`` (``sketch2real/errors.py``) that names the field, so
the CLI prints it and the server answers INVALID_ARGUMENT for ``options.<field>``.
"""

from __future__ import annotations

from sketch2real.errors import InvalidInput


class SettingsError(InvalidInput):
    """A field of a ``RefineRequest`` is out of range. ``field`` names it, ``detail`` says what
    is wrong and which limit; ``str(err)`` is ``"<field>: <detail>"``."""

    def __init__(self, field: str, detail: str):
        self.field = field
        self.detail = " ".join(str(detail).split())
        super().__init__(f"{field}: {self.detail}")
