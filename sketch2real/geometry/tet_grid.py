"""Tetrahedral grid over the normalised cube, generated at any resolution.

The cube [-s, s]^3 is cut into N^3 cells on an (N+1)^3 lattice and each cell into 6 tetrahedra
around its main diagonal (Freudenthal / Kuhn subdivision). Every cell is cut the same way, so
neighbouring tetrahedra share whole faces and marching tetrahedra gives a closed surface. All
tetrahedra are stored with positive orientation: det[v1 - v0, v2 - v0, v3 - v0] > 0.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import torch


@dataclass(frozen=True)
class TetGrid:
    """``vertices`` [V,3] float32 (normalised frame), ``tets`` [T,4] int64 vertex indices,
    ``resolution`` N cells per axis, ``half_extent`` s, ``cell`` = 2 s / N. The vertices are the
    (N+1)^3 lattice in order: vertex (i, j, k) has index (i * (N+1) + j) * (N+1) + k, i along x,
    j along y, k along z, so per-vertex values reshape to [N+1, N+1, N+1]."""

    vertices: torch.Tensor
    tets: torch.Tensor
    resolution: int
    half_extent: float

    @property
    def cell(self) -> float:
        return 2.0 * self.half_extent / self.resolution

    def boundary_mask(self) -> torch.Tensor:
        """[V] bool, True for lattice vertices on the faces of the cube."""
        n = self.resolution
        idx = torch.arange(n + 1, device=self.vertices.device)
        i, j, k = torch.meshgrid(idx, idx, idx, indexing="ij")
        on = (i == 0) | (i == n) | (j == 0) | (j == n) | (k == 0) | (k == n)
        return on.reshape(-1)


def _cell_tets() -> list[tuple[tuple[int, int, int], ...]]:
    """The 6 tetrahedra of the unit cell as corner offsets, each positively oriented."""
    tets = []
    for perm in itertools.permutations(range(3)):
        corner = [0, 0, 0]
        path = [tuple(corner)]
        for axis in perm:
            corner[axis] = 1
            path.append(tuple(corner))
        p = torch.tensor(path, dtype=torch.float64)
        if torch.det(torch.stack([p[1] - p[0], p[2] - p[0], p[3] - p[0]])) < 0:
            path[1], path[2] = path[2], path[1]
        tets.append(tuple(path))
    return tets


def make_tet_grid(resolution: int, half_extent: float = 0.5,
                  device: torch.device | str = "cpu") -> TetGrid:
    """Tetrahedral grid with ``resolution`` cells per axis over [-half_extent, half_extent]^3."""
    n = int(resolution)
    if n < 2:
        raise ValueError(f"tet grid resolution must be >= 2, got {resolution}")
    lin = torch.linspace(-half_extent, half_extent, n + 1, device=device)
    gx, gy, gz = torch.meshgrid(lin, lin, lin, indexing="ij")
    vertices = torch.stack([gx, gy, gz], dim=-1).reshape(-1, 3)
    m = n + 1
    c = torch.arange(n, device=device)
    ci, cj, ck = torch.meshgrid(c, c, c, indexing="ij")
    ci, cj, ck = ci.reshape(-1), cj.reshape(-1), ck.reshape(-1)
    tets = []
    for tet in _cell_tets():
        tets.append(torch.stack([((ci + o[0]) * m + (cj + o[1])) * m + (ck + o[2]) for o in tet], -1))
    return TetGrid(vertices=vertices, tets=torch.cat(tets, 0), resolution=n,
                   half_extent=float(half_extent))
