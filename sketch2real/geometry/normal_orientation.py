"""Choose the sign of each group of stroke normals so that the implicit surface is smoothest.

``stroke_normals`` gives normals whose sign is consistent inside a group (a stretch of one
stroke) but arbitrary between groups. Flipping groups changes the smooth implicit fit
(``hessian_sdf``): with consistent signs its zero level set passes through the strokes with
little bending; with a wrong sign it has to fold. So the signs s in {-1, +1}^K are chosen to
minimise the fit's energy. The minimum over f of E(f; s) is c - s^T Q s with
Q = B^T A^-1 B (B's column k: the right-hand side of group k's normals), so the best signs
maximise s^T Q s: relaxed to unit length, the top eigenvector of Q (as in variational point-set
surfacing, which orients unoriented points the same way). Power iteration needs only Q s =
B^T f with A f = B s, i.e. one solve of the fit per step, warm-started from the last.

Then the side: only the overall sign of each separate part of the sketch is left, and the
outside is where the implicit function is positive. Per part (samples linked within a few
cells), the implicit function is read at lattice points that are outside for sure: a few cells
away from the part's strokes and connected to the grid's boundary without passing near any
stroke. If most are negative, the part's groups are flipped.

Notation: K groups, g [P] group per sample (-1: not in any), s [K] signs, u [K] = (Q s)_k.
"""

from __future__ import annotations

import logging

import numpy as np
import torch
from scipy import ndimage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from .hessian_sdf import HessianLevel

log = logging.getLogger(__name__)


def group_field(level: HessianLevel, f: torch.Tensor, n: torch.Tensor, group: torch.Tensor,
                n_groups: int) -> torch.Tensor:
    """u [K]: for each group, sum over its samples of w c n . grad f (= (B^T f)_k)."""
    g = level.interp.grad(f)
    n = level.merged(n)
    if level.inv is not None:
        group = level.group
    per = level.w * level.conf * (n * g).sum(1) * level.wts.normal
    keep = group >= 0
    return torch.zeros(n_groups, dtype=f.dtype, device=f.device).index_add_(
        0, group[keep], per[keep])


def orient_groups(level: HessianLevel, n: torch.Tensor, group: torch.Tensor, n_groups: int,
                  s0: torch.Tensor | None = None, steps: int = 25, cg_steps: int = 60
                  ) -> torch.Tensor:
    """Signs s [K] (+-1) maximising s^T Q s, by power iteration from ``s0`` (ones if None) on
    ``level``. ``n`` [P,3] group-consistent normals, ``group`` [P] (-1: ignored)."""
    if n_groups == 0:
        return torch.ones(0, dtype=n.dtype, device=n.device)
    if steps <= 0:
        return torch.ones(n_groups, dtype=n.dtype, device=n.device) if s0 is None else s0.clone()
    s = torch.ones(n_groups, dtype=n.dtype, device=n.device) if s0 is None else s0.clone()
    gidx = group.clamp(min=0)
    valid = (group >= 0).to(n.dtype)[:, None]
    f = None
    for it in range(steps):
        ns = n * s[gidx][:, None] * valid
        b = level.rhs(ns)
        f0 = None if f is None else f
        f, _ = level.solve(b, f0, cg_steps, 1e-6)
        u = group_field(level, f, n, group, n_groups)
        s_new = u / u.norm().clamp(min=1e-30) * np.sqrt(n_groups)
        if it > 2 and torch.equal(torch.sign(s_new), torch.sign(s)):
            s = s_new
            break
        s = s_new
    signs = torch.sign(s)
    signs[signs == 0] = 1.0
    log.debug("orient_groups: %d groups, %d flipped, %d steps", n_groups,
              int((signs < 0).sum()), it + 1)
    return signs


def parts(p: np.ndarray, link: float) -> tuple[np.ndarray, int]:
    """Label [P] of the part each sample belongs to (samples closer than ``link`` join)."""
    tree = cKDTree(p)
    pairs = tree.query_pairs(link, output_type="ndarray")
    g = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(len(p), len(p)))
    n, label = connected_components(g, directed=False)
    return label, n


def outside_points(p: np.ndarray, n_lat: int, half_extent: float, block: float
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Lattice points surely outside: farther than ``block`` from every sample and connected to
    the lattice's boundary through such points -> (mask [n,n,n] bool, distance to the nearest
    sample [n,n,n] in normalised units)."""
    h = 2 * half_extent / (n_lat - 1)
    occ = np.zeros((n_lat,) * 3, dtype=bool)
    ijk = np.clip(np.round((p + half_extent) / h).astype(np.int64), 0, n_lat - 1)
    occ[ijk[:, 0], ijk[:, 1], ijk[:, 2]] = True
    dist = ndimage.distance_transform_edt(~occ) * h
    free = dist > block
    label, _ = ndimage.label(free)
    border = np.unique(np.concatenate([label[0].ravel(), label[-1].ravel(), label[:, 0].ravel(),
                                       label[:, -1].ravel(), label[:, :, 0].ravel(),
                                       label[:, :, -1].ravel()]))
    border = border[border > 0]
    return np.isin(label, border), dist


def outside_signs(f: np.ndarray, p: np.ndarray, part: np.ndarray, n_parts: int,
                  half_extent: float, block: float, band: float) -> np.ndarray:
    """Per part [n_parts]: +1 if the implicit function f [n,n,n] is mostly positive at the
    sure-outside lattice points within ``band`` of that part (nearest part), else -1."""
    n_lat = f.shape[0]
    outside, dist = outside_points(p, n_lat, half_extent, block)
    near = outside & (dist < band)
    if not near.any():
        return np.ones(n_parts)
    h = 2 * half_extent / (n_lat - 1)
    ii = np.argwhere(near)
    pos = ii * h - half_extent
    _, nearest = cKDTree(p).query(pos)
    vals = f[near]
    votes = np.bincount(part[nearest], weights=np.sign(vals), minlength=n_parts)
    return np.where(votes < 0, -1.0, 1.0)
