"""Vertex-clustering decimation (Rossignac-Borrel), pure numpy: fast, rough, thread-safe.

For previews: vertices are snapped to a grid of cubic cells, each occupied cell becomes one
vertex (the mean position and colour of its members), faces whose corners fall into fewer than
three cells vanish, and duplicates are dropped. The cell size is chosen by bisection on the
number of cells along the bounding box's longest side, the finest grid whose result fits the
face budget. Winding is kept (faces keep their corner order).

Unlike quadric decimation (``decimate.py``, pymeshlab) it needs no native library, so a worker
thread can run it next to the GPU loop.
"""

from __future__ import annotations

import numpy as np


def _cluster(v: np.ndarray, f: np.ndarray, c: np.ndarray | None, cells: int):
    lo = v.min(0)
    size = max(float((v.max(0) - lo).max()), 1e-12) / cells
    ijk = np.minimum(np.floor((v - lo) / size).astype(np.int64), cells)
    n = cells + 1
    key = (ijk[:, 0] * n + ijk[:, 1]) * n + ijk[:, 2]
    _, label = np.unique(key, return_inverse=True)
    label = label.reshape(-1)
    count = np.bincount(label).astype(np.float64)[:, None]
    v2 = np.stack([np.bincount(label, weights=v[:, k]) for k in range(3)], 1) / count
    c2 = (None if c is None else
          np.stack([np.bincount(label, weights=c[:, k]) for k in range(c.shape[1])], 1) / count)
    f2 = label[f]
    keep = (f2[:, 0] != f2[:, 1]) & (f2[:, 1] != f2[:, 2]) & (f2[:, 0] != f2[:, 2])
    f2 = f2[keep]
    if f2.shape[0]:
        _, first = np.unique(np.sort(f2, axis=1), axis=0, return_index=True)
        f2 = f2[np.sort(first)]
    used = np.unique(f2)
    remap = np.full(v2.shape[0], -1, dtype=np.int64)
    remap[used] = np.arange(used.shape[0])
    return v2[used], remap[f2], (None if c2 is None else c2[used])


def cluster_decimate(verts: np.ndarray, faces: np.ndarray, max_faces: int,
                     colors: np.ndarray | None = None
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """At most ``max_faces`` triangles of ``verts`` [V,3], ``faces`` [F,3] by vertex clustering.

    ``colors`` [V,C] float (any channels) are averaged per cluster. Returns (verts [V',3]
    float64, faces [F',3] int64, colors [V',C] float64 or None); the input (as those dtypes)
    when it already fits.
    """
    v = np.asarray(verts, dtype=np.float64)
    f = np.asarray(faces, dtype=np.int64)
    c = None if colors is None else np.asarray(colors, dtype=np.float64)
    if f.shape[0] <= max_faces:
        return v, f, c
    lo_cells, hi_cells = 1, 1024
    best = _cluster(v, f, c, lo_cells)
    while hi_cells - lo_cells > 1:
        mid = (lo_cells + hi_cells) // 2
        out = _cluster(v, f, c, mid)
        if out[1].shape[0] <= max_faces:
            lo_cells, best = mid, out
        else:
            hi_cells = mid
    return best
