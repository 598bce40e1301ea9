"""The eikonal regulariser for SDF values on the regular lattice of a ``TetGrid``.

The lattice is the grid's (N+1)^3 vertices, vertex (i, j, k) at x = -s + i h, y = -s + j h,
z = -s + k h (h = cell size, s = half extent). SDF values are in normalised units, < 0 inside.
"""

from __future__ import annotations

import torch

from .tet_grid import TetGrid


def eikonal_loss(sdf: torch.Tensor, grid: TetGrid, band: float) -> torch.Tensor:
    """Mean (|grad sdf| - 1)^2 over lattice cells whose SDF is within ``band`` of zero
    (forward differences, normalised units)."""
    n = grid.resolution + 1
    h = grid.cell
    s = sdf.view(n, n, n)
    gx = (s[1:, :-1, :-1] - s[:-1, :-1, :-1]) / h
    gy = (s[:-1, 1:, :-1] - s[:-1, :-1, :-1]) / h
    gz = (s[:-1, :-1, 1:] - s[:-1, :-1, :-1]) / h
    norm = torch.sqrt(gx * gx + gy * gy + gz * gz + 1e-12)
    near = s[:-1, :-1, :-1].detach().abs() < band
    if not near.any():
        return sdf.new_zeros(())
    return ((norm[near] - 1.0) ** 2).mean()
