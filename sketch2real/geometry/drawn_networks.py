"""Curve networks drawn on a known surface the way people draw in VR, for the surfacing benchmark.

A person sketching a solid in a headset draws cross-sections and outlines: a few rings around a
tube, the rims of a seat, the edges of a box, the outline and the veins of a leaf. The spacing is
uneven, the hand wobbles and trembles, loops overshoot their start or stop short of it, and
strokes that should meet often do not quite. ``draw_shape`` reproduces that on a ``TruthShape``:

1. Plan: the shape's strokes as plane sections of its true surface (``sections``: a plane cuts
   the truth mesh into closed loops and open curves) and as analytic curves (edges, leg lines,
   veins), each plane offset at random so that spacing is uneven.
2. Hand: every stroke is resampled at ``spacing``; a closed loop starts at a random point and
   overshoots its start or stops short of it; an open stroke's ends overshoot or stop short;
   long strokes are sometimes drawn in two pieces; a low-frequency wobble (a sum of random 3D
   sinusoids along the stroke) and a small tremor move the points off the surface.

Lengths in ``DrawingStyle`` are fractions of the shape's bounding-box diagonal. Everything is
seeded, so a (shape, seed) pair always gives the same sketch.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .sketch import Sketch, Stroke
from .truth_shapes import SHAPES, TruthShape, leaf_point, truth_mesh


@dataclass(frozen=True)
class DrawingStyle:
    """How unsteady the hand is; lengths are fractions of the shape's diagonal."""

    spacing: float = 0.008
    """Distance between consecutive stroke points."""
    wobble: float = 0.0025
    """Amplitude (RMS) of the slow wobble of the hand along a stroke."""
    wobble_wavelength: tuple[float, float] = (0.08, 0.3)
    """Range of the wobble's wavelengths along the stroke."""
    tremor: float = 0.0005
    """Standard deviation of the point-to-point tremor."""
    overshoot: tuple[float, float] = (-0.015, 0.025)
    """Range of how far an open stroke's end goes past (> 0) or stops short of (< 0) its end."""
    loop_overshoot: tuple[float, float] = (-0.02, 0.04)
    """Range of how far a closed loop goes past (> 0) or stops short of (< 0) its start."""
    split_probability: float = 0.3
    """Chance that a stroke longer than a third of the diagonal is drawn in two pieces."""
    plane_jitter: float = 0.2
    """Random offset of each section plane, as a fraction of the nominal spacing between them."""


# -- sections of a mesh by a plane -------------------------------------------------------------

def sections(verts: np.ndarray, faces: np.ndarray, origin, normal
             ) -> list[tuple[np.ndarray, bool]]:
    """Polylines where the plane (``origin`` [3], ``normal`` [3]) cuts the mesh: a list of
    (points [N,3], closed) with segments chained end to end."""
    import trimesh

    mesh = trimesh.Trimesh(verts, faces, process=False)
    seg = trimesh.intersections.mesh_plane(mesh, np.asarray(normal, float), np.asarray(origin, float))
    if len(seg) == 0:
        return []
    scale = float(np.ptp(verts, axis=0).max())
    key = lambda p: tuple(np.round(p / (scale * 1e-7)).astype(np.int64))  # noqa: E731
    ends: dict = {}
    for i, (a, b) in enumerate(seg):
        ends.setdefault(key(a), []).append((i, 0))
        ends.setdefault(key(b), []).append((i, 1))
    used = np.zeros(len(seg), bool)
    out = []

    def walk(start_seg: int, start_end: int) -> list[np.ndarray]:
        pts = [seg[start_seg][start_end], seg[start_seg][1 - start_end]]
        used[start_seg] = True
        cur = seg[start_seg][1 - start_end]
        while True:
            nxt = [(i, e) for i, e in ends.get(key(cur), []) if not used[i]]
            if not nxt:
                return pts
            i, e = nxt[0]
            used[i] = True
            cur = seg[i][1 - e]
            pts.append(cur)

    # open chains first (start at an end used by one segment), then loops
    for k, lst in ends.items():
        if len(lst) == 1 and not used[lst[0][0]]:
            out.append((np.array(walk(*lst[0])), False))
    for i in range(len(seg)):
        if not used[i]:
            pts = np.array(walk(i, 0))
            out.append((pts[:-1] if np.allclose(pts[0], pts[-1]) else pts, True))
    return [(p, c) for p, c in out if len(p) >= 3]


# -- the hand ----------------------------------------------------------------------------------

def _resample(p: np.ndarray, spacing: float, closed: bool) -> np.ndarray:
    if closed:
        p = np.concatenate([p, p[:1]], 0)
    seg = np.linalg.norm(np.diff(p, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    n = max(3, int(np.ceil(s[-1] / spacing)) + 1)
    t = np.linspace(0.0, s[-1], n)
    out = np.stack([np.interp(t, s, p[:, k]) for k in range(3)], -1)
    return out[:-1] if closed else out


def _extend(p: np.ndarray, amount: float, at_end: bool) -> np.ndarray:
    """Overshoot (amount > 0, along the end tangent) or stop short (< 0) at one end."""
    if not at_end:
        return _extend(p[::-1], amount, True)[::-1]
    if amount >= 0:
        d = p[-1] - p[-3]
        d = d / max(np.linalg.norm(d), 1e-12)
        steps = np.linspace(0, amount, max(2, int(amount / max(np.linalg.norm(p[1] - p[0]), 1e-9)) + 1))[1:]
        return np.concatenate([p, p[-1] + steps[:, None] * d], 0)
    seg = np.linalg.norm(np.diff(p, axis=0), axis=1)
    back = np.concatenate([[0.0], np.cumsum(seg[::-1])])
    keep = int(np.searchsorted(back, -amount))
    return p[:max(3, len(p) - keep)]


def _hand(p: np.ndarray, closed: bool, style: DrawingStyle, diag: float,
          rng: np.random.Generator) -> list[np.ndarray]:
    """One planned stroke -> the strokes a person draws for it (one or two polylines)."""
    spacing = style.spacing * diag
    p = _resample(p, spacing, closed)
    if closed:
        p = np.roll(p, -int(rng.integers(len(p))), axis=0)
        extra = rng.uniform(*style.loop_overshoot) * diag
        if extra >= 0:
            k = int(round(extra / spacing))
            p = np.concatenate([p, p[:k + 1]], 0)
        else:
            k = int(round(-extra / spacing))
            p = p[:max(3, len(p) - k)]
    else:
        p = _extend(p, rng.uniform(*style.overshoot) * diag, True)
        p = _extend(p, rng.uniform(*style.overshoot) * diag, False)
    # wobble and tremor
    s = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))])
    offset = np.zeros_like(p)
    for _ in range(3):
        lam = rng.uniform(*style.wobble_wavelength) * diag
        d = rng.normal(size=3)
        d /= np.linalg.norm(d)
        offset += np.sin(2 * np.pi * s / lam + rng.uniform(0, 2 * np.pi))[:, None] * d
    offset *= style.wobble * diag * np.sqrt(2.0 / 3.0)
    p = p + offset + rng.normal(scale=style.tremor * diag, size=p.shape)
    length = s[-1]
    if length > diag / 3 and rng.random() < style.split_probability:
        cut = int(rng.integers(len(p) // 4, 3 * len(p) // 4))
        gap = max(1, int(round(rng.uniform(0.0, 0.015) * diag / spacing)))
        return [p[:cut], p[cut + gap:]] if len(p) - cut - gap >= 3 else [p]
    return [p]


# -- the plans ---------------------------------------------------------------------------------

def _planes(rng, style, normal, offsets, spacing):
    n = np.asarray(normal, float)
    n /= np.linalg.norm(n)
    return [(n * (o + rng.uniform(-1, 1) * style.plane_jitter * spacing), n) for o in offsets]


def _line(a, b, n=40):
    t = np.linspace(0, 1, n)[:, None]
    return (1 - t) * np.asarray(a, float) + t * np.asarray(b, float)


def _circle(center, e1, e2, r, n=96):
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)[:, None]
    return np.asarray(center, float) + r * (np.cos(t) * np.asarray(e1, float) + np.sin(t) * np.asarray(e2, float))


def _box_edges(c, half):
    c, h = np.asarray(c, float), np.asarray(half, float)
    out = []
    for axis in range(3):
        o = [a for a in range(3) if a != axis]
        for s1 in (-1, 1):
            for s2 in (-1, 1):
                a = c.copy()
                b = c.copy()
                a[o[0]] += s1 * h[o[0]]
                a[o[1]] += s2 * h[o[1]]
                b[:] = a
                a[axis] -= h[axis]
                b[axis] += h[axis]
                out.append((_line(a, b), False))
    return out


def _clip(polylines, lo, hi):
    """Keep the parts of (points, closed) polylines inside the box [lo, hi]."""
    out = []
    for p, closed in polylines:
        inside = np.all((p >= lo) & (p <= hi), axis=1)
        if inside.all():
            out.append((p, closed))
            continue
        if closed:
            p = np.roll(p, -int(np.argmin(inside)), axis=0)
            inside = np.roll(inside, -int(np.argmin(inside)))
        runs = np.split(np.arange(len(p)), np.nonzero(np.diff(inside.astype(int)))[0] + 1)
        out += [(p[r], False) for r in runs if inside[r[0]] and len(r) >= 3]
    return out


def plan(shape: TruthShape, rng: np.random.Generator, style: DrawingStyle
         ) -> list[tuple[np.ndarray, bool, float]]:
    """The strokes a person would draw for ``shape``: (points [N,3], closed, brush radius)."""
    name = shape.name
    strokes: list[tuple[np.ndarray, bool]] = []
    wires: list[tuple[np.ndarray, float]] = []
    if name != "leaf":
        tv, tf = truth_mesh(shape, cells=80)

    def cut(planes):
        for o, n in planes:
            strokes.extend(sections(tv, tf, o, n))

    if name == "torus":
        for a in np.radians(np.arange(0, 180, 30) + rng.uniform(-6, 6, 6)):
            strokes.extend(sections(tv, tf, (0, 0, 0), (np.cos(a), 0, np.sin(a))))
        cut(_planes(rng, style, (0, 1, 0), (-0.08, 0.0, 0.08), 0.08))
    elif name == "genus2":
        cut(_planes(rng, style, (1, 0, 0), (-0.42, -0.3, -0.12, 0.0, 0.12, 0.3, 0.42), 0.12))
        cut(_planes(rng, style, (0, 0, 1), (-0.12, 0.0, 0.12), 0.12))
        cut(_planes(rng, style, (0, 1, 0), (-0.05, 0.0, 0.05), 0.05))
    elif name == "sphere_cylinder":
        cut(_planes(rng, style, (0, 1, 0), (-0.13, 0.0, 0.13), 0.13))
        cut(_planes(rng, style, (1, 0, 0), (-0.16, 0.0, 0.3, 0.45, 0.57), 0.13))
        cut(_planes(rng, style, (0, 0, 1), (0.0,), 0.1))
        cut([((0, 0, 0), (0, 1, 1))])
    elif name == "box":
        strokes.extend(_box_edges((0, 0, 0), shape.parts["half"]))
        cut(_planes(rng, style, (1, 0, 0), (-0.1, 0.12), 0.2))
        cut(_planes(rng, style, (0, 0, 1), (0.05,), 0.2))
        cut(_planes(rng, style, (0, 1, 0), (0.02,), 0.1))
    elif name == "stool":
        p = shape.parts
        for y in (p["y0"], p["y1"]):
            strokes.append((_circle((0, y, 0), (1, 0, 0), (0, 0, 1), p["seat_r"]), True))
        cut([((0, 0, 0), (1, 0, 0)), ((0, 0, 0), (0, 0, 1))])
        for foot, top in p["legs"]:
            axis = top - foot
            axis /= np.linalg.norm(axis)
            e1 = np.cross(axis, (0, 0, 1.0)) if abs(axis[2]) < 0.9 else np.cross(axis, (1.0, 0, 0))
            e1 /= np.linalg.norm(e1)
            e2 = np.cross(axis, e1)
            phi0 = rng.uniform(0, 2 * np.pi)
            r = p["leg_r"]
            for k in range(3):
                phi = phi0 + 2 * np.pi * k / 3
                off = r * (np.cos(phi) * e1 + np.sin(phi) * e2)
                strokes.append((_line(foot + off, top + off), False))
            for t in (0.02, 0.55):
                c = foot + t * (top - foot)
                strokes.append((_circle(c, e1, e2, r, 24), True))
    elif name == "leaf":
        u = np.linspace(0, 1, 80)
        for v in (-1.0, 1.0):
            strokes.append((leaf_point(u, np.full_like(u, v)), False))
        strokes.append((leaf_point(np.linspace(-0.04, 0.97, 80), np.zeros(80)), False))
        for u0 in (0.22, 0.42, 0.62):
            t = np.linspace(0, 1, 30)
            for side in (-1, 1):
                strokes.append((leaf_point(u0 + 0.16 * t, side * 0.95 * t), False))
        for u0 in (0.3, 0.7):
            strokes.append((leaf_point(np.full(40, u0 + rng.uniform(-0.04, 0.04)),
                                       np.linspace(-1, 1, 40)), False))
    elif name == "figure":
        p = shape.parts
        strokes.extend(_box_edges((0, p["base_half"][1], 0), p["base_half"]))
        base = []
        for o, n in _planes(rng, style, (1, 0, 0), (0.12,), 0.1):
            base.extend(sections(tv, tf, o, n))
        strokes.extend(_clip(base, np.array([-1, -1, -1]), np.array([1, 2 * p["base_half"][1] + 0.005, 1])))
        body = []
        for o, n in _planes(rng, style, (0, 1, 0), (0.47, 0.58, 0.7, 0.86), 0.1):
            body.extend(sections(tv, tf, o, n))
        for n in ((1, 0, 0), (0, 0, 1)):
            body.extend(sections(tv, tf, (0, 0, 0), n))
        strokes.extend(_clip(body, np.array([-1, 0.43, -1]), np.array([1, 2, 1])))
        for a, b in p["legs"]:
            wires.append((_line(a, b, 30), p["leg_r"]))
    else:
        raise KeyError(f"no drawing plan for shape {name!r}")
    out = [(q, c, 0.0) for q, c in strokes]
    return out + [(q, False, r) for q, r in wires]


def draw_shape(name: str, seed: int = 0, style: DrawingStyle = DrawingStyle()
               ) -> tuple[Sketch, TruthShape]:
    """A sketch of the benchmark shape ``name`` (see ``truth_shapes.SHAPES``) as a person draws
    it, and its truth. Strokes have the given brush radius (0 for thin lines)."""
    shape = SHAPES[name]()
    rng = np.random.default_rng(seed)
    diag = shape.diagonal()
    strokes = []
    for pts, closed, radius in plan(shape, rng, style):
        for q in _hand(pts, closed, style, diag, rng):
            q = q.astype(np.float32)
            strokes.append(Stroke(points=q, radii=np.full(len(q), radius, np.float32),
                                  colors=np.full((len(q), 4), 0.5, np.float32), brush="curve"))
    return Sketch(strokes=tuple(strokes), name=f"{name}-{seed}"), shape
