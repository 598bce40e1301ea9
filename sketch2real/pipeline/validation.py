"""Boundary checks of ``RefineSettings``: every field against its documented limit, one line
naming the field, before anything heavy is loaded."""

from __future__ import annotations

import math

from sketch2real.pipeline.errors import SettingsError
from sketch2real.pipeline.settings import FORMATS, METHODS, PRESETS, RefineSettings

LIMITS = {
    "prompt_chars": (1, 500),
    "steps": (1, 100_000),
    "max_faces": (100, 2_000_000),
    "texture_size": (64, 4096),
    "preview_max_faces": (100, 200_000),
}
"""Inclusive (min, max) of the numeric fields."""

FIT_MODES = ("surface", "tube")


def _in_range(name: str, value, key: str | None = None) -> None:
    lo, hi = LIMITS[key or name]
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise SettingsError(f"{name} must be an integer in [{lo}, {hi}], got {value!r}")


def check_settings(s: RefineSettings) -> RefineSettings:
    """Return ``s`` if every field is usable, else raise SettingsError (one line)."""
    if not isinstance(s, RefineSettings):
        raise SettingsError(f"settings must be a RefineSettings, got {type(s).__name__}")
    if not isinstance(s.prompt, str) or not s.prompt.strip():
        raise SettingsError("prompt must be a non-empty text")
    lo, hi = LIMITS["prompt_chars"]
    if len(s.prompt) > hi:
        raise SettingsError(f"prompt must be at most {hi} characters, got {len(s.prompt)}")
    if s.method not in METHODS:
        raise SettingsError(f"method must be one of {', '.join(METHODS)}, got {s.method!r}")
    if s.preset not in PRESETS:
        raise SettingsError(f"preset must be one of {', '.join(PRESETS)}, got {s.preset!r}")
    if not isinstance(s.model, str) or not s.model.strip():
        raise SettingsError("model must be a model id, a folder, 'tiny-random' or 'analytic'")
    if s.device not in ("cuda", "cpu"):
        raise SettingsError(f"device must be 'cuda' or 'cpu', got {s.device!r}")
    if isinstance(s.seed, bool) or not isinstance(s.seed, int) or not 0 <= s.seed < 2 ** 63:
        raise SettingsError(f"seed must be a non-negative integer, got {s.seed!r}")
    if s.steps is not None:
        _in_range("steps", s.steps)
    _in_range("max_faces", s.max_faces)
    _in_range("texture_size", s.texture_size)
    _in_range("preview_max_faces", s.preview_max_faces)
    if s.fit_mode not in FIT_MODES:
        raise SettingsError(f"fit_mode must be one of {', '.join(FIT_MODES)}, got {s.fit_mode!r}")
    formats = tuple(s.formats)
    if not formats or any(f not in FORMATS for f in formats) or len(set(formats)) != len(formats):
        raise SettingsError(f"formats must be distinct values of {', '.join(FORMATS)}, got {formats!r}")
    if not (isinstance(s.preview_interval_s, (int, float)) and math.isfinite(s.preview_interval_s)
            and s.preview_interval_s > 0):
        raise SettingsError(f"preview_interval_s must be a positive number, got {s.preview_interval_s!r}")
    front = tuple(s.front)
    if (len(front) != 3 or not all(isinstance(c, (int, float)) and math.isfinite(c) for c in front)
            or math.hypot(front[0], front[2]) < 1e-6):
        raise SettingsError(f"front must be a horizontal direction (x, y, z) with x or z non-zero, "
                            f"got {front!r}")
    return s
