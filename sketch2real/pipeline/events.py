"""Progress events a refinement job emits, in order: ``StageStarted`` / ``Progress`` / ``Preview``
(any number), then exactly one of ``Completed``, ``Failed`` or ``Cancelled``.

The pipeline hands events to a callback (``on_event``); the server numbers them (sequence
numbers belong to the job store, not to the pipeline) and maps them to protobuf in one module.
Arrays are numpy; positions are in the sketch's own frame (metres, right-handed, +Y up).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

STAGES = ("fit", "sds", "bridge", "export")
"""Stage names in the order a job runs them (the second is the method's first stage name when
the method is not the bridge, e.g. "sds" alone for SDS)."""


@dataclass(frozen=True)
class StageStarted:
    stage: str
    """One of ``STAGES`` (or a method's own stage name)."""
    total_steps: int
    """Steps this stage will take (0 when it is not step-based, e.g. export)."""


@dataclass(frozen=True)
class Progress:
    stage: str
    step: int
    """Steps done in this stage, 1-based."""
    total_steps: int
    loss: float
    eta_seconds: float
    """Estimated seconds until the whole job completes."""
    saturated_share: float = 0.0
    """Share of the texels this step's views showed that are saturated (a channel at 0 or 255
    in 8 bits, where the colour's gradient is nearly zero; ``geometry/texture_field.py``); 0
    outside the refinement stages."""


@dataclass(frozen=True)
class Preview:
    """A preview mesh: ``vertices`` [V,3] float32 (sketch frame, metres), ``faces`` [F,3] uint32
    (counter-clockwise from outside), ``colors`` [V,4] uint8 RGBA; decimated to a face budget."""

    stage: str
    step: int
    vertices: np.ndarray
    faces: np.ndarray
    colors: np.ndarray


@dataclass(frozen=True)
class Completed:
    """The result. ``files`` maps a format ("glb", "obj", "ply") to the path written; ``mesh`` is
    the final mesh as a ``Preview``-like triple plus ``uvs`` [V,2] float32 and ``texture_png``
    bytes; ``report`` holds settings, per-stage seconds, steps/s, peak memory and distances."""

    files: dict
    vertices: np.ndarray
    faces: np.ndarray
    colors: np.ndarray
    uvs: np.ndarray | None
    texture_png: bytes | None
    report: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Failed:
    code: str
    """"invalid_input" (the user's sketch or settings), "resource" (out of memory, no GPU),
    or "internal" (a bug)."""
    message: str
    """One line for the user."""


@dataclass(frozen=True)
class Cancelled:
    stage: str
    step: int


Event = StageStarted | Progress | Preview | Completed | Failed | Cancelled
