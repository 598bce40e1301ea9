"""Random views for one refinement step: cameras around the sketch (front direction respected),
a shading mode, a light and a background colour per view.

Azimuths are uniform over the full circle and relative to the object's front (azimuth 0 looks
at the front), so the view prompts (", front view", ", back view") name what the camera sees.
Elevations are uniform in sin(elevation) over the preset's range; one camera distance is drawn
per step. The light points from near the camera (the camera direction plus a Gaussian tilt), as
DreamFusion and threestudio place it, so lit sides are the seen sides.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from sketch2real.geometry.cameras import Cameras, orbit_cameras
from sketch2real.pipeline.presets import RefinePreset

LIGHT_TILT = 0.4
"""Standard deviation of the light direction's offset from the camera direction (unit vectors)."""


@dataclass
class ViewBatch:
    """``cams`` B cameras; ``angles`` [B,2] (azimuth, elevation) degrees for the prompts;
    ``shading`` one of ``geometry.shading.SHADINGS`` per view; ``light_dir`` [B,3] unit vectors
    towards the light; ``background`` [B,3] colours in [0, 1]."""

    cams: Cameras
    angles: torch.Tensor
    shading: list[str]
    light_dir: torch.Tensor
    background: torch.Tensor


def sample_views(preset: RefinePreset, batch: int, front: tuple[float, float, float],
                 generator: torch.Generator, device: torch.device) -> ViewBatch:
    """Draw ``batch`` views (on the CPU generator ``generator``, so runs repeat) on ``device``."""
    u = torch.rand(batch, 6, generator=generator)
    s_lo, s_hi = (math.sin(math.radians(e)) for e in preset.elevation_range)
    el = torch.rad2deg(torch.asin(s_lo + (s_hi - s_lo) * u[:, 0]))
    az = -180.0 + 360.0 * u[:, 1]
    d_lo, d_hi = preset.distance_range
    distance = d_lo + (d_hi - d_lo) * float(u[0, 2])
    cams = orbit_cameras(el, az, distance=distance, fovy_deg=preset.fovy_deg, front=front,
                         device=device)
    shading = ["albedo" if p < preset.p_albedo
               else "textureless" if p < preset.p_albedo + preset.p_textureless
               else "diffuse" for p in u[:, 3].tolist()]
    tilt = torch.randn(batch, 3, generator=generator) * LIGHT_TILT
    to_cam = torch.nn.functional.normalize(cams.campos, dim=-1)      # on device: no host copy
    light = torch.nn.functional.normalize(to_cam + tilt.to(device), dim=-1)
    background = torch.rand(batch, 3, generator=generator)
    return ViewBatch(cams=cams, angles=torch.stack([az, el], dim=-1), shading=shading,
                     light_dir=light, background=background.to(device))
