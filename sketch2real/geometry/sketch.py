"""In-memory sketch: polylines with per-point radius and colour, or a triangle mesh.

Frame: metres, right-handed, +Y up (glTF and wire frame). Readers convert from each tool's own
units and handedness on the way in and record what they converted from, so results can be
reported in the tool's terms.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

DEFAULT_COLOR = (0.5, 0.5, 0.5, 1.0)
"""RGBA given to strokes and mesh vertices whose file records no colour (mid grey)."""

RIBBON_BRUSHES = frozenset({"flat", "ink", "ribbon"})
"""Brush names (lower case) swept as flat ribbons along the point orientation, not as tubes."""


@dataclass(frozen=True)
class Stroke:
    """One polyline the hand drew.

    ``points`` [N,3] float32, metres, sketch frame. ``radii`` [N] float32, metres (half the brush
    width times pressure). ``colors`` [N,4] float32 RGBA in [0, 1]. ``orientations`` [N,4]
    float32 unit quaternions (x, y, z, w) giving the brush frame per point, or None when the tool
    records none. ``brush`` is the tool's brush name; ``ribbon`` marks flat brushes.
    """

    points: np.ndarray
    radii: np.ndarray
    colors: np.ndarray
    orientations: np.ndarray | None = None
    brush: str = "tube"
    ribbon: bool = False

    @property
    def n_points(self) -> int:
        return int(self.points.shape[0])


@dataclass(frozen=True)
class MeshData:
    """A triangle mesh: ``vertices`` [V,3] float32 metres, ``faces`` [F,3] int64 vertex indices
    (counter-clockwise seen from outside), ``vertex_colors`` [V,4] float32 RGBA in [0, 1] or None.
    """

    vertices: np.ndarray
    faces: np.ndarray
    vertex_colors: np.ndarray | None = None


@dataclass(frozen=True)
class Sketch:
    """A sketch: strokes (a curve network, the usual VR sketch) or a mesh, never both empty.

    ``source_units`` names the file's own length unit ("m", "dm", ...) and ``metres_per_unit`` the
    factor the reader already applied. ``name`` is for messages and reports.
    """

    strokes: tuple[Stroke, ...] = ()
    mesh: MeshData | None = None
    source_units: str = "m"
    metres_per_unit: float = 1.0
    name: str = "sketch"
    metadata: dict = field(default_factory=dict)

    @property
    def kind(self) -> str:
        """"strokes" for a curve network, "mesh" for a triangle mesh."""
        return "mesh" if self.mesh is not None else "strokes"

    @property
    def n_points(self) -> int:
        return int(sum(s.n_points for s in self.strokes))

    def points(self) -> np.ndarray:
        """All stroke points (or mesh vertices) as [P,3] float32, metres, sketch frame."""
        if self.mesh is not None:
            return np.asarray(self.mesh.vertices, dtype=np.float32)
        if not self.strokes:
            return np.zeros((0, 3), dtype=np.float32)
        return np.concatenate([s.points for s in self.strokes], axis=0).astype(np.float32)

    def bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """Axis-aligned bounds (lo [3], hi [3]) of ``points()``, metres."""
        p = self.points()
        return p.min(axis=0), p.max(axis=0)

    def diagonal(self) -> float:
        """Length of the bounding-box diagonal, metres."""
        lo, hi = self.bounds()
        return float(np.linalg.norm(hi - lo))
