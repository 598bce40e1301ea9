"""Documented size limits for sketches. Inputs past them are refused with ``SketchLimitError``.

The defaults keep one sketch well inside the memory of a 24 GB GPU and of the gRPC message limit.
The server may pass a stricter ``SketchLimits`` of its own.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SketchLimits:
    max_file_bytes: int = 256 * 1024 * 1024
    """Largest sketch file accepted, in bytes (256 MiB)."""
    max_strokes: int = 100_000
    """Most strokes (polylines) in one sketch."""
    max_points: int = 2_000_000
    """Most stroke points, summed over all strokes."""
    max_points_per_stroke: int = 200_000
    """Most points in a single stroke."""
    max_vertices: int = 2_000_000
    """Most vertices in a mesh sketch."""
    max_triangles: int = 2_000_000
    """Most triangles in a mesh sketch."""


DEFAULT_LIMITS = SketchLimits()
