"""Normalisation of a sketch into the unit cube, with the transform recorded.

Normalised space: x_n = (x - center) * scale, so that the sketch's bounding box is centred at the
origin and its longest side spans ``extent`` (default 0.8) inside the cube [-0.5, 0.5]^3. Axes are
never rotated or flipped, only translated and scaled uniformly, so handedness is kept and a result
made in normalised space returns to the sketch's own frame with ``to_sketch``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import SketchValidationError


@dataclass(frozen=True)
class Normalization:
    """Similarity transform sketch frame (metres) -> normalised cube.

    ``center`` [3] float64 metres; ``scale`` float (normalised units per metre).
    """

    center: tuple[float, float, float]
    scale: float

    @staticmethod
    def fit(points: np.ndarray, extent: float = 0.8) -> "Normalization":
        """Transform that puts the bounding box of ``points`` [P,3] (metres) centred in the cube,
        its longest side ``extent`` long."""
        p = np.asarray(points, dtype=np.float64)
        if p.ndim != 2 or p.shape[1] != 3 or p.shape[0] == 0:
            raise SketchValidationError(f"cannot normalise points of shape {tuple(p.shape)}")
        lo, hi = p.min(axis=0), p.max(axis=0)
        longest = float((hi - lo).max())
        if not np.isfinite(longest) or longest <= 1e-9:
            raise SketchValidationError(
                "sketch has zero extent: every point lies at one place, nothing to fit")
        center = (lo + hi) / 2.0
        return Normalization(center=tuple(float(c) for c in center), scale=extent / longest)

    def to_normalized(self, points: np.ndarray) -> np.ndarray:
        """[...,3] metres, sketch frame -> [...,3] normalised (same dtype as float input)."""
        p = np.asarray(points)
        return ((p - np.asarray(self.center, dtype=np.float64)) * self.scale).astype(
            p.dtype if p.dtype.kind == "f" else np.float64)

    def to_sketch(self, points: np.ndarray) -> np.ndarray:
        """[...,3] normalised -> [...,3] metres, sketch frame."""
        p = np.asarray(points)
        return (p / self.scale + np.asarray(self.center, dtype=np.float64)).astype(
            p.dtype if p.dtype.kind == "f" else np.float64)

    def matrix(self) -> np.ndarray:
        """4x4 float64 matrix of ``to_normalized`` acting on column vectors [x, y, z, 1]."""
        m = np.eye(4)
        m[:3, :3] *= self.scale
        m[:3, 3] = -np.asarray(self.center) * self.scale
        return m

    def to_dict(self) -> dict:
        return {"center": list(self.center), "scale": self.scale}
