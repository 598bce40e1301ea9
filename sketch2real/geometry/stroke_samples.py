"""Strokes resampled into the samples a surface fit works on, in the normalised frame.

Each stroke is resampled at an even ``spacing`` along its length. A sample carries its position,
the stroke's unit tangent, the brush radius, the arc length from the stroke's start, the length
of stroke it stands for (its weight), and for a ribbon brush the ribbon's normal (the brush
frame's axis across the strip, ``tubes.stroke_frames``). A ribbon is a strip of surface, not a
line, so a wide ribbon is also sampled across its width (every ``spacing``, inside 80% of the
half-width), all with the ribbon's normal.

Notation (code name: meaning; P samples, S strokes)
    p [P,3]          positions, normalised frame (float64)
    t [P,3]          unit tangent of the stroke
    stroke [P]       stroke index (into the sketch's strokes)
    arc [P]          arc length from the stroke's start, normalised units
    radius [P]       brush radius, normalised units
    ribbon_n [P,3]   unit ribbon normal, zero for non-ribbon strokes
    weight [P]       stroke length the sample stands for (across-width samples share it)
    spine [P]        True for samples on the stroke's polyline (False: across a ribbon)
    closed [S]       the stroke ends where it started (a loop)
    length [S]       stroke length
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .normalize import Normalization
from .sketch import Sketch
from .tubes import stroke_frames


@dataclass(frozen=True)
class StrokeSamples:
    """Samples of all strokes (see the module docstring for the fields)."""

    p: np.ndarray
    t: np.ndarray
    stroke: np.ndarray
    arc: np.ndarray
    radius: np.ndarray
    ribbon_n: np.ndarray
    weight: np.ndarray
    spine: np.ndarray
    closed: np.ndarray
    length: np.ndarray

    @property
    def n_strokes(self) -> int:
        return int(self.closed.shape[0])

    def subset(self, keep: np.ndarray) -> "StrokeSamples":
        """The samples where ``keep`` [P] bool is True (per-stroke fields unchanged)."""
        return StrokeSamples(self.p[keep], self.t[keep], self.stroke[keep], self.arc[keep],
                             self.radius[keep], self.ribbon_n[keep], self.weight[keep],
                             self.spine[keep], self.closed, self.length)


def _resample(p: np.ndarray, values: list[np.ndarray], spacing: float):
    """Even resampling of polyline p [N,3] (and per-point values, linearly) -> (p', values', arc')."""
    seg = np.linalg.norm(np.diff(p, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    n = max(2, int(np.ceil(s[-1] / spacing)) + 1)
    arc = np.linspace(0.0, s[-1], n)
    out_p = np.stack([np.interp(arc, s, p[:, k]) for k in range(3)], -1)
    out_v = [np.stack([np.interp(arc, s, v[:, k]) for k in range(v.shape[1])], -1)
             if v.ndim == 2 else np.interp(arc, s, v) for v in values]
    return out_p, out_v, arc


def sample_strokes(sketch: Sketch, norm: Normalization, spacing: float,
                   closed_gap: float | None = None) -> StrokeSamples:
    """Resample every stroke of ``sketch`` at ``spacing`` (normalised units).

    A stroke is ``closed`` when its ends are closer than ``closed_gap`` (default 4 x spacing) or
    than a tenth of its length, and it is at least 8 x spacing long. One-point strokes give one
    sample with a zero tangent."""
    if closed_gap is None:
        closed_gap = 4.0 * spacing
    P, T, SID, ARC, RAD, RN, W, SP = [], [], [], [], [], [], [], []
    closed, length = [], []
    for sid, st in enumerate(sketch.strokes):
        pts = norm.to_normalized(np.asarray(st.points, dtype=np.float64))
        keep = np.ones(len(pts), dtype=bool)
        keep[1:] = np.linalg.norm(np.diff(pts, axis=0), axis=1) > 1e-9
        pts = pts[keep]
        rad = np.asarray(st.radii, dtype=np.float64)[keep] * norm.scale
        q = None if st.orientations is None else np.asarray(st.orientations, np.float64)[keep]
        if len(pts) < 2:
            P.append(pts[:1])
            T.append(np.zeros((1, 3)))
            SID.append([sid])
            ARC.append([0.0])
            RAD.append(rad[:1])
            RN.append(np.zeros((1, 3)))
            W.append([spacing])
            SP.append([True])
            closed.append(False)
            length.append(0.0)
            continue
        lateral = None
        if st.ribbon:
            _, lateral = stroke_frames(pts, q)
        vals = [rad] + ([lateral] if lateral is not None else [])
        rp, rv, arc = _resample(pts, vals, spacing)
        t, _ = stroke_frames(rp)
        L = float(arc[-1])
        length.append(L)
        closed.append(bool(L >= 8 * spacing and np.linalg.norm(rp[-1] - rp[0]) < max(closed_gap, 0.1 * L)))
        w = np.full(len(rp), L / max(len(rp) - 1, 1))
        w[[0, -1]] *= 0.5
        rn = np.zeros_like(rp)
        if lateral is not None:
            lat = rv[1] - (rv[1] * t).sum(1, keepdims=True) * t
            lat /= np.maximum(np.linalg.norm(lat, axis=1, keepdims=True), 1e-12)
            rn = np.cross(t, lat)
            rn /= np.maximum(np.linalg.norm(rn, axis=1, keepdims=True), 1e-12)
            # across the width
            k_max = int(np.floor(0.8 * float(np.median(rv[0])) / spacing))
            for k in range(-k_max, k_max + 1):
                if k == 0:
                    continue
                off = np.clip(k * spacing, -0.8 * rv[0], 0.8 * rv[0])[:, None] * lat
                P.append(rp + off)
                T.append(t)
                SID.append(np.full(len(rp), sid))
                ARC.append(arc)
                RAD.append(rv[0])
                RN.append(rn)
                W.append(w / (2 * k_max + 1))
                SP.append(np.zeros(len(rp), dtype=bool))
            w = w / (2 * k_max + 1)
        P.append(rp)
        T.append(t)
        SID.append(np.full(len(rp), sid))
        ARC.append(arc)
        RAD.append(rv[0])
        RN.append(rn)
        W.append(w)
        SP.append(np.ones(len(rp), dtype=bool))
    cat = lambda xs, dt=np.float64: np.concatenate([np.asarray(x, dtype=dt) for x in xs], 0)  # noqa: E731
    return StrokeSamples(p=cat(P), t=cat(T), stroke=cat(SID, np.int64), arc=cat(ARC),
                         radius=cat(RAD), ribbon_n=cat(RN), weight=cat(W), spine=cat(SP, bool),
                         closed=np.asarray(closed, bool), length=np.asarray(length, np.float64))
