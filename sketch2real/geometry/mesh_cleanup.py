"""Mesh cleanup after extraction: drop small disconnected pieces (floaters), Taubin smoothing."""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components


def face_components(faces: np.ndarray, n_verts: int) -> np.ndarray:
    """Connected-component label per face [F] (faces joined through shared vertices)."""
    f = np.asarray(faces, dtype=np.int64)
    rows = np.concatenate([f[:, 0], f[:, 1], f[:, 2]])
    cols = np.concatenate([f[:, 1], f[:, 2], f[:, 0]])
    g = coo_matrix((np.ones(rows.shape[0], dtype=np.int8), (rows, cols)), shape=(n_verts, n_verts))
    _, vlabel = connected_components(g, directed=False)
    return vlabel[f[:, 0]]


def remove_small_components(verts: np.ndarray, faces: np.ndarray,
                            min_area_fraction: float = 0.005) -> tuple[np.ndarray, np.ndarray]:
    """Keep components whose area is at least ``min_area_fraction`` of the total (and always the
    largest). verts [V,3], faces [F,3] -> compacted (verts, faces)."""
    v = np.asarray(verts)
    f = np.asarray(faces, dtype=np.int64)
    if f.shape[0] == 0:
        return v, f
    label = face_components(f, v.shape[0])
    area = 0.5 * np.linalg.norm(np.cross(v[f[:, 1]] - v[f[:, 0]], v[f[:, 2]] - v[f[:, 0]]), axis=1)
    comp_area = np.bincount(label, weights=area)
    keep_comp = comp_area >= min_area_fraction * comp_area.sum()
    keep_comp[np.argmax(comp_area)] = True
    f = f[keep_comp[label]]
    used = np.unique(f)
    remap = np.full(v.shape[0], -1, dtype=np.int64)
    remap[used] = np.arange(used.shape[0])
    return v[used], remap[f]


def taubin_smooth(verts: np.ndarray, faces: np.ndarray, iterations: int = 10,
                  lamb: float = 0.5, mu: float = -0.53) -> np.ndarray:
    """Taubin (lambda|mu) smoothing with uniform weights: removes the grid's ripples without the
    shrinking of plain Laplacian smoothing. verts [V,3], faces [F,3] -> smoothed verts [V,3]."""
    v = np.asarray(verts, dtype=np.float64).copy()
    f = np.asarray(faces, dtype=np.int64)
    if iterations <= 0 or f.shape[0] == 0:
        return v.astype(np.asarray(verts).dtype)
    src = np.concatenate([f[:, 0], f[:, 1], f[:, 2], f[:, 1], f[:, 2], f[:, 0]])
    dst = np.concatenate([f[:, 1], f[:, 2], f[:, 0], f[:, 0], f[:, 1], f[:, 2]])
    adj = coo_matrix((np.ones(src.shape[0]), (src, dst)), shape=(v.shape[0], v.shape[0])).tocsr()
    adj.data[:] = 1.0                                   # duplicate entries -> one neighbour
    deg = np.asarray(adj.sum(1)).clip(min=1)
    for _ in range(iterations):
        for w in (lamb, mu):
            v = v + w * (adj @ v / deg - v)
    return v.astype(np.asarray(verts).dtype)
