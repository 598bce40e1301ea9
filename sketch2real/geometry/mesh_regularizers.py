"""Smoothness regularisers on a triangle mesh (differentiable in the vertex positions)."""

from __future__ import annotations

import torch


def laplacian_loss(verts: torch.Tensor, faces: torch.Tensor) -> torch.Tensor:
    """Mean squared uniform Laplacian, ||mean(neighbours) - v||^2, over ``verts`` [V,3] of the
    mesh ``faces`` [F,3] (closed manifold: every directed edge appears once, so each neighbour is
    counted once)."""
    f = faces.long()
    src = torch.cat([f[:, 0], f[:, 1], f[:, 2]])
    dst = torch.cat([f[:, 1], f[:, 2], f[:, 0]])
    nsum = torch.zeros_like(verts).index_add(0, src, verts[dst])
    deg = torch.zeros(verts.shape[0], device=verts.device, dtype=verts.dtype).index_add(
        0, src, torch.ones_like(src, dtype=verts.dtype))
    lap = nsum / deg.clamp(min=1).unsqueeze(-1) - verts
    return (lap * lap).sum(-1).mean()
