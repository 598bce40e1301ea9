"""Validation and cleaning of a sketch at the boundary, before anything else touches it.

``validate_sketch`` checks, in this order, and returns a cleaned copy:

1. kind: strokes or a mesh (not both, not neither);
2. limits (``SketchLimitError`` naming the limit and the value): strokes, points per stroke,
   points in all, mesh vertices, mesh triangles;
3. arrays: shapes and dtypes, NaN/inf anywhere (``SketchValidationError`` naming the stroke, the
   array and the row), radii finite and >= 0, face indices integer and in [0, V);
4. cleaning: colours clipped to [0, 1] (uint8 colours scaled by 1/255, RGB given alpha 1),
   quaternions normalised (a zero quaternion becomes the identity); consecutive duplicate points
   dropped (closer than ``DUPLICATE_EPS``); strokes left with no point dropped; zero-area and
   repeated-index faces dropped, then vertices no face uses;
5. what is left: "empty sketch" if nothing usable remains, "zero extent" if all of it lies
   within ``MIN_EXTENT`` of one place.

Single-point strokes (a tap of the trigger, or a stroke whose points all coincide) are kept as
dots by default (``keep_dots=True``): they are part of what the person drew, and ``tubes.py``
turns a 1-point stroke into a small closed solid of its radius. ``keep_dots=False`` drops them.

The ``validate_*`` array helpers are public so the server can check raw wire arrays with the
same rules and messages.
"""

from __future__ import annotations

import dataclasses
import logging

import numpy as np

from .errors import SketchLimitError, SketchValidationError
from .limits import DEFAULT_LIMITS, SketchLimits
from .sketch import MeshData, Sketch, Stroke

logger = logging.getLogger(__name__)

DUPLICATE_EPS = 1e-7
"""Consecutive stroke points closer than this (metres) are one point."""
MIN_EXTENT = 1e-6
"""A sketch whose bounding box is no longer than this on every side (metres) is degenerate."""
AREA_EPS = 1e-12
"""A face with twice its area below ``AREA_EPS * diagonal**2`` counts as zero-area."""


# --- array helpers -------------------------------------------------------------------------


def _as_numeric(a, what: str) -> np.ndarray:
    try:
        arr = np.asarray(a)
    except (TypeError, ValueError) as exc:
        raise SketchValidationError(f"{what}: not a numeric array ({exc})") from None
    if arr.dtype.kind not in "biuf":
        raise SketchValidationError(f"{what}: expected numbers, got dtype {arr.dtype}")
    return arr


def _first_bad_row(ok_rows: np.ndarray) -> int:
    return int(np.flatnonzero(~ok_rows)[0])


def _require_finite_rows(arr: np.ndarray, what: str) -> None:
    """Raise naming the first row of ``arr`` [N,K] that holds a NaN or inf."""
    ok = np.isfinite(arr).all(axis=1)
    if not ok.all():
        raise SketchValidationError(
            f"{what}: row {_first_bad_row(ok)} has a non-finite value (NaN or inf)")


def validate_positions(a, what: str = "positions") -> np.ndarray:
    """Positions [N,3] (any real dtype) -> [N,3] float32, all finite. Metres, caller's frame."""
    arr = _as_numeric(a, what)
    if arr.ndim != 2 or arr.shape[1] != 3:
        raise SketchValidationError(f"{what}: expected shape [N,3], got {list(arr.shape)}")
    out = arr.astype(np.float32)
    _require_finite_rows(out, what)
    return out


def validate_radii(a, n: int, what: str = "radii") -> np.ndarray:
    """Radii [n] (metres) -> [n] float32, finite and >= 0."""
    arr = _as_numeric(a, what)
    if arr.shape != (n,):
        raise SketchValidationError(f"{what}: expected shape [{n}], got {list(arr.shape)}")
    out = arr.astype(np.float32)
    fin = np.isfinite(out)
    if not fin.all():
        raise SketchValidationError(
            f"{what}: entry {_first_bad_row(fin)} is not finite (NaN or inf)")
    if (out < 0).any():
        i = int(np.flatnonzero(out < 0)[0])
        raise SketchValidationError(
            f"{what}: entry {i} is negative ({out[i]:.6g}); radii must be >= 0")
    return out


def validate_colors(a, n: int, what: str = "colors") -> np.ndarray:
    """Colours [n,3] or [n,4], float in [0, 1] or uint8 -> [n,4] float32 clipped to [0, 1]."""
    arr = _as_numeric(a, what)
    if arr.ndim != 2 or arr.shape[0] != n or arr.shape[1] not in (3, 4):
        raise SketchValidationError(
            f"{what}: expected shape [{n},4] or [{n},3], got {list(arr.shape)}")
    out = arr.astype(np.float32)
    if arr.dtype == np.uint8:
        out /= 255.0
    _require_finite_rows(out, what)
    if out.shape[1] == 3:
        out = np.concatenate([out, np.ones((n, 1), np.float32)], axis=1)
    return np.clip(out, 0.0, 1.0)


def validate_orientations(a, n: int, what: str = "orientations") -> np.ndarray:
    """Quaternions [n,4] (x, y, z, w) -> [n,4] float32 unit quaternions; zero ones -> identity."""
    arr = _as_numeric(a, what)
    if arr.shape != (n, 4):
        raise SketchValidationError(f"{what}: expected shape [{n},4], got {list(arr.shape)}")
    q = arr.astype(np.float64)
    _require_finite_rows(q, what)
    norm = np.linalg.norm(q, axis=1)
    zero = norm < 1e-12
    if zero.any():
        logger.warning("%s: %d zero quaternions replaced by the identity", what, int(zero.sum()))
        q[zero] = (0.0, 0.0, 0.0, 1.0)
        norm[zero] = 1.0
    return (q / norm[:, None]).astype(np.float32)


def validate_faces(a, n_vertices: int, what: str = "faces") -> np.ndarray:
    """Triangle indices [F,3] (integers) -> [F,3] int64, each in [0, n_vertices)."""
    arr = _as_numeric(a, what)
    if arr.ndim != 2 or arr.shape[1] != 3:
        raise SketchValidationError(f"{what}: expected shape [F,3], got {list(arr.shape)}")
    if arr.dtype.kind == "f":
        if not (np.isfinite(arr).all() and (arr == np.round(arr)).all()):
            raise SketchValidationError(f"{what}: indices must be whole numbers")
    elif arr.dtype.kind not in "iu":
        raise SketchValidationError(f"{what}: expected integer indices, got dtype {arr.dtype}")
    if arr.dtype == np.uint64 and arr.size and arr.max() > np.iinfo(np.int64).max:
        raise SketchValidationError(f"{what}: index {int(arr.max())} is out of range")
    out = arr.astype(np.int64)
    bad = (out < 0) | (out >= n_vertices)
    if bad.any():
        row = int(np.flatnonzero(bad.any(axis=1))[0])
        val = int(out[bad][0])
        kind = "negative" if val < 0 else "out of range"
        raise SketchValidationError(
            f"{what}: face {row} has index {val}, {kind} (the mesh has {n_vertices} vertices)")
    return out


def _check_extent(points: np.ndarray, name: str) -> None:
    lo, hi = points.min(axis=0), points.max(axis=0)
    longest = float((hi.astype(np.float64) - lo).max())
    if longest <= MIN_EXTENT:
        raise SketchValidationError(
            f"{name}: all geometry is degenerate: the sketch has zero extent (every point lies "
            f"within {MIN_EXTENT:g} m of one place)")


# --- meshes --------------------------------------------------------------------------------


def validate_arrays(positions, indices, colors=None, *, limits: SketchLimits = DEFAULT_LIMITS,
                    what: str = "mesh") -> MeshData:
    """Check and clean a raw triangle mesh (e.g. arrays off the wire) into ``MeshData``.

    ``positions`` [V,3] metres, ``indices`` [F,3] or flat [3F] integers, ``colors`` [V,4]/[V,3]
    float or uint8 or None. Enforces ``limits``; drops zero-area faces and unused vertices; raises
    when no usable face is left or the mesh has zero extent.
    """
    pos_arr = _as_numeric(positions, f"{what} positions")
    idx_arr = _as_numeric(indices, f"{what} indices")
    if idx_arr.ndim == 1 and idx_arr.size % 3 == 0:
        idx_arr = idx_arr.reshape(-1, 3)
    n_v = int(pos_arr.shape[0]) if pos_arr.ndim >= 1 else 0
    if n_v > limits.max_vertices:
        raise SketchLimitError(
            f"{what}: {n_v} vertices is more than the limit max_vertices={limits.max_vertices}")
    n_f = int(idx_arr.shape[0]) if idx_arr.ndim >= 1 else 0
    if n_f > limits.max_triangles:
        raise SketchLimitError(
            f"{what}: {n_f} triangles is more than the limit max_triangles={limits.max_triangles}")
    v = validate_positions(pos_arr, f"{what} vertices")
    f = validate_faces(idx_arr, len(v), f"{what} faces")
    c = validate_colors(colors, len(v), f"{what} vertex colours") if colors is not None else None
    if len(f) == 0:
        raise SketchValidationError(f"{what}: empty sketch: the mesh has no faces")

    # Zero-area faces (including repeated indices) go, then the vertices nothing uses.
    used = np.unique(f)
    diag2 = float(np.sum((v[used].max(axis=0).astype(np.float64) - v[used].min(axis=0)) ** 2))
    p = v.astype(np.float64)
    twice_area = np.linalg.norm(np.cross(p[f[:, 1]] - p[f[:, 0]], p[f[:, 2]] - p[f[:, 0]]), axis=1)
    keep = twice_area > AREA_EPS * diag2
    if not keep.any():
        raise SketchValidationError(
            f"{what}: all {len(f)} faces are degenerate (zero area): nothing usable is left")
    if not keep.all():
        logger.info("%s: dropped %d zero-area faces of %d", what, int((~keep).sum()), len(f))
    f = f[keep]
    used = np.unique(f)
    if len(used) < len(v):
        remap = np.full(len(v), -1, dtype=np.int64)
        remap[used] = np.arange(len(used))
        f = remap[f]
        v = v[used]
        c = c[used] if c is not None else None
    _check_extent(v, what)
    return MeshData(vertices=v, faces=f, vertex_colors=c)


# --- strokes -------------------------------------------------------------------------------


def _check_stroke(s: Stroke, k: int, name: str) -> Stroke:
    """Shapes, dtypes and finiteness of one stroke; returns it with clean float32 arrays."""
    what = f"{name}: stroke {k}"
    pts = validate_positions(s.points, f"{what} points")
    n = len(pts)
    radii = validate_radii(s.radii, n, f"{what} radii")
    colors = validate_colors(s.colors, n, f"{what} colors")
    ori = None if s.orientations is None else validate_orientations(
        s.orientations, n, f"{what} orientations")
    return dataclasses.replace(s, points=pts, radii=radii, colors=colors, orientations=ori)


def _dedupe(s: Stroke) -> Stroke:
    """Drop each point that repeats the one before it (within ``DUPLICATE_EPS``)."""
    if s.n_points < 2:
        return s
    step = np.linalg.norm(np.diff(s.points.astype(np.float64), axis=0), axis=1)
    keep = np.concatenate([[True], step > DUPLICATE_EPS])
    if keep.all():
        return s
    return dataclasses.replace(
        s, points=s.points[keep], radii=s.radii[keep], colors=s.colors[keep],
        orientations=None if s.orientations is None else s.orientations[keep])


def validate_sketch(sketch: Sketch, limits: SketchLimits = DEFAULT_LIMITS, *,
                    keep_dots: bool = True) -> Sketch:
    """Check ``sketch`` against ``limits`` and clean it (see the module docstring).

    Returns a new ``Sketch`` (same units, name and metadata) whose arrays are float32/int64 with
    the documented shapes. Raises ``SketchLimitError`` or ``SketchValidationError`` with a
    one-line message naming the sketch, the stroke/array and the problem.
    """
    name = sketch.name
    # 1. Kind.
    if sketch.mesh is not None and sketch.strokes:
        raise SketchValidationError(f"{name}: a sketch holds strokes or a mesh, not both")
    if sketch.mesh is not None:
        mesh = sketch.mesh
        cleaned = validate_arrays(mesh.vertices, mesh.faces, mesh.vertex_colors, limits=limits,
                                  what=name)
        return dataclasses.replace(sketch, mesh=cleaned, strokes=())
    if not sketch.strokes:
        raise SketchValidationError(f"{name}: empty sketch: no strokes and no mesh")

    # 2. Limits, before any array work.
    n_strokes = len(sketch.strokes)
    if n_strokes > limits.max_strokes:
        raise SketchLimitError(
            f"{name}: {n_strokes} strokes is more than the limit max_strokes={limits.max_strokes}")
    total = 0
    for k, s in enumerate(sketch.strokes):
        n = int(np.shape(s.points)[0]) if np.ndim(s.points) >= 1 else 0
        total = limits.add_stroke_points(name, f"stroke {k}", n, total)

    # 3.-4. Arrays, then cleaning.
    kept: list[Stroke] = []
    dropped_empty = dropped_dots = 0
    for k, s in enumerate(sketch.strokes):
        s = _dedupe(_check_stroke(s, k, name))
        if s.n_points == 0:
            dropped_empty += 1
        elif s.n_points == 1 and not keep_dots:
            dropped_dots += 1
        else:
            kept.append(s)
    if dropped_empty or dropped_dots:
        logger.info("%s: dropped %d empty and %d single-point strokes", name, dropped_empty,
                    dropped_dots)

    # 5. What is left.
    if not kept:
        raise SketchValidationError(
            f"{name}: empty sketch: no stroke has a usable point "
            f"({n_strokes} strokes before cleaning)")
    _check_extent(np.concatenate([s.points for s in kept], axis=0), name)
    return dataclasses.replace(sketch, strokes=tuple(kept), mesh=None)
