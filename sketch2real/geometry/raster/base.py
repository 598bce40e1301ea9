"""The rasterizer interface, in nvdiffrast's terms.

Shapes and conventions (identical for every backend):
- ``v_clip`` [B,V,4] float32 clip-space positions (OpenGL: NDC = xyz / w, x right, y up).
- ``t_idx`` [F,3] int32 triangle vertex indices.
- ``rast`` [B,H,W,4] float32: (u, v, z/w, triangle_id + 1), background = all zeros. Row 0 is the
  bottom of the image (NDC y = -1), column 0 the left; pixel (i, j) has its centre at
  NDC x = (2 j + 1) / W - 1, y = (2 i + 1) / H - 1. An attribute interpolates as
  a = u * a0 + v * a1 + (1 - u - v) * a2 (perspective-correct). Nearest z/w wins.
- ``interpolate(attr [B,V,C] or [V,C], rast, t_idx)`` -> [B,H,W,C], zero on background;
  differentiable with respect to ``attr`` and (through u, v) to ``v_clip``.
- ``antialias(color [B,H,W,C], rast, v_clip, t_idx)`` -> [B,H,W,C]: blends across silhouette
  edges by analytic coverage; this is what carries the silhouette gradient to ``v_clip``.
"""

from __future__ import annotations

from typing import Protocol

import torch


class RasterBackend(Protocol):
    name: str

    def rasterize(self, v_clip: torch.Tensor, t_idx: torch.Tensor,
                  resolution: tuple[int, int]) -> torch.Tensor:
        ...

    def interpolate(self, attr: torch.Tensor, rast: torch.Tensor,
                    t_idx: torch.Tensor) -> torch.Tensor:
        ...

    def antialias(self, color: torch.Tensor, rast: torch.Tensor, v_clip: torch.Tensor,
                  t_idx: torch.Tensor) -> torch.Tensor:
        ...


def check_inputs(v_clip: torch.Tensor, t_idx: torch.Tensor) -> None:
    """Raise ValueError on shapes or dtypes the backends do not take."""
    if v_clip.ndim != 3 or v_clip.shape[-1] != 4:
        raise ValueError(f"v_clip must be [B,V,4], got {tuple(v_clip.shape)}")
    if t_idx.ndim != 2 or t_idx.shape[-1] != 3:
        raise ValueError(f"t_idx must be [F,3], got {tuple(t_idx.shape)}")
    if t_idx.dtype != torch.int32:
        raise ValueError(f"t_idx must be int32, got {t_idx.dtype}")
