"""Example sketches made by the project (curve networks, metres, +Y up), so the README's main
command has an input without any download."""

from __future__ import annotations

import numpy as np


def _segment(a, b, n: int = 12) -> np.ndarray:
    t = np.linspace(0.0, 1.0, n)[:, None]
    return (1 - t) * np.asarray(a, float) + t * np.asarray(b, float)


def _loop(corners, n: int = 10) -> np.ndarray:
    pts = [_segment(corners[i], corners[(i + 1) % len(corners)], n)[:-1] for i in range(len(corners))]
    return np.concatenate(pts + [np.asarray(corners[:1], float)], 0)


def chair() -> list[np.ndarray]:
    """A chair as a person draws it in VR: seat and back outlines, four legs, two cross strokes."""
    w, d, h, top = 0.22, 0.22, 0.45, 0.95
    seat = [(-w, h, -d), (w, h, -d), (w, h, d), (-w, h, d)]
    back = [(-w, h, -d), (w, h, -d), (w, top, -d - 0.04), (-w, top, -d - 0.04)]
    legs = [_segment((x, h, z), (x, 0.0, z)) for x in (-w + 0.02, w - 0.02) for z in (-d + 0.02, d - 0.02)]
    cross = [_segment((-w, h, 0.0), (w, h, 0.0)), _segment((0.0, h, -d), (0.0, top, -d - 0.04))]
    return [_loop(seat), _loop(back)] + legs + cross


def vase() -> list[np.ndarray]:
    """A vase: four rings and six profile strokes of a surface of revolution."""
    heights = np.linspace(0.0, 0.4, 24)
    radius = 0.08 + 0.06 * np.sin(np.pi * heights / 0.4 * 1.2) + 0.02 * (heights / 0.4)
    strokes = []
    for a in np.linspace(0, 2 * np.pi, 6, endpoint=False):
        strokes.append(np.stack([radius * np.cos(a), heights, radius * np.sin(a)], -1))
    for k in (0, 8, 16, 23):
        t = np.linspace(0, 2 * np.pi, 33)
        strokes.append(np.stack([radius[k] * np.cos(t), np.full_like(t, heights[k]),
                                 radius[k] * np.sin(t)], -1))
    return strokes


EXAMPLES = {"chair": chair, "vase": vase}
