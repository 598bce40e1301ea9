"""Fit quality metrics.

Against the sketch: silhouette IoU, one-sided stroke-to-surface distance, watertightness.
Against a known true surface (the surfacing benchmark): the two-sided surface distance and the
normal angle error, each from area-uniform samples of both surfaces. On the surface alone: the
Euler characteristic (genus) and ``roughness``, the curvature noise that grooves, pits and grid
ripples add (see its docstring).
"""

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


def open3d_missing() -> str:
    """Empty when open3d imports; else why not ("open3d is not installed", or its import
    error), and ``point_to_mesh_distance`` falls back to PyTorch."""
    try:
        import open3d  # noqa: F401
    except ImportError as err:
        if getattr(err, "name", None) in ("open3d", None):
            return "open3d is not installed"
        return f"open3d failed to import: {err}"
    return ""


def point_to_mesh_distance(points: np.ndarray, verts: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Exact distance [P] from each of ``points`` [P,3] to the triangle mesh (verts [V,3], faces
    [F,3]), in the points' units. open3d's BVH when available, else a chunked exact search in
    PyTorch (slow on CPU for big meshes; fine on CUDA; ``open3d_missing`` says which)."""
    points = np.asarray(points, dtype=np.float32)
    if open3d_missing():
        return _distance_torch(points, verts, faces)
    import open3d as o3d

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


def euler_characteristic(faces: np.ndarray) -> int:
    """V - E + F of the mesh ``faces`` [F,3] (only vertices some face uses are counted). A closed
    surface of genus g in one piece has 2 - 2 g."""
    f = np.asarray(faces, dtype=np.int64)
    if f.shape[0] == 0:
        return 0
    e = np.sort(np.concatenate([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]], 0), axis=1)
    n_edges = np.unique(e[:, 0] * (int(f.max()) + 1) + e[:, 1]).shape[0]
    return int(np.unique(f).shape[0] - n_edges + f.shape[0])


def _scene(verts: np.ndarray, faces: np.ndarray):
    import open3d as o3d

    scene = o3d.t.geometry.RaycastingScene()
    scene.add_triangles(o3d.core.Tensor(np.ascontiguousarray(verts, dtype=np.float32)),
                        o3d.core.Tensor(np.ascontiguousarray(faces, dtype=np.uint32)))
    return scene


def face_normals(verts: np.ndarray, faces: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unit face normals [F,3] (counter-clockwise winding points out) and face areas [F]."""
    v = np.asarray(verts, dtype=np.float64)
    f = np.asarray(faces, dtype=np.int64)
    n = np.cross(v[f[:, 1]] - v[f[:, 0]], v[f[:, 2]] - v[f[:, 0]])
    norm = np.linalg.norm(n, axis=1)
    return n / np.maximum(norm, 1e-30)[:, None], 0.5 * norm


def sample_surface(verts: np.ndarray, faces: np.ndarray, n: int,
                   rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """``n`` area-uniform random points on the mesh -> (points [n,3], face index [n])."""
    v = np.asarray(verts, dtype=np.float64)
    f = np.asarray(faces, dtype=np.int64)
    _, area = face_normals(v, f)
    fid = rng.choice(f.shape[0], size=n, p=area / area.sum())
    r1, r2 = rng.random(n), rng.random(n)
    s = np.sqrt(r1)
    w = np.stack([1 - s, s * (1 - r2), s * r2], 1)
    return (v[f[fid]] * w[:, :, None]).sum(1), fid


def surface_comparison(verts: np.ndarray, faces: np.ndarray, true_verts: np.ndarray,
                       true_faces: np.ndarray, diagonal: float, n: int = 20000,
                       seed: int = 0) -> dict:
    """Compare a fitted closed mesh with the true one (same frame): two-sided distance (``n``
    samples on each surface to the other surface; mean and 95th percentile over both sets, as
    fractions of ``diagonal``) and normal error (angle in degrees between the normal at a sample
    and the other surface's normal at its closest point, 180 for a flipped normal; mean over
    both sets). Needs open3d."""
    rng = np.random.default_rng(seed)
    meshes = ((verts, faces), (true_verts, true_faces))
    dists, angles = [], []
    for (va, fa), (vb, fb) in (meshes, meshes[::-1]):
        pts, fid = sample_surface(va, fa, n, rng)
        na, _ = face_normals(va, fa)
        nb, _ = face_normals(vb, fb)
        import open3d as o3d

        ans = _scene(vb, fb).compute_closest_points(o3d.core.Tensor(pts.astype(np.float32)))
        closest = ans["points"].numpy().astype(np.float64)
        prim = ans["primitive_ids"].numpy().astype(np.int64)
        dists.append(np.linalg.norm(pts - closest, axis=1))
        cos = np.clip((na[fid] * nb[prim]).sum(1), -1.0, 1.0)
        angles.append(np.degrees(np.arccos(cos)))
    d = np.concatenate(dists) / max(diagonal, 1e-12)
    a = np.concatenate(angles)
    return {"distance_mean": float(d.mean()), "distance_p95": float(np.percentile(d, 95)),
            "fit_to_true_mean": float(dists[0].mean() / diagonal),
            "true_to_fit_mean": float(dists[1].mean() / diagonal),
            "normal_deg_mean": float(a.mean()), "normal_deg_p95": float(np.percentile(a, 95))}


def roughness(verts: np.ndarray, faces: np.ndarray, diagonal: float,
              scale: float = 0.02) -> float:
    """Curvature noise of a closed mesh: the area-weighted mean of |H - H_s| times ``diagonal``,
    where H [V] is the discrete mean curvature per vertex (signed dihedral angle times edge
    length over the edges at a vertex, divided by 4 x its area) and H_s is H diffused over the
    surface to about ``scale`` x ``diagonal``. A sphere, a cylinder or a torus scores about 0
    however curved it is; grooves along strokes, pits and grid ripples change H over a few
    cells and score high. Lower is smoother."""
    from scipy.sparse import coo_matrix, diags
    from scipy.sparse.linalg import spsolve

    v = np.asarray(verts, dtype=np.float64)
    f = np.asarray(faces, dtype=np.int64)
    if f.shape[0] == 0:
        return float("nan")
    nf, area = face_normals(v, f)
    n_v = v.shape[0]
    # 1. Signed dihedral angle per interior edge (each undirected edge seen from its two faces).
    he = np.concatenate([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]], 0)
    hf = np.tile(np.arange(f.shape[0]), 3)
    key = np.minimum(he[:, 0], he[:, 1]) * n_v + np.maximum(he[:, 0], he[:, 1])
    order = np.argsort(key, kind="stable")
    k_sorted = key[order]
    pair = np.nonzero(k_sorted[1:] == k_sorted[:-1])[0]
    h1, h2 = order[pair], order[pair + 1]
    a, b = he[h1, 0], he[h1, 1]
    n1, n2 = nf[hf[h1]], nf[hf[h2]]
    e = v[b] - v[a]
    length = np.linalg.norm(e, axis=1)
    theta = np.arctan2((np.cross(n1, n2) * e).sum(1) / np.maximum(length, 1e-30),
                       np.clip((n1 * n2).sum(1), -1, 1))
    # 2. Mean curvature per vertex.
    v_area = np.bincount(f.ravel(), weights=np.repeat(area, 3), minlength=n_v) / 3.0
    tl = theta * length
    h_v = (np.bincount(a, weights=tl, minlength=n_v) + np.bincount(b, weights=tl, minlength=n_v))
    h_v = h_v / np.maximum(4.0 * v_area, 1e-30)
    # 3. Diffuse: (A + t K) H_s = A H, K the graph Laplacian (weight 1/sqrt(3), a regular
    #    mesh's cotangent weight), t = sigma^2 / 2.
    t = 0.5 * (scale * diagonal) ** 2
    w = np.full(a.shape[0], 1.0 / np.sqrt(3.0))
    adj = coo_matrix((np.concatenate([w, w]), (np.concatenate([a, b]), np.concatenate([b, a]))),
                     shape=(n_v, n_v)).tocsr()
    lap = diags(np.asarray(adj.sum(1)).ravel()) - adj
    mass = diags(np.maximum(v_area, 1e-30))
    h_s = spsolve((mass + t * lap).tocsc(), v_area * h_v)
    used = v_area > 0
    return float((v_area[used] * np.abs(h_v - h_s)[used]).sum() / v_area[used].sum() * diagonal)
