"""Backend-agnostic mesh rendering on top of a ``RasterBackend``: silhouettes, depth, normals.

Inputs are in the normalised world frame; images follow the rasterizer convention (row 0 at the
bottom, see ``raster/base.py``). ``flip_rows`` turns an image top-row-first for saving.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from .cameras import Cameras
from .raster.base import RasterBackend


@dataclass
class MeshRender:
    """One batch of renders, each [B,H,W,C] float32.

    ``mask`` antialiased coverage in [0, 1] (C=1; gradient to vertex positions at silhouettes);
    ``hard_mask`` coverage without antialiasing (C=1, no gradient); ``depth`` distance along the
    camera's view axis in world units, 0 on background (C=1); ``normal`` interpolated world-space
    vertex normals, unit length, 0 on background (C=3), when asked for; ``rast`` the raw raster.
    """

    mask: torch.Tensor
    hard_mask: torch.Tensor
    depth: torch.Tensor
    normal: torch.Tensor | None
    rast: torch.Tensor


def vertex_normals(v_pos: torch.Tensor, t_idx: torch.Tensor) -> torch.Tensor:
    """Area-weighted vertex normals [V,3] of a mesh ``v_pos`` [V,3], ``t_idx`` [F,3] (CCW out)."""
    t = t_idx.long()
    v0, v1, v2 = v_pos[t[:, 0]], v_pos[t[:, 1]], v_pos[t[:, 2]]
    fn = torch.linalg.cross(v1 - v0, v2 - v0, dim=-1)
    n = torch.zeros_like(v_pos)
    for k in range(3):
        n = n.index_add(0, t[:, k], fn)
    return torch.nn.functional.normalize(n, dim=-1, eps=1e-12)


def render_mesh(raster: RasterBackend, v_pos: torch.Tensor, t_idx: torch.Tensor, cams: Cameras,
                resolution: tuple[int, int], with_normals: bool = False) -> MeshRender:
    """Render mesh ``v_pos`` [V,3] (world), ``t_idx`` [F,3] int32 from every camera in ``cams``."""
    t_idx = t_idx.to(torch.int32)
    v_clip = cams.project(v_pos)                                                 # [B,V,4]
    rast = raster.rasterize(v_clip, t_idx, resolution)
    hard = (rast[..., 3:4] > 0).to(v_pos.dtype)
    mask = raster.antialias(hard, rast, v_clip, t_idx)
    # With a perspective projection clip w = -z_camera: the distance along the view axis.
    depth = raster.interpolate(v_clip[..., 3:4], rast, t_idx)
    normal = None
    if with_normals:
        normal = raster.interpolate(vertex_normals(v_pos, t_idx), rast, t_idx)
        normal = torch.nn.functional.normalize(normal, dim=-1, eps=1e-12) * hard
    return MeshRender(mask=mask, hard_mask=hard, depth=depth, normal=normal, rast=rast)


def flip_rows(img: torch.Tensor) -> torch.Tensor:
    """[B,H,W,C] rasterizer images (row 0 at the bottom) -> top row first, for saving."""
    return torch.flip(img, dims=[1])
