"""Resampling stroke polylines at a bounded spacing."""

from __future__ import annotations

import numpy as np


def resample_polyline(points: np.ndarray, spacing: float) -> np.ndarray:
    """[N,3] polyline -> [M,3] points along it, consecutive ones at most ``spacing`` apart; the
    original points are kept."""
    p = np.asarray(points, dtype=np.float64)
    if p.shape[0] < 2 or spacing <= 0:
        return p
    seg = np.linalg.norm(np.diff(p, axis=0), axis=1)
    n_sub = np.maximum(1, np.ceil(seg / spacing).astype(np.int64))
    t = np.concatenate([np.arange(k) / k for k in n_sub])
    i0 = np.repeat(np.arange(p.shape[0] - 1), n_sub)
    out = p[i0] + t[:, None] * (p[i0 + 1] - p[i0])
    return np.concatenate([out, p[-1:]], axis=0)
