"""Overshoot: the short dangling tail a stroke draws past the stroke it meets.

People close a shape by drawing each stroke a little past the one it should end on (the edges
of a box cross at its corners and run on into the air). A surface pulled through those tails
grows ears. A tail is the stretch between a stroke's end and its last junction (the last sample,
walking in from the end, with another stroke within ``meet``); when it is shorter than
``max_tail`` it is an overshoot and its samples are dropped from the fit. A stroke that meets no
other stroke, or whose tail is long (a stem running on from a leaf), is left alone.
"""

from __future__ import annotations

import numpy as np
from scipy.spatial import cKDTree

from .stroke_samples import StrokeSamples


def other_stroke_distance(s: StrokeSamples, k: int = 16) -> np.ndarray:
    """Distance [P] from each sample to the nearest sample of another stroke among its ``k``
    nearest samples (inf when all of those are on its own stroke)."""
    tree = cKDTree(s.p)
    k = min(k, len(s.p))
    dist, nb = tree.query(s.p, k=k)
    dist = dist.reshape(len(s.p), k)
    nb = nb.reshape(len(s.p), k)
    other = s.stroke[nb] != s.stroke[:, None]
    return np.where(other, dist, np.inf).min(1)


def overshoot_mask(s: StrokeSamples, meet: float, max_tail: float,
                   d_other: np.ndarray | None = None) -> np.ndarray:
    """[P] bool, True for samples on an overshooting tail (see the module docstring). ``meet``
    and ``max_tail`` in normalised units; ``d_other`` from ``other_stroke_distance``."""
    if d_other is None:
        d_other = other_stroke_distance(s)
    tail = np.zeros(len(s.p), dtype=bool)
    spine = np.flatnonzero(s.spine)
    order = spine[np.lexsort((s.arc[spine], s.stroke[spine]))]
    bounds = np.flatnonzero(np.diff(s.stroke[order])) + 1
    for run in np.split(order, bounds):
        if len(run) < 3 or s.closed[s.stroke[run[0]]]:
            continue
        near = np.flatnonzero(d_other[run] <= meet)
        if len(near) == 0:
            continue
        arc = s.arc[run]
        first, last = near[0], near[-1]
        if arc[first] - arc[0] <= max_tail:
            tail[run[:first]] = True
        if arc[-1] - arc[last] <= max_tail:
            tail[run[last + 1:]] = True
    if (~s.spine).any():                 # across-ribbon samples follow their stroke's spine
        on = np.flatnonzero(s.spine)
        key = s.stroke[on] * 1e6 + s.arc[on]
        o = np.argsort(key)
        off = np.flatnonzero(~s.spine)
        pos = np.clip(np.searchsorted(key[o], s.stroke[off] * 1e6 + s.arc[off]), 0, len(on) - 1)
        tail[off] = tail[on[o][pos]]
    return tail
