"""Typed errors for the guidance room.

Every message is one line for the user (the CLI prints ``str(err)`` as-is and exits 2). The
classes say what went wrong, so callers (the server, the refinement loop) can map them to a
status code without parsing text (``sketch2real/errors.py`` holds the table).
"""

from __future__ import annotations

from sketch2real.errors import InvalidInput, ModelUnavailable, Sketch2RealError


class GuidanceError(Sketch2RealError):
    """Base class: a prior or a gradient cannot be used as asked. ``str(err)`` is one line."""


class GuidanceConfigError(GuidanceError, InvalidInput):
    """A bad argument or configuration: unknown method, empty prompt, bad timestep range, a
    tensor of the wrong shape, an unknown view direction."""


class PriorNotFoundError(GuidanceError, ModelUnavailable):
    """The model weights are not where they were looked for (a local folder or the Hugging Face
    cache). The message says where we looked and how to get them."""


class PriorLoadError(GuidanceError, ModelUnavailable):
    """The weights were found but cannot be used (unsupported architecture, corrupt files,
    fp16 asked for on a CPU, CUDA asked for where there is none)."""


class ImageReadError(GuidanceError, InvalidInput):
    """An input image cannot be read (missing, not an image, unsupported format)."""
