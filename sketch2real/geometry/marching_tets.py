"""Differentiable marching tetrahedra: SDF on a tetrahedral grid -> triangle mesh.

Convention: SDF < 0 inside. The surface vertex on a grid edge (a, b) whose SDF changes sign is
    p = (x_a * s_b - x_b * s_a) / (s_b - s_a),
a function of the vertex positions x (grid + deformation) and SDF values s, so gradients flow
from the mesh back to both. Edges are deduplicated across tetrahedra, so the mesh is welded; on a
consistent grid (``tet_grid.py``) with no SDF value exactly zero it is closed and manifold.

The case table is derived here from geometry rather than written out: for the reference
tetrahedron and each of the 16 inside/outside patterns, the crossed edges form a triangle (one or
three vertices inside) or a quad split into two triangles (two inside), each wound so that its
normal points from the inside vertices to the outside ones. Grid tetrahedra are all positively
oriented, i.e. orientation-preserving images of the reference, so the winding carries over.
"""

from __future__ import annotations


import torch

TET_EDGES = ((0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3))
"""Local vertex pairs of the 6 edges of a tetrahedron."""


def _build_tables() -> tuple[torch.Tensor, torch.Tensor]:
    """(triangle table [16,6] local edge ids, -1 padded; triangle count [16])."""
    ref = torch.tensor([[0.0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=torch.float64)
    mids = torch.stack([(ref[a] + ref[b]) / 2 for a, b in TET_EDGES])
    table = torch.full((16, 6), -1, dtype=torch.long)
    count = torch.zeros(16, dtype=torch.long)
    for code in range(16):
        inside = [v for v in range(4) if code >> v & 1]
        if len(inside) in (0, 4):
            continue
        crossed = [e for e, (a, b) in enumerate(TET_EDGES) if (a in inside) != (b in inside)]
        if len(crossed) == 3:
            tris = [crossed]
        else:  # two inside {a, b}, two outside {c, d}: cycle ac, ad, bd, bc
            a, b = inside
            c, d = [v for v in range(4) if v not in inside]
            eid = {frozenset(p): e for e, p in enumerate(TET_EDGES)}
            cyc = [eid[frozenset((a, c))], eid[frozenset((a, d))], eid[frozenset((b, d))],
                   eid[frozenset((b, c))]]
            tris = [[cyc[0], cyc[1], cyc[2]], [cyc[0], cyc[2], cyc[3]]]
        inside_c = ref[inside].mean(0)
        for n, tri in enumerate(tris):
            p = mids[tri]
            normal = torch.linalg.cross(p[1] - p[0], p[2] - p[0])
            if torch.dot(normal, p.mean(0) - inside_c) < 0:
                tri = [tri[0], tri[2], tri[1]]
            table[code, 3 * n:3 * n + 3] = torch.tensor(tri)
        count[code] = len(tris)
    return table, count


TRI_TABLE, NUM_TRIS = _build_tables()


def marching_tets(v_pos: torch.Tensor, sdf: torch.Tensor,
                  tets: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Extract the zero level set.

    ``v_pos`` [V,3] grid vertex positions, ``sdf`` [V] values (< 0 inside), ``tets`` [T,4] int64.
    Returns ``verts`` [M,3] (differentiable in ``v_pos`` and ``sdf``) and ``faces`` [K,3] int64,
    wound counter-clockwise seen from outside. Empty tensors when there is no surface.
    """
    dev = v_pos.device
    with torch.no_grad():
        occ = sdf < 0
        occ_t = occ[tets]                                                       # [T,4]
        n_in = occ_t.sum(-1)
        valid = (n_in > 0) & (n_in < 4)
        tv = tets[valid]
        if tv.shape[0] == 0:
            return v_pos.new_zeros((0, 3)), torch.zeros((0, 3), dtype=torch.long, device=dev)
        code = (occ_t[valid].long() * torch.tensor([1, 2, 4, 8], device=dev)).sum(-1)
        local = torch.tensor(TET_EDGES, device=dev)
        edges = tv[:, local].reshape(-1, 2)                                     # [Tv*6,2]
        edges = torch.sort(edges, dim=1).values
        crossed = occ[edges[:, 0]] != occ[edges[:, 1]]
        n_v = v_pos.shape[0]
        keys, inverse = torch.unique(edges[crossed, 0] * n_v + edges[crossed, 1], return_inverse=True)
        uniq = torch.stack([keys // n_v, keys % n_v], dim=-1)
        edge_vert = torch.full((edges.shape[0],), -1, dtype=torch.long, device=dev)
        edge_vert[crossed] = inverse
        edge_vert = edge_vert.view(-1, 6)                                       # [Tv,6]
        tri_local = TRI_TABLE.to(dev)[code]                                     # [Tv,6]
        n_tris = NUM_TRIS.to(dev)[code]
        first = torch.gather(edge_vert, 1, tri_local[:, 0:3].clamp(min=0))
        second = torch.gather(edge_vert, 1, tri_local[:, 3:6].clamp(min=0))
        faces = torch.cat([first, second[n_tris == 2]], 0)
    a, b = uniq[:, 0], uniq[:, 1]
    sa, sb = sdf[a].unsqueeze(-1), sdf[b].unsqueeze(-1)
    verts = (v_pos[a] * sb - v_pos[b] * sa) / (sb - sa)
    return verts, faces


__all__ = ["marching_tets", "TRI_TABLE", "NUM_TRIS", "TET_EDGES"]
