"""Quick-look images of a mesh: a row of shaded views (headlight + key light), as RGB uint8."""

from __future__ import annotations

import numpy as np
import torch

from .cameras import orbit_cameras
from .normalize import Normalization
from .raster import get_rasterizer
from .render import flip_rows, render_mesh


@torch.no_grad()
def shaded_views(verts: np.ndarray, faces: np.ndarray, azimuths=(30.0, 120.0, 210.0, 300.0),
                 elevation: float = 20.0, size: int = 256, color=(0.8, 0.78, 0.74),
                 device: str = "cpu", vertex_colors: np.ndarray | None = None) -> np.ndarray:
    """Render ``verts`` [V,3] (any frame; normalised here), ``faces`` [F,3] from the given
    azimuths (degrees, front +Z) -> image [size, size * n, 3] uint8 on a white background.

    ``vertex_colors`` [V,3|4] in [0, 1] (e.g. a textured result's colours) replace the flat
    ``color`` when given."""
    norm = Normalization.fit(verts)
    v = torch.as_tensor(norm.to_normalized(np.asarray(verts, dtype=np.float64)), dtype=torch.float32,
                        device=device)
    f = torch.as_tensor(np.asarray(faces), dtype=torch.int32, device=device)
    az = torch.tensor(azimuths, dtype=torch.float32)
    cams = orbit_cameras(torch.full_like(az, elevation), az, distance=1.4, device=device)
    raster = get_rasterizer(device)
    r = render_mesh(raster, v, f, cams, (size, size), with_normals=True)
    n = r.normal                                                                # [B,H,W,3]
    view_dir = torch.nn.functional.normalize(cams.campos, dim=-1)[:, None, None, :]
    key = torch.nn.functional.normalize(torch.tensor([0.4, 0.8, 0.45], device=device), dim=0)
    shade = 0.25 + 0.45 * (n * view_dir).sum(-1).abs() + 0.35 * (n * key).sum(-1).clamp(min=0)
    if vertex_colors is not None:
        vc = torch.as_tensor(np.asarray(vertex_colors)[:, :3], dtype=torch.float32, device=device)
        base = raster.interpolate(vc, r.rast, f)
        rgb = shade[..., None].clamp(max=1.0) * base
    else:
        rgb = shade[..., None] * torch.tensor(color, device=device)
    m = r.mask.clamp(0, 1)
    img = rgb * m + (1 - m)
    img = flip_rows(img).clamp(0, 1)
    img = torch.cat(list(img), dim=1)                                           # side by side
    return (img.cpu().numpy() * 255 + 0.5).astype(np.uint8)
