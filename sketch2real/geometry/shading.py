"""Shaded, textured renders for score distillation: albedo, diffuse and textureless shading.

Per view b, with albedo a = albedo_fn(p) at the surface point p seen through each pixel, the
interpolated unit normal n and a directional light l_b (unit vector towards the light):

    albedo       c = a
    diffuse      c = a * (ambient + (1 - ambient) * max(n . l_b, 0))
    textureless  c = g * (ambient + (1 - ambient) * max(n . l_b, 0)),  g = textureless_grey

then composited over the view's background colour and antialiased (the antialiasing is what
carries the silhouette gradient to the vertex positions). Textureless views give the geometry a
gradient from shading alone; albedo views pin the texture to the prompt's colours.

Frames: ``v_pos`` and lights are in the normalised world frame; images follow the rasterizer
convention (row 0 at the bottom, see ``raster/base.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import torch

from .cameras import Cameras
from .raster.base import RasterBackend
from .render import vertex_normals

SHADINGS = ("albedo", "diffuse", "textureless")
"""Shading modes of ``render_shaded``."""


@dataclass
class ShadedRender:
    """``rgb`` [B,H,W,3] float32 in [0, 1] (composited, antialiased); ``hard_mask`` [B,H,W,1]
    coverage without antialiasing (no gradient)."""

    rgb: torch.Tensor
    hard_mask: torch.Tensor


def render_shaded(raster: RasterBackend, v_pos: torch.Tensor, t_idx: torch.Tensor, cams: Cameras,
                  resolution: tuple[int, int],
                  albedo_fn: Callable[[torch.Tensor], torch.Tensor],
                  shading: Sequence[str], light_dir: torch.Tensor, background: torch.Tensor,
                  ambient: float = 0.3, textureless_grey: float = 0.75) -> ShadedRender:
    """Render mesh ``v_pos`` [V,3], ``t_idx`` [F,3] from ``cams`` (B views).

    ``albedo_fn`` maps surface points [N,3] (world) to albedo [N,3] in [0, 1] (called once, on
    the covered pixels of the views that need albedo). ``shading`` one of ``SHADINGS`` per view;
    ``light_dir`` [B,3] unit vectors towards the light; ``background`` [B,3] colours in [0, 1].
    """
    B = len(cams)
    if len(shading) != B:
        raise ValueError(f"need one shading mode per view ({B}), got {len(shading)}")
    unknown = set(shading) - set(SHADINGS)
    if unknown:
        raise ValueError(f"unknown shading {sorted(unknown)}; choose from {SHADINGS}")
    H, W = int(resolution[0]), int(resolution[1])
    t_idx = t_idx.to(torch.int32)
    dev = v_pos.device
    # 1. Rasterize.
    v_clip = cams.project(v_pos)                                                    # [B,V,4]
    rast = raster.rasterize(v_clip, t_idx, (H, W))
    hard = (rast[..., 3:4] > 0).to(v_pos.dtype)                                     # [B,H,W,1]
    # 2. Surface points and normals of the covered pixels.
    pos = raster.interpolate(v_pos, rast, t_idx)                                    # [B,H,W,3]
    nrm = raster.interpolate(vertex_normals(v_pos, t_idx), rast, t_idx)
    bi, ii, jj = (rast[..., 3] > 0).nonzero(as_tuple=True)
    p = pos[bi, ii, jj]                                                             # [N,3]
    n = torch.nn.functional.normalize(nrm[bi, ii, jj], dim=-1, eps=1e-12)
    # 3. Albedo where needed, diffuse term per view.
    mode = torch.tensor([SHADINGS.index(s) for s in shading], device=dev)[bi]      # [N]
    albedo = torch.full_like(p, textureless_grey)
    need = (mode != SHADINGS.index("textureless")).nonzero().squeeze(1)
    if need.numel():
        albedo = albedo.index_put((need,), albedo_fn(p[need]).to(p.dtype))
    lam = (n * light_dir.to(p.dtype)[bi]).sum(-1, keepdim=True).clamp(min=0.0)
    lit = albedo * (ambient + (1.0 - ambient) * lam)
    colour = torch.where((mode == SHADINGS.index("albedo")).unsqueeze(-1), albedo, lit)
    # 4. Composite over the background, antialias.
    flat = (bi * H + ii) * W + jj
    img = torch.zeros(B * H * W, 3, dtype=p.dtype, device=dev).index_put((flat,), colour)
    img = img.view(B, H, W, 3)
    bg = background.to(p.dtype).view(B, 1, 1, 3)
    img = img * hard + bg * (1.0 - hard)
    rgb = raster.antialias(img, rast, v_clip, t_idx)
    return ShadedRender(rgb=rgb.clamp(0.0, 1.0), hard_mask=hard)
