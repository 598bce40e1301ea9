"""Strokes to a triangle mesh: closed tubes, thin closed ribbons, and dots.

Notation (all arrays cover every stroke point at once, strokes laid end to end):
    p [P,3]      stroke points (float64 while building)
    r [P]        radius per point = max(stroke radius, min_radius)
    t [P,3]      unit tangent: the mean of the incoming and outgoing segment directions
    n, b [P,3]   rotation-minimising (parallel-transport) normal and binormal, (n, b, t)
                 right-handed
    S            ``sides``: vertices per tube ring

Tubes. Ring vertex k of point i is ``p_i + r_i (cos θ_k n_i + sin θ_k b_i)``, θ_k = 2πk/S; each
pair of consecutive rings is joined by 2S triangles and each end is closed by a flat fan around
the end point, so every tube is a closed, consistently oriented surface with outward normals (its
volume is ``(S/2) sin(2π/S) r² L`` for a straight tube of length L).

Parallel transport, vectorised. Each point gets an arbitrary but well-defined reference normal
``m_i`` (⊥ t_i, from the coordinate axis least aligned with t_i). Carrying ``m_{i-1}`` to point i
by the minimal rotation that takes t_{i-1} to t_i lands it at an angle Δ_i from m_i about t_i;
the transported normal is ``m_i`` turned by φ_i = Δ_1 + ... + Δ_i (a cumulative sum per stroke).
This is the exact discrete rotation-minimising frame, with no Python loop over points.

Ribbons (``stroke.ribbon``). Two vertices per point, ``p_i ± r_i l_i``: a strip of width 2r.
With orientations, the brush frame of a point is the quaternion's rotation of local axes
x = right, y = up, -z = forward (glTF convention; the readers convert Tilt Brush and A-Painter to
it). The lateral axis ``l`` is the brush's right axis made perpendicular to the stroke, blended
toward ``forward × t`` as the right axis turns along the stroke (where it gives no width; this is
also Tilt Brush's choice of ribbon side), and its sign kept continuous along the stroke. Without
orientations, ``l`` is the parallel-transport normal. A ribbon is a thin closed slab: the strip
is emitted twice, offset by +-min_radius along its normal ``t x l``, each copy with its own
vertices and the winding that faces away from the other, joined by side walls and end caps. So
it renders (and gets vertex normals) on both sides, shows edge-on, and bounds a volume like a
tube does (zero thickness when ``min_radius`` is 0).

Dots (strokes of one distinct point): an octahedron of the point's radius, closed and outward.

Output frame is the strokes' frame; the function never moves or scales anything.
"""

from __future__ import annotations

import logging
from typing import Sequence

import numpy as np

from .sketch import Stroke

logger = logging.getLogger(__name__)

SAME_POINT_EPS = 1e-9
"""Consecutive points closer than this (strokes' units) are merged before sweeping."""

# Octahedron: vertices +x, -x, +y, -y, +z, -z; one face per octant, counter-clockwise outside.
_OCTA_DIRS = np.array([[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]],
                      dtype=np.float64)
_OCTA_FACES = np.array([
    [0, 2, 4], [2, 1, 4], [1, 3, 4], [3, 0, 4],
    [2, 0, 5], [1, 2, 5], [3, 1, 5], [0, 3, 5],
], dtype=np.int64)


def _normalize(v: np.ndarray, eps: float = 1e-12) -> tuple[np.ndarray, np.ndarray]:
    """Unit vectors of v [...,3] and their norms [...]; zero vectors stay zero."""
    norm = np.linalg.norm(v, axis=-1)
    return v / np.maximum(norm, eps)[..., None], norm


def _rotate(q: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Rotate vectors v [P,3] (or [3]) by unit quaternions q [P,4] (x, y, z, w)."""
    u, w = q[:, :3], q[:, 3:4]
    v = np.broadcast_to(v, u.shape)
    uv = np.cross(u, v)
    return v + 2.0 * (w * uv + np.cross(u, uv))


def _segment_sum(x: np.ndarray, starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Per-stroke inclusive cumulative sum of x [P] (strokes contiguous, given by starts/counts)."""
    cs = np.cumsum(x)
    before = np.where(starts > 0, cs[np.maximum(starts - 1, 0)], 0.0)
    return cs - np.repeat(before, counts)


def _tangents(p: np.ndarray, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Unit tangents [P,3] for points of multi-point strokes (first/last flag stroke ends)."""
    seg = np.zeros_like(p)
    seg[:-1] = p[1:] - p[:-1]
    seg_u, _ = _normalize(seg)
    t_out = np.where(last[:, None], 0.0, seg_u)
    t_in = np.zeros_like(p)
    t_in[1:] = seg_u[:-1]
    t_in[first] = 0.0
    t, norm = _normalize(t_in + t_out)
    # A hairpin (the stroke doubles back) leaves no mean direction: use one side.
    hairpin = norm < 1e-6
    t[hairpin] = np.where(last[hairpin, None], t_in[hairpin], t_out[hairpin])
    return t


def _reference_normals(t: np.ndarray) -> np.ndarray:
    """A unit vector ⊥ t per point [P,3], from the coordinate axis least aligned with t."""
    axis = np.zeros_like(t)
    axis[np.arange(len(t)), np.argmin(np.abs(t), axis=1)] = 1.0
    m, _ = _normalize(np.cross(t, axis))
    return m


def _transport_frames(t: np.ndarray, first: np.ndarray, starts: np.ndarray,
                      counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rotation-minimising normals and binormals [P,3] along each stroke (see module notes)."""
    m = _reference_normals(t)
    t0, t1, u = t[:-1], t[1:], m[:-1]
    # Minimal rotation t0 -> t1 applied to u: u c + k x u + k (k.u) / (1 + c), k = t0 x t1.
    k = np.cross(t0, t1)
    c = np.einsum("ij,ij->i", t0, t1)
    one_c = 1.0 + c
    safe = one_c > 1e-9
    moved = u * c[:, None] + np.cross(k, u) + k * (np.einsum("ij,ij->i", k, u)
                                                   / np.where(safe, one_c, 1.0))[:, None]
    # A full reversal: turn by π about u itself (u ⊥ t0), which leaves u unchanged.
    moved = np.where(safe[:, None], moved, u)
    m1 = m[1:]
    delta = np.zeros(len(t))
    delta[1:] = np.arctan2(np.einsum("ij,ij->i", np.cross(m1, moved), t1),
                           np.einsum("ij,ij->i", m1, moved))
    delta[first] = 0.0
    phi = _segment_sum(delta, starts, counts)
    tm = np.cross(t, m)
    n = np.cos(phi)[:, None] * m + np.sin(phi)[:, None] * tm
    b = np.cross(t, n)
    return n, b


def _ribbon_lateral(t: np.ndarray, n_fallback: np.ndarray, q: np.ndarray | None,
                    has_q: np.ndarray, first: np.ndarray, starts: np.ndarray,
                    counts: np.ndarray) -> np.ndarray:
    """Unit lateral axis [P,3] of ribbon points, ⊥ t, sign-continuous along each stroke."""
    lat = n_fallback.copy()
    if q is not None and has_q.any():
        qs = q[has_q]
        ts = t[has_q]
        right = _rotate(qs, np.array([1.0, 0.0, 0.0]))
        forward = _rotate(qs, np.array([0.0, 0.0, -1.0]))
        along = np.einsum("ij,ij->i", right, ts)
        primary = right - along[:, None] * ts
        backup = np.cross(forward, ts)
        sign = np.where(np.einsum("ij,ij->i", primary, backup) < 0, -1.0, 1.0)
        cand, norm = _normalize(primary + (np.abs(along) * sign)[:, None] * backup)
        ok = norm > 1e-6
        sub = lat[has_q]
        sub[ok] = cand[ok]
        lat[has_q] = sub
    # Keep the side continuous: flip where the axis turned by more than 90° from the previous.
    turned = np.zeros(len(t))
    turned[1:] = (np.einsum("ij,ij->i", lat[1:], lat[:-1]) < 0).astype(np.float64)
    turned[first] = 0.0
    flips = _segment_sum(turned, starts, counts)
    return np.where((flips % 2 == 1)[:, None], -lat, lat)


def strokes_to_mesh(strokes: Sequence[Stroke], min_radius: float,
                    sides: int = 8) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sweep strokes into one triangle mesh, in the strokes' frame and units.

    Returns ``vertices`` [V,3] float32, ``faces`` [F,3] int64 (counter-clockwise seen from
    outside) and ``colors`` [V,4] float32 (each vertex the colour of
    its stroke point). The radius at each point is ``max(stroke radius, min_radius)``, so nothing
    is thinner than ``min_radius`` ("never thinner than the grid can hold"). Non-ribbon strokes
    become closed tubes with ``sides`` sides, ribbon strokes closed slabs 2 ``min_radius`` thick,
    1-point strokes octahedra. Consecutive repeated points are merged first. Empty input gives empty arrays.
    """
    if sides < 3:
        raise ValueError(f"sides must be >= 3, got {sides}")
    if not np.isfinite(min_radius) or min_radius < 0:
        raise ValueError(f"min_radius must be finite and >= 0, got {min_radius}")
    strokes = [s for s in strokes if s.n_points > 0]
    empty = (np.zeros((0, 3), np.float32), np.zeros((0, 3), np.int64), np.zeros((0, 4), np.float32))
    if not strokes:
        return empty

    # 1. Gather every point; drop consecutive repeats within a stroke.
    counts0 = np.array([s.n_points for s in strokes], dtype=np.int64)
    sid0 = np.repeat(np.arange(len(strokes)), counts0)
    p = np.concatenate([np.asarray(s.points, np.float64) for s in strokes], axis=0)
    r = np.maximum(np.concatenate([np.asarray(s.radii, np.float64) for s in strokes]), min_radius)
    col = np.concatenate([np.asarray(s.colors, np.float32) for s in strokes], axis=0)
    has_q = np.repeat([s.orientations is not None for s in strokes], counts0)
    q = np.concatenate([np.asarray(s.orientations, np.float64) if s.orientations is not None
                        else np.tile([0.0, 0.0, 0.0, 1.0], (s.n_points, 1)) for s in strokes])
    keep = np.ones(len(p), dtype=bool)
    keep[1:] = (np.linalg.norm(p[1:] - p[:-1], axis=1) > SAME_POINT_EPS) | (sid0[1:] != sid0[:-1])
    p, r, col, has_q, q, sid = p[keep], r[keep], col[keep], has_q[keep], q[keep], sid0[keep]
    counts = np.bincount(sid, minlength=len(strokes))
    ribbon_stroke = np.array([bool(s.ribbon) for s in strokes])

    # 2. Classify strokes: dots (1 point), ribbons, tubes.
    kind = np.where(counts == 1, 0, np.where(ribbon_stroke, 1, 2))  # 0 dot, 1 ribbon, 2 tube
    pkind = kind[sid]
    V: list[np.ndarray] = []
    F: list[np.ndarray] = []
    C: list[np.ndarray] = []
    base = 0

    # 3. Frames for all multi-point strokes at once.
    multi = pkind > 0
    if multi.any():
        pm, sm = p[multi], sid[multi]
        cm = np.bincount(sm, minlength=len(strokes))
        cm = cm[cm > 0]
        starts = np.concatenate([[0], np.cumsum(cm)[:-1]])
        first = np.zeros(len(pm), dtype=bool)
        first[starts] = True
        last = np.zeros(len(pm), dtype=bool)
        last[starts + cm - 1] = True
        t = _tangents(pm, first, last)
        n, b = _transport_frames(t, first, starts, cm)
        rm, colm, km = r[multi], col[multi], pkind[multi]
        # A segment joins point i to i+1 of the same stroke.
        seg_ok = ~last

        # 4. Tubes: rings, side quads, end fans.
        tube = km == 2
        if tube.any():
            idx = np.flatnonzero(tube)  # tube points, still grouped by stroke
            theta = 2.0 * np.pi * np.arange(sides) / sides
            ring = (np.cos(theta)[None, :, None] * n[idx, None, :]
                    + np.sin(theta)[None, :, None] * b[idx, None, :])
            ring = pm[idx, None, :] + rm[idx, None, None] * ring  # [Pt,S,3]
            local = np.empty(len(pm), dtype=np.int64)
            local[idx] = np.arange(len(idx))
            i0 = local[idx[seg_ok[idx]]]  # ring index of each segment's first point
            k = np.arange(sides)
            k1 = (k + 1) % sides
            a_ = base + i0[:, None] * sides + k[None, :]
            b_ = base + i0[:, None] * sides + k1[None, :]
            c_ = base + (i0[:, None] + 1) * sides + k1[None, :]
            d_ = base + (i0[:, None] + 1) * sides + k[None, :]
            side = np.concatenate([np.stack([a_, b_, c_], -1), np.stack([a_, c_, d_], -1)],
                                  axis=1).reshape(-1, 3)
            s_first = local[idx[first[idx]]]
            s_last = local[idx[last[idx]]]
            n_tubes = len(s_first)
            cbase = base + len(idx) * sides
            c0 = cbase + 2 * np.arange(n_tubes)
            c1 = c0 + 1
            cap0 = np.stack([np.repeat(c0, sides),
                             (base + s_first[:, None] * sides + k1[None, :]).ravel(),
                             (base + s_first[:, None] * sides + k[None, :]).ravel()], axis=-1)
            cap1 = np.stack([np.repeat(c1, sides),
                             (base + s_last[:, None] * sides + k[None, :]).ravel(),
                             (base + s_last[:, None] * sides + k1[None, :]).ravel()], axis=-1)
            centres = np.stack([pm[idx[first[idx]]], pm[idx[last[idx]]]], axis=1).reshape(-1, 3)
            ccols = np.stack([colm[idx[first[idx]]], colm[idx[last[idx]]]], axis=1).reshape(-1, 4)
            V += [ring.reshape(-1, 3), centres]
            C += [np.repeat(colm[idx], sides, axis=0), ccols]
            F += [side, cap0, cap1]
            base = cbase + 2 * n_tubes

        # 5. Ribbons: a thin closed slab, the strip offset by +-min_radius across its plane
        #    (front and back faces with their own vertices, side walls, end caps), so a ribbon
        #    still shows, and still bounds a volume, when seen edge-on.
        rib = km == 1
        if rib.any():
            idx = np.flatnonzero(rib)
            lat = _ribbon_lateral(t, n, q[multi], has_q[multi], first, starts, cm)[idx]
            across, _ = _normalize(np.cross(t[idx], lat))           # the strip's front normal
            half = rm[idx, None] * lat
            off = min_radius * across
            strip_f = np.stack([pm[idx] + half + off, pm[idx] - half + off], 1).reshape(-1, 3)
            strip_b = np.stack([pm[idx] + half - off, pm[idx] - half - off], 1).reshape(-1, 3)
            npr = len(idx)
            local = np.empty(len(pm), dtype=np.int64)
            local[idx] = np.arange(npr)
            i0 = local[idx[seg_ok[idx]]]
            L0, R0 = base + 2 * i0, base + 2 * i0 + 1                # front L/R of a segment
            L1, R1 = L0 + 2, R0 + 2
            bo = 2 * npr                                             # back copies follow
            front = np.concatenate([np.stack([L0, R0, R1], -1), np.stack([L0, R1, L1], -1)])
            back = np.concatenate([np.stack([L0, R1, R0], -1), np.stack([L0, L1, R1], -1)]) + bo
            wall_l = np.concatenate([np.stack([L0, L1 + bo, L0 + bo], -1),
                                     np.stack([L0, L1, L1 + bo], -1)])
            wall_r = np.concatenate([np.stack([R0, R0 + bo, R1 + bo], -1),
                                     np.stack([R0, R1 + bo, R1], -1)])
            fl = base + 2 * local[idx[first[idx]]]                   # front L at stroke starts
            ll = base + 2 * local[idx[last[idx]]]                    # ... and at stroke ends
            cap0 = np.concatenate([np.stack([fl, fl + 1 + bo, fl + 1], -1),
                                   np.stack([fl, fl + bo, fl + 1 + bo], -1)])
            cap1 = np.concatenate([np.stack([ll, ll + 1, ll + 1 + bo], -1),
                                   np.stack([ll, ll + 1 + bo, ll + bo], -1)])
            V += [strip_f, strip_b]
            cols = np.repeat(colm[idx], 2, axis=0)
            C += [cols, cols]
            F += [front, back, wall_l, wall_r, cap0, cap1]
            base += 2 * bo

    # 6. Dots: an octahedron per single-point stroke.
    dot = pkind == 0
    if dot.any():
        pd, rd, cd = p[dot], r[dot], col[dot]
        verts = pd[:, None, :] + rd[:, None, None] * _OCTA_DIRS[None, :, :]
        faces = base + 6 * np.arange(len(pd))[:, None, None] + _OCTA_FACES[None, :, :]
        V.append(verts.reshape(-1, 3))
        C.append(np.repeat(cd, 6, axis=0))
        F.append(faces.reshape(-1, 3))
        base += 6 * len(pd)

    vertices = np.concatenate(V, axis=0).astype(np.float32)
    faces = np.concatenate(F, axis=0).astype(np.int64)
    colors = np.concatenate(C, axis=0).astype(np.float32)
    logger.debug("strokes_to_mesh: %d strokes -> %d vertices, %d faces", len(strokes),
                 len(vertices), len(faces))
    return vertices, faces, colors


def stroke_frames(points: np.ndarray, orientations: np.ndarray | None = None
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Unit tangents [N,3] and ribbon lateral axes [N,3] of one stroke's points [N,3] (N >= 2,
    consecutive points distinct), with the stroke's orientations [N,4] (x, y, z, w) or None:
    the frame ``strokes_to_mesh`` sweeps a ribbon along (the brush's right axis made
    perpendicular to the stroke, sign-continuous; the transported normal without orientations).
    """
    p = np.asarray(points, dtype=np.float64)
    n_pts = len(p)
    starts, counts = np.array([0]), np.array([n_pts])
    first = np.zeros(n_pts, dtype=bool)
    first[0] = True
    last = np.zeros(n_pts, dtype=bool)
    last[-1] = True
    t = _tangents(p, first, last)
    n, _ = _transport_frames(t, first, starts, counts)
    q = None if orientations is None else np.asarray(orientations, dtype=np.float64)
    has_q = np.full(n_pts, q is not None)
    return t, _ribbon_lateral(t, n, q, has_q, first, starts, counts)
