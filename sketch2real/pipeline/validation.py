"""Boundary checks of a ``RefineRequest``: every field against its limit (``limits.py``), one
line naming the field, before anything heavy is loaded. Torch-free: the CLI and the server's
request handlers run it."""

from __future__ import annotations

import math
import unicodedata

from sketch2real.pipeline.errors import SettingsError
from sketch2real.pipeline.limits import PLAN_LIMITS, PlanLimits
from sketch2real.pipeline.request import (BRIDGE_STOPS, DEVICES, FIT_MODES, FORMATS, METHODS,
                                          PRESETS, RefineRequest)

MAX_SEED = 2 ** 63 - 1


def clean_prompt(text: str) -> str:
    """The prompt with its whitespace collapsed (what every boundary passes on)."""
    return " ".join(str(text).split())


def _integer(name: str, value, lo: int, hi: int, limit_name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SettingsError(name, f"must be an integer, got {value!r}")
    if value < lo:
        raise SettingsError(name, f"{value} is less than the minimum {lo}")
    if value > hi:
        raise SettingsError(name, f"{value} is more than the limit {limit_name}={hi}")


def _choice(name: str, value, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise SettingsError(name, f"must be one of {', '.join(choices)}, got {value!r}")


def check_request(r: RefineRequest, limits: PlanLimits = PLAN_LIMITS) -> RefineRequest:
    """Return ``r`` if every field is usable within ``limits``, else raise ``SettingsError``."""
    if not isinstance(r, RefineRequest):
        raise SettingsError("request", f"must be a RefineRequest, got {type(r).__name__}")
    if not isinstance(r.prompt, str) or not r.prompt.strip():
        raise SettingsError("prompt", "empty prompt: say what the sketch is, e.g. "
                                      "\"a red flower\"")
    if len(r.prompt) > limits.max_prompt_chars:
        raise SettingsError("prompt", f"{len(r.prompt)} characters is more than the limit "
                                      f"max_prompt_chars={limits.max_prompt_chars}")
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Co") for ch in clean_prompt(r.prompt)):
        raise SettingsError("prompt", "contains control characters")
    _choice("method", r.method, METHODS)
    _choice("preset", r.preset, PRESETS)
    if not isinstance(r.model, str) or not r.model.strip():
        raise SettingsError("model", "give a model id, a folder, 'tiny-random' or 'analytic'")
    _choice("device", r.device, DEVICES)
    _integer("seed", r.seed, 0, MAX_SEED, "2^63-1")
    if r.steps is not None:
        _integer("steps", r.steps, 1, limits.max_steps, "max_steps")
    _integer("max_faces", r.max_faces, limits.min_faces, limits.max_faces, "max_faces")
    _integer("texture_size", r.texture_size, limits.min_texture_size, limits.max_texture_size,
             "max_texture_size")
    _integer("preview_max_faces", r.preview_max_faces, limits.min_preview_faces,
             limits.max_preview_faces, "max_preview_faces")
    _choice("fit_mode", r.fit_mode, FIT_MODES)
    formats = tuple(r.formats)
    if not formats or any(f not in FORMATS for f in formats) or len(set(formats)) != len(formats):
        raise SettingsError("formats", f"must be distinct values of {', '.join(FORMATS)}, "
                                       f"got {formats!r}")
    interval = r.preview_interval_s
    lo, hi = limits.min_preview_interval_s, limits.max_preview_interval_s
    if not (isinstance(interval, (int, float)) and not isinstance(interval, bool)
            and math.isfinite(interval) and lo <= interval <= hi):
        raise SettingsError("preview_interval_s", f"{interval!r} is outside {lo:g}..{hi:g} "
                                                  "seconds")
    front = tuple(r.front)
    if (len(front) != 3 or not all(isinstance(c, (int, float)) and math.isfinite(c) for c in front)
            or math.hypot(front[0], front[2]) < 1e-6):
        raise SettingsError("front", f"must be a horizontal direction (x, y, z) with x or z "
                                     f"non-zero, got {front!r}")
    _choice("bridge_stop", r.bridge_stop, BRIDGE_STOPS)
    return r
