"""Bake a colour field into a texture image through a mesh's UV atlas, dilated past the seams.

1. Rasterize the mesh in UV space: vertex (u, v) goes to clip (2u - 1, 2v - 1, 0, 1), so texel
   (i, j) (row 0 at v = 0) has its centre at (u, v) = ((j + 0.5) / W, (i + 0.5) / H).
2. Interpolate the 3D position of every covered texel and ask the colour field there.
3. Dilate: empty texels take the mean of their filled 3x3 neighbours, ring after ring, so
   bilinear filtering and mipmaps near a seam read chart colours, not the empty background;
   what is still empty after ``dilate_px`` rings gets the mean colour.
4. Flip rows so the image is top row first (PNG / PIL order); with that, the UVs follow the
   OpenGL convention that glTF exporters (trimesh) and OBJ expect.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
import torch
import torch.nn.functional as F

from .raster.base import RasterBackend


def bake_texture(raster: RasterBackend, verts: torch.Tensor, faces: torch.Tensor,
                 uvs: torch.Tensor, color_fn: Callable[[torch.Tensor], torch.Tensor],
                 size: int = 1024, dilate_px: int = 16, chunk: int = 262_144
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Texture of ``color_fn`` over the mesh ``verts`` [V,3], ``faces`` [F,3] with ``uvs`` [V,2].

    ``color_fn`` maps points [N,3] (the frame of ``verts``) to colours [N,3] in [0, 1].
    Returns (image [size,size,3] uint8, top row first; covered [size,size] bool, same order:
    texels inside a chart before dilation).
    """
    dev = verts.device
    # 1. Rasterize in UV space.
    uv = uvs.to(device=dev, dtype=torch.float32)
    v_clip = torch.cat([uv * 2.0 - 1.0, torch.zeros_like(uv[:, :1]), torch.ones_like(uv[:, :1])],
                       dim=-1).unsqueeze(0)                                       # [1,V,4]
    t_idx = faces.to(device=dev, dtype=torch.int32)
    with torch.no_grad():
        rast = raster.rasterize(v_clip, t_idx, (size, size))
        # 2. Positions of covered texels -> colours.
        pos = raster.interpolate(verts.float(), rast, t_idx)[0]                   # [H,W,3]
        covered = rast[0, ..., 3] > 0
        pts = pos[covered]
        cols = [color_fn(pts[s:s + chunk]).float() for s in range(0, pts.shape[0], chunk)]
        img = torch.zeros(size, size, 3, device=dev)
        if cols:
            img[covered] = torch.cat(cols, 0).clamp(0.0, 1.0)
        # 3. Dilate.
        img = dilate(img, covered, dilate_px)
    # 4. Top row first.
    img = torch.flip(img, dims=[0])
    covered = torch.flip(covered, dims=[0])
    return ((img.cpu().numpy() * 255.0 + 0.5).astype(np.uint8), covered.cpu().numpy())


def dilate(img: torch.Tensor, filled: torch.Tensor, rings: int) -> torch.Tensor:
    """Grow the filled region of ``img`` [H,W,C] (``filled`` [H,W] bool) by ``rings`` texels,
    each new texel the mean of its filled 3x3 neighbours; the rest gets the mean colour."""
    x = img.permute(2, 0, 1).unsqueeze(0) * filled.to(img.dtype)                  # [1,C,H,W]
    m = filled.to(img.dtype)[None, None]
    for _ in range(max(0, rings)):
        if bool(m.min() > 0):
            break
        s = F.avg_pool2d(x, 3, stride=1, padding=1, count_include_pad=False)
        w = F.avg_pool2d(m, 3, stride=1, padding=1, count_include_pad=False)
        grow = (w > 0) & (m == 0)
        x = torch.where(grow, s / w.clamp(min=1e-8), x)
        m = torch.where(grow, torch.ones_like(m), m)
    if bool((m == 0).any()):
        mean = (x.sum((2, 3)) / m.sum().clamp(min=1)).view(1, -1, 1, 1)
        x = torch.where(m > 0, x, mean)
    return x[0].permute(1, 2, 0)
