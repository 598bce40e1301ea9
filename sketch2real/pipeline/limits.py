"""The limits of one refinement request, stated once. Torch-free.

``PLAN_LIMITS`` are the library's own bounds (what ``sketch2real refine`` accepts); a server
narrows them (``ServerLimits`` in ``server/config.py``) and ``PlanLimits.narrowed`` refuses to
widen them. Sketch size limits are the geometry room's (``geometry/limits.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from sketch2real.errors import ConfigError


@dataclass(frozen=True)
class PlanLimits:
    """Inclusive bounds of the numeric fields of a ``RefineRequest``."""

    max_prompt_chars: int = 500
    """Longest prompt, characters (after whitespace is collapsed)."""
    max_steps: int = 100_000
    """Most refinement steps (the paper's full schedule is 25,000)."""
    min_faces: int = 100
    """Smallest face budget of the exported mesh."""
    max_faces: int = 2_000_000
    """Largest face budget of the exported mesh."""
    min_texture_size: int = 64
    max_texture_size: int = 4096
    """Side of the baked texture, pixels."""
    min_preview_faces: int = 100
    max_preview_faces: int = 200_000
    """Face budget of preview meshes."""
    min_preview_interval_s: float = 0.05
    max_preview_interval_s: float = 3600.0
    """Seconds between preview meshes."""

    def narrowed(self, **changes) -> "PlanLimits":
        """These limits with ``changes`` applied; raises ``ConfigError`` if a change widens one
        (a larger ``max_*`` or a smaller ``min_*``)."""
        known = {f.name for f in fields(self)}
        for name, value in changes.items():
            if name not in known:
                raise ConfigError(f"unknown plan limit {name!r}")
            mine = getattr(self, name)
            wider = value < mine if name.startswith("min_") else value > mine
            if wider:
                raise ConfigError(f"limit {name}={value} is wider than the pipeline's {mine}")
        out = replace(self, **changes)
        for lo, hi in (("min_faces", "max_faces"), ("min_texture_size", "max_texture_size"),
                       ("min_preview_faces", "max_preview_faces"),
                       ("min_preview_interval_s", "max_preview_interval_s")):
            if getattr(out, lo) > getattr(out, hi):
                raise ConfigError(f"limit {lo}={getattr(out, lo)} is above {hi}={getattr(out, hi)}")
        return out


PLAN_LIMITS = PlanLimits()
"""The pipeline's own limits."""
