"""Fit quality metrics: silhouette IoU, one-sided stroke-to-surface distance, watertightness."""

from __future__ import annotations

import logging

import numpy as np
import torch

log = logging.getLogger(__name__)


def silhouette_iou(pred: torch.Tensor, target: torch.Tensor) -> np.ndarray:
    """Per-view IoU [B] of boolean masks ``pred``/``target`` [B,H,W] (1.0 where both are empty)."""
    p, t = pred.bool(), target.bool()
    inter = (p & t).flatten(1).sum(1).double()
    union = (p | t).flatten(1).sum(1).double()
    iou = torch.where(union > 0, inter / union.clamp(min=1), torch.ones_like(union))
    return iou.cpu().numpy()


def point_to_mesh_distance(points: np.ndarray, verts: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Exact distance [P] from each of ``points`` [P,3] to the triangle mesh (verts [V,3], faces
    [F,3]), in the points' units. open3d's BVH when available, else a chunked exact search in
    PyTorch (slow on CPU for big meshes; fine on CUDA)."""
    points = np.asarray(points, dtype=np.float32)
    try:
        import open3d as o3d
    except ImportError:
        return _distance_torch(points, verts, faces)
    scene = o3d.t.geometry.RaycastingScene()
    scene.add_triangles(o3d.core.Tensor(np.ascontiguousarray(verts, dtype=np.float32)),
                        o3d.core.Tensor(np.ascontiguousarray(faces, dtype=np.uint32)))
    return scene.compute_distance(o3d.core.Tensor(points)).numpy().astype(np.float64)


def _point_triangle_distance(p: torch.Tensor, a: torch.Tensor, b: torch.Tensor,
                             c: torch.Tensor) -> torch.Tensor:
    """Distance between points p [P,1,3] and triangles a, b, c [1,F,3] -> [P,F]."""
    ab, ac, ap = b - a, c - a, p - a
    n = torch.linalg.cross(ab, ac, dim=-1)
    nn = (n * n).sum(-1).clamp(min=1e-30)
    # Projection inside the triangle?
    u = (torch.linalg.cross(ab, ap, dim=-1) * n).sum(-1) / nn
    v = (torch.linalg.cross(ap, ac, dim=-1) * n).sum(-1) / nn
    inside = (u >= 0) & (v >= 0) & (u + v <= 1)
    d_plane = ((ap * n).sum(-1)).abs() / nn.sqrt()

    def seg(p0, p1):
        d = p1 - p0
        t = (((p - p0) * d).sum(-1) / (d * d).sum(-1).clamp(min=1e-30)).clamp(0, 1)
        return (p - (p0 + t.unsqueeze(-1) * d)).norm(dim=-1)

    d_edge = torch.minimum(torch.minimum(seg(a, b), seg(b, c)), seg(c, a))
    return torch.where(inside, d_plane, d_edge)


def _distance_torch(points: np.ndarray, verts: np.ndarray, faces: np.ndarray,
                    device: str | None = None) -> np.ndarray:
    dev = device or ("cuda" if torch.cuda.is_available() else "cpu")
    v = torch.as_tensor(np.asarray(verts, dtype=np.float32), device=dev)
    f = torch.as_tensor(np.asarray(faces, dtype=np.int64), device=dev)
    a, b, c = v[f[:, 0]][None], v[f[:, 1]][None], v[f[:, 2]][None]
    p_all = torch.as_tensor(points, device=dev)
    out = []
    step = max(1, 2_000_000 // max(1, f.shape[0]))
    for s in range(0, p_all.shape[0], step):
        out.append(_point_triangle_distance(p_all[s:s + step, None], a, b, c).amin(1))
    return torch.cat(out).double().cpu().numpy() if out else np.zeros(0)


def is_watertight(faces: np.ndarray) -> bool:
    """True if every directed edge of ``faces`` [F,3] appears once and its reverse once: a closed,
    consistently oriented, edge-manifold surface."""
    f = np.asarray(faces, dtype=np.int64)
    if f.shape[0] == 0:
        return False
    e = np.concatenate([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]], 0)
    n = int(f.max()) + 1
    fwd = e[:, 0] * n + e[:, 1]
    rev = e[:, 1] * n + e[:, 0]
    uniq, counts = np.unique(fwd, return_counts=True)
    if (counts != 1).any():
        return False
    return bool(np.isin(rev, uniq, assume_unique=False).all())


def distance_summary(dist: np.ndarray, diagonal: float) -> dict:
    """Mean, 95th percentile and max of ``dist`` as fractions of the bounding-box ``diagonal``."""
    d = np.asarray(dist, dtype=np.float64) / max(diagonal, 1e-12)
    return {"mean": float(d.mean()), "p95": float(np.percentile(d, 95)), "max": float(d.max())}
