"""Visual hull of filled silhouettes, as a signed distance estimate on points.

For each view, the 2D signed distance to the silhouette boundary (Euclidean distance transforms of
the mask and its complement, in pixels, positive outside) is sampled bilinearly at each point's
projection and converted to world units at the point's depth. A point is outside the hull as soon
as one view sees it outside, so the hull's signed distance is estimated by the maximum over views
(a lower bound of the true distance outside, smooth and sub-voxel accurate at the zero level).
Taking the (k+1)-th largest value instead of the maximum tolerates ``max_misses`` = k views whose
fill failed (strokes that do not quite meet leave a region unfilled in that view).
"""

from __future__ import annotations

import math

import numpy as np
import torch
from scipy import ndimage

from .cameras import Cameras


def silhouette_sdf_2d(silhouettes: torch.Tensor) -> torch.Tensor:
    """[B,H,W] bool -> [B,H,W] float32 signed distance to the boundary, pixels, > 0 outside."""
    m = silhouettes.detach().cpu().numpy().astype(bool)
    out = np.empty(m.shape, dtype=np.float32)
    for b in range(m.shape[0]):
        d_out = ndimage.distance_transform_edt(~m[b])
        d_in = ndimage.distance_transform_edt(m[b])
        out[b] = np.where(m[b], -(d_in - 0.5), d_out - 0.5)
    return torch.from_numpy(out).to(silhouettes.device)


def visual_hull_sdf(points: torch.Tensor, cams: Cameras, silhouettes: torch.Tensor,
                    max_misses: int = 1, chunk: int = 8) -> torch.Tensor:
    """Signed distance estimate [P] (world units, < 0 inside) of ``points`` [P,3] to the visual
    hull of ``silhouettes`` [B,H,W] bool (rasterizer convention, row 0 at the bottom)."""
    B, H, W = silhouettes.shape
    sdf2d = silhouette_sdf_2d(silhouettes)                                      # [B,H,W] px
    tan_half = math.tan(math.radians(cams.fovy) / 2)
    per_view = []
    for start in range(0, B, chunk):
        ids = list(range(start, min(B, start + chunk)))
        c = cams[ids]
        clip = c.project(points)                                                # [b,P,4]
        w = clip[..., 3].clamp(min=1e-6)
        ndc = clip[..., :2] / w.unsqueeze(-1)                                   # [b,P,2]
        # grid_sample: x -> width (column), y -> height (row); row 0 is NDC y = -1 here too.
        d = torch.nn.functional.grid_sample(sdf2d[ids].unsqueeze(1), ndc.unsqueeze(1),
                                            mode="bilinear", padding_mode="border",
                                            align_corners=False)[:, 0, 0]       # [b,P] px
        outside_frame = (ndc.abs() > 1).any(-1) | (clip[..., 3] <= 0)
        px_size = 2.0 * w * tan_half / H                                        # world per px
        dist = d * px_size
        dist = torch.where(outside_frame, dist.abs().clamp(min=px_size), dist)
        per_view.append(dist)
    all_d = torch.cat(per_view, 0)                                              # [B,P]
    k = min(max_misses, B - 1)
    if k <= 0:
        return all_d.amax(0)
    return torch.topk(all_d, k + 1, dim=0).values[-1]
