"""Documented size limits for sketches. Inputs past them are refused with ``SketchLimitError``.

The defaults keep one sketch well inside the memory of a 24 GB GPU and of the gRPC message limit.
The server may pass a stricter ``SketchLimits`` of its own.

Readers check every count a file declares against these before they allocate for it (lines
before reading them, element counts before arrays, image dimensions before decoding,
``readers/preflight.py``), so a small file cannot ask for a large amount of memory.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import SketchLimitError


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
    max_lines: int = 10_000_000
    """Most lines in a text sketch file (``.curves``, ``.obj``, ASCII ``.ply``/``.off``),
    counted before any line is read."""
    max_nodes: int = 20_000
    """Most scene-node instances in a glTF/GLB file (every placement of a node counts, so a node
    reached twice counts twice), counted from the JSON before the scene is built."""
    max_image_pixels: int = 4096 * 4096
    """Largest texture image (width x height) a mesh file may carry, read from the image's header
    before it is decoded."""

    def add_stroke_points(self, name: str, where: str, n: int, total: int) -> int:
        """Count a stroke of ``n`` points (``where`` names it, e.g. "stroke 3" or "line 12")
        onto the running ``total``; raise ``SketchLimitError`` past ``max_points_per_stroke``
        or ``max_points``. Returns the new total. Readers call it before reading the points."""
        if n > self.max_points_per_stroke:
            raise SketchLimitError(
                f"{name}: {where} has {n} points, more than the limit "
                f"max_points_per_stroke={self.max_points_per_stroke}")
        total += n
        if total > self.max_points:
            raise SketchLimitError(
                f"{name}: {total} points is more than the limit max_points={self.max_points}")
        return total


DEFAULT_LIMITS = SketchLimits()
