"""From the fitted implicit function to one watertight solid: closed surfaces, open sheets, wires.

The implicit function f of ``hessian_sdf`` (oriented by ``normal_orientation``) describes the
drawn surfaces, but not every piece of its zero level set is meant:

1. Pieces. The zero level set is extracted on the lattice and cut into connected pieces. A piece
   with no stroke near it is an artefact and dropped. A piece that stays inside the grid is a
   *closed* surface: its inside is a solid. A piece that runs out to the grid's boundary is an
   *open* sheet (a leaf, a sail, a vase's wall): a smooth function's zero level set cannot end
   where the strokes end, so it carries on past them.
2. Trimming an open sheet. The strokes cut the sheet into regions (the sheet minus a band of
   ``band_cells`` around the strokes): regions that reach the grid's boundary lie beyond the
   strokes and go; regions the strokes enclose stay, with the band next to them.
   A trimmed piece that rises well above the plane of its (roughly planar) largest boundary
   loop is a vessel (a mouse drawn without its underside, a dress without its hem): a fan over
   each loop caps it, and it becomes a solid like the closed pieces. A leaf or a hat's brim
   stays close to its outline's plane and stays a sheet.
3. The solid, as a signed distance on the lattice: the minimum of the signed distance to the
   closed pieces, the distance to the trimmed sheets minus a half-thickness h (a thin closed
   shell, which the refinement needs), and the distance to each wire stroke minus its radius
   (a tube). Strokes that no surface came near (further than ``reach_cells``) become tubes too,
   so nothing drawn disappears.

Distances are exact point-to-mesh distances (open3d); inside a closed piece is where f < 0 in a
region of the lattice that does not reach the boundary.

Notation: lattice values [V] in the ``TetGrid`` order; lengths in normalised units.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import torch
from scipy import ndimage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from .marching_tets import marching_tets
from .metrics import is_watertight
from .tet_grid import TetGrid

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PartsConfig:
    """Thresholds of the assembly (lengths in grid cells)."""

    boundary_cells: float = 1.5
    """A zero-level piece that comes this close to the grid's boundary is an open sheet."""
    near_stroke_cells: float = 2.0
    """A piece with no stroke sample this close is an artefact."""
    band_cells: float = 1.5
    """Half-width of the band around the strokes that cuts an open sheet into regions."""
    reach_cells: float = 1.5
    """Stroke samples further than this from every surface get a tube."""
    cap_depth: float = 0.25
    """An open piece that rises from the plane of its largest boundary loop by at least this
    fraction of the loop's radius is a vessel (a mouse drawn without its underside) and is
    capped into a solid ..."""
    cap_flatness: float = 0.25
    """... provided that loop is roughly planar (rms off its plane below this fraction of its
    size)."""


@dataclass
class Parts:
    """What the assembly found: counts, and the pieces as meshes (normalised frame)."""

    closed: tuple[np.ndarray, np.ndarray] | None
    sheet: tuple[np.ndarray, np.ndarray] | None
    n_closed: int
    n_open: int
    n_dropped: int
    n_tubes: int
    n_capped: int = 0


def _vertex_components(faces: np.ndarray, n: int) -> np.ndarray:
    f = faces
    rows = np.concatenate([f[:, 0], f[:, 1], f[:, 2]])
    cols = np.concatenate([f[:, 1], f[:, 2], f[:, 0]])
    g = coo_matrix((np.ones(len(rows), np.int8), (rows, cols)), shape=(n, n))
    return connected_components(g, directed=False)[1]


def _compact(verts: np.ndarray, faces: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    used = np.unique(faces)
    remap = np.full(len(verts), -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    return verts[used], remap[faces]


def _trim_sheet(verts: np.ndarray, faces: np.ndarray, d_stroke: np.ndarray, at_border: np.ndarray,
                band: float) -> np.ndarray:
    """Faces [F] bool of an open piece to keep: the regions its strokes enclose (step 2)."""
    n = len(verts)
    in_band = d_stroke <= band
    # Region labels on the sheet minus the band: edges between two non-band vertices.
    e = np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]])
    free = ~in_band[e[:, 0]] & ~in_band[e[:, 1]]
    g = coo_matrix((np.ones(int(free.sum()), np.int8), (e[free, 0], e[free, 1])), shape=(n, n))
    _, label = connected_components(g, directed=False)
    outside_labels = np.unique(label[at_border & ~in_band])
    outside = np.isin(label, outside_labels) & ~in_band
    keep_v = ~outside & ~in_band
    # Band vertices stay where they touch a kept region or lie on the stroke itself.
    touch = np.zeros(n, dtype=bool)
    ke = keep_v[e[:, 0]] | keep_v[e[:, 1]]
    touch[e[ke].ravel()] = True
    keep_v |= in_band & (touch | (d_stroke <= 0.5 * band))
    # A band vertex that only touches the outside goes.
    return keep_v[faces].all(1)


def boundary_loops(faces: np.ndarray) -> list[np.ndarray]:
    """Boundary loops of a mesh (edges used by one face), each an ordered array of vertex ids
    following the faces' winding. Vertices where several loops touch are walked through once."""
    e = np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]])
    n = int(faces.max()) + 1 if len(faces) else 0
    key = e[:, 0] * n + e[:, 1]
    rev = e[:, 1] * n + e[:, 0]
    border = e[~np.isin(key, rev)]
    nxt: dict[int, list[int]] = {}
    for a, b in border:
        nxt.setdefault(int(a), []).append(int(b))
    loops = []
    while nxt:
        start = next(iter(nxt))
        loop = [start]
        cur = start
        while True:
            outs = nxt.get(cur)
            if not outs:
                break
            b = outs.pop()
            if not outs:
                del nxt[cur]
            if b == start:
                break
            loop.append(b)
            cur = b
        if len(loop) >= 3:
            loops.append(np.asarray(loop))
    return loops


def _cap(verts: np.ndarray, faces: np.ndarray, min_depth: float, max_flatness: float,
         small: float) -> tuple[np.ndarray, np.ndarray] | None:
    """The piece closed by a fan over each boundary loop, if it is a vessel rather than a sheet:
    its largest loop is roughly planar (rms distance to its plane under ``max_flatness`` of its
    size) and the piece rises from that plane by at least ``min_depth`` of the loop's radius
    (90th percentile): a mouse without its underside, a dress without its hem; not a leaf or a
    brim, which stay near their outline's plane. Loops smaller than ``small`` (holes the
    trimming left) are capped whatever their shape. Else None."""
    loops = boundary_loops(faces)
    if not loops:
        return None
    big = max(loops, key=len)
    q = verts[big]
    c = q.mean(0)
    _, sv, vt = np.linalg.svd(q - c, full_matrices=False)
    size = np.sqrt((sv[:2] ** 2).sum() / len(q))
    if sv[2] / np.sqrt(len(q)) > max_flatness * max(size, 1e-12):
        return None
    depth = np.percentile(np.abs((verts[np.unique(faces)] - c) @ vt[2]), 90)
    if depth < min_depth * np.sqrt(2.0) * size:
        return None
    # The trimmed rim zigzags across the lattice's cells: straighten it along itself first.
    verts = verts.copy()
    for loop in loops:
        for _ in range(8):
            verts[loop] = 0.5 * verts[loop] + 0.25 * (verts[np.roll(loop, 1)] + verts[np.roll(loop, -1)])
    new_v, new_f = [verts], [faces]
    base = len(verts)
    for loop in loops:
        new_v.append(verts[loop].mean(0)[None])
        new_f.append(np.stack([np.full(len(loop), base), np.roll(loop, -1), loop], 1))
        base += 1
    capped = np.concatenate(new_v), np.concatenate(new_f)
    # Inside and outside are read by ray parity: only a watertight result can be trusted.
    return capped if is_watertight(capped[1]) else None


def _solid_distance(verts: np.ndarray, faces: np.ndarray, grid: TetGrid, band: float,
                    far: float) -> np.ndarray:
    """Signed distance [V] of the lattice to a closed mesh: exact within ``band`` (sign by ray
    parity, open3d), +-``far`` beyond (outside: connected to the lattice's boundary)."""
    import open3d as o3d

    n_lat = grid.resolution + 1
    d = _band_distance(verts, faces, grid, band, far)
    near = d < far
    lattice = grid.vertices.detach().cpu().numpy()
    scene = o3d.t.geometry.RaycastingScene()
    scene.add_triangles(o3d.core.Tensor(np.ascontiguousarray(verts, np.float32)),
                        o3d.core.Tensor(np.ascontiguousarray(faces, np.uint32)))
    inside = np.zeros(len(d), dtype=bool)
    inside[near] = scene.compute_occupancy(
        o3d.core.Tensor(np.ascontiguousarray(lattice[near], np.float32)), nsamples=3).numpy() > 0.5
    lab, _ = ndimage.label(~near.reshape((n_lat,) * 3))
    border = np.unique(np.concatenate([lab[0].ravel(), lab[-1].ravel(), lab[:, 0].ravel(),
                                       lab[:, -1].ravel(), lab[:, :, 0].ravel(),
                                       lab[:, :, -1].ravel()]))
    far_inside = (~near) & ~np.isin(lab.reshape(-1), border)
    inside |= far_inside
    return np.where(inside, -d, d)


def _band_distance(verts: np.ndarray, faces: np.ndarray, grid: TetGrid, band: float,
                   far: float) -> np.ndarray:
    """Unsigned distance [V] from the lattice points to the mesh, exact within about ``band``
    of it and ``far`` beyond (only the band's points are measured)."""
    n_lat = grid.resolution + 1
    h = grid.cell
    occ = np.zeros((n_lat,) * 3, dtype=bool)
    # mark the lattice cells the mesh passes through (vertices and face centres)
    pts = np.concatenate([verts, verts[faces].mean(1)])
    ijk = np.clip(np.round((pts + grid.half_extent) / h).astype(np.int64), 0, n_lat - 1)
    occ[ijk[:, 0], ijk[:, 1], ijk[:, 2]] = True
    near = (ndimage.distance_transform_edt(~occ) * h <= band + h).reshape(-1)
    out = np.full(n_lat ** 3, far)
    lattice = grid.vertices.detach().cpu().numpy()
    out[near] = np.minimum(_unsigned_distance(verts, faces, lattice[near]), far)
    return out


def _unsigned_distance(verts: np.ndarray, faces: np.ndarray, pts: np.ndarray) -> np.ndarray:
    import open3d as o3d

    scene = o3d.t.geometry.RaycastingScene()
    scene.add_triangles(o3d.core.Tensor(np.ascontiguousarray(verts, np.float32)),
                        o3d.core.Tensor(np.ascontiguousarray(faces, np.uint32)))
    return scene.compute_distance(o3d.core.Tensor(np.ascontiguousarray(pts, np.float32))).numpy()


def tube_distance(pts: np.ndarray, a: np.ndarray, b: np.ndarray, r: np.ndarray,
                  chunk: int = 4096) -> np.ndarray:
    """Signed distance [Q] from points pts [Q,3] to the union of capsules around segments
    a [S,3] -> b [S,3] with radii r [S]; each point looks at the 16 segments whose midpoints
    are nearest (a k-d tree)."""
    if len(a) == 0:
        return np.full(len(pts), np.inf)
    tree = cKDTree(0.5 * (a + b))
    k = min(16, len(a))
    out = np.empty(len(pts))
    for s in range(0, len(pts), chunk):
        q = pts[s:s + chunk]
        _, idx = tree.query(q, k=k)
        idx = idx.reshape(len(q), k)
        sa, sb = a[idx], b[idx]
        d = sb - sa
        t = np.clip(((q[:, None] - sa) * d).sum(2) / np.maximum((d * d).sum(2), 1e-30), 0, 1)
        dist = np.linalg.norm(q[:, None] - (sa + t[..., None] * d), axis=2) - r[idx]
        out[s:s + chunk] = dist.min(1)
    return out


def assemble(f: torch.Tensor, grid: TetGrid, p: np.ndarray, wires: list[tuple[np.ndarray, np.ndarray]],
             shell_half: float, cfg: PartsConfig = PartsConfig(), clamp: float | None = None
             ) -> tuple[torch.Tensor, Parts]:
    """The solid's signed distance on the lattice [V] (normalised units, < 0 inside) from the
    implicit f [V], the membrane samples p [P,3] (normalised), the wires (each: points [N,3],
    radii [N], normalised) and the open sheets' half-thickness ``shell_half``."""
    cell = grid.cell
    lattice = grid.vertices.detach().cpu().numpy().astype(np.float64)
    clamp = clamp if clamp is not None else 8 * cell
    big = np.full(len(lattice), np.inf)
    closed_mesh = sheet_mesh = None
    n_closed = n_open = n_dropped = 0
    tree = cKDTree(p) if len(p) else None
    # 1. Pieces of the zero level set.
    if tree is not None:
        v_t, f_t = marching_tets(grid.vertices, f.to(grid.vertices), grid.tets)
        verts, faces = v_t.detach().cpu().numpy().astype(np.float64), f_t.cpu().numpy()
    else:
        verts, faces = np.zeros((0, 3)), np.zeros((0, 3), np.int64)
    closed_faces, open_faces = [], []
    if len(faces):
        label = _vertex_components(faces, len(verts))
        flabel = label[faces[:, 0]]
        d_stroke, _ = tree.query(verts)
        at_border = (np.abs(verts) > grid.half_extent - cfg.boundary_cells * cell).any(1)
        for c in np.unique(flabel):
            fc = faces[flabel == c]
            vc = np.unique(fc)
            if d_stroke[vc].min() > cfg.near_stroke_cells * cell:
                n_dropped += 1
                continue
            if at_border[vc].any():
                keep = _trim_sheet(verts, fc, d_stroke, at_border, cfg.band_cells * cell)
                if keep.any():
                    open_faces.append(fc[keep])
                    n_open += 1
                else:
                    n_dropped += 1
            else:
                closed_faces.append(fc)
                n_closed += 1
    # 3. Distances.
    sdf = big.copy()
    if closed_faces:
        closed_mesh = _compact(verts, np.concatenate(closed_faces))
        # Inside the closed pieces: the regions where f < 0 that do not reach the boundary.
        n_lat = grid.resolution + 1
        neg = (f.detach().cpu().numpy() < 0).reshape(n_lat, n_lat, n_lat)
        lab, _ = ndimage.label(neg)
        border = np.unique(np.concatenate([lab[0].ravel(), lab[-1].ravel(), lab[:, 0].ravel(),
                                           lab[:, -1].ravel(), lab[:, :, 0].ravel(),
                                           lab[:, :, -1].ravel()]))
        inside = (neg & ~np.isin(lab, border[border > 0])).reshape(-1)
        d = _band_distance(*closed_mesh, grid, 3 * cell, clamp)
        sdf = np.minimum(sdf, np.where(inside, -d, d))
    sheets, n_capped = [], 0
    for fc in open_faces:
        piece = _compact(verts, fc)
        capped = _cap(*piece, cfg.cap_depth, cfg.cap_flatness, 3 * cell)
        if capped is None:
            sheets.append(piece)
            continue
        n_capped += 1
        sdf = np.minimum(sdf, _solid_distance(*capped, grid, 3 * cell, clamp))
        closed_mesh = capped if closed_mesh is None else (
            np.concatenate([closed_mesh[0], capped[0]]),
            np.concatenate([closed_mesh[1], capped[1] + len(closed_mesh[0])]))
    if sheets:
        sheet_mesh = (np.concatenate([m[0] for m in sheets]),
                      np.concatenate([m[1] + sum(len(x[0]) for x in sheets[:i])
                                      for i, m in enumerate(sheets)]))
        sdf = np.minimum(sdf, _band_distance(*sheet_mesh, grid, 3 * cell + shell_half, clamp) - shell_half)
    # Strokes no surface reaches become tubes, as do wires.
    surf = [m for m in (closed_mesh, sheet_mesh) if m is not None]
    tubes = list(wires)
    if len(p):
        if surf:
            vv = np.concatenate([m[0] for m in surf])
            ff = np.concatenate([surf[0][1]] + ([surf[1][1] + len(surf[0][0])] if len(surf) > 1 else []))
            d_far = _unsigned_distance(vv, ff, p)
        else:
            d_far = np.full(len(p), np.inf)
        lost = d_far > cfg.reach_cells * cell
        if lost.any():
            tubes.append((p[lost], np.zeros(int(lost.sum())), True))
    seg_a, seg_b, seg_r = [], [], []
    for w in tubes:
        pts, rad = np.asarray(w[0], np.float64), np.maximum(np.asarray(w[1], np.float64), cell)
        if len(w) > 2 or len(pts) < 2:          # loose samples: balls
            seg_a.append(pts), seg_b.append(pts), seg_r.append(rad)
        else:
            seg_a.append(pts[:-1]), seg_b.append(pts[1:]), seg_r.append(np.maximum(rad[:-1], rad[1:]))
    n_tubes = len(tubes)
    if seg_a:
        sdf = np.minimum(sdf, tube_distance(lattice, np.concatenate(seg_a), np.concatenate(seg_b),
                                            np.concatenate(seg_r)))
    sdf = np.clip(np.where(np.isfinite(sdf), sdf, clamp), -clamp, clamp)
    parts = Parts(closed=closed_mesh, sheet=sheet_mesh, n_closed=n_closed, n_open=n_open,
                  n_dropped=n_dropped, n_tubes=n_tubes, n_capped=n_capped)
    log.debug("surface parts: %d closed, %d open, %d dropped, %d tubes", n_closed, n_open,
              n_dropped, n_tubes)
    return torch.as_tensor(sdf, dtype=torch.float32, device=grid.vertices.device), parts
