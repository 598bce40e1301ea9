"""Random views for one refinement step: cameras around the sketch (front direction respected),
a shading mode, a light and a background colour per view.

Azimuths are uniform over the full circle and relative to the object's front (azimuth 0 looks
at the front), so the view prompts (", front view", ", back view") name what the camera sees.
Elevations are uniform in sin(elevation) over the preset's range (or, for a share of the steps,
uniform in degrees, as threestudio does half the time); one camera distance is drawn per step,
and a field of view per step when the preset gives a range. The light points from near the camera (the camera direction plus a Gaussian tilt), as
DreamFusion and threestudio place it, so lit sides are the seen sides.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from sketch2real.geometry.cameras import Cameras, orbit_cameras
from sketch2real.pipeline.request import DEFAULT_FRONT

LIGHT_TILT = 0.4
"""Standard deviation of the light direction's offset from the camera direction (unit vectors)."""


@dataclass(frozen=True)
class ViewSampling:
    """How the views of one refinement step are drawn."""

    views_per_step: int
    """Cameras rendered per step (the batch B the prior sees)."""
    render_size: int
    """Side of the rendered views, pixels (the prior resizes them to its own size)."""
    elevation_range: tuple[float, float] = (-10.0, 45.0)
    """Camera elevations, degrees above the horizon (drawn uniformly in sin(elevation))."""
    distance_range: tuple[float, float] = (1.5, 2.0)
    """Camera distances from the centre of the normalised cube (the object spans 0.8)."""
    fovy_deg: float = 40.0
    """Vertical field of view, degrees."""
    p_albedo: float = 0.2
    """Share of views shaded with albedo only."""
    p_textureless: float = 0.2
    """Share of views shaded without texture (grey), giving the geometry a shading gradient;
    the rest are diffuse (albedo x Lambert)."""
    ambient: float = 0.3
    """Ambient share of the diffuse and textureless shading."""
    front: tuple[float, float, float] = DEFAULT_FRONT
    """The object's front in the sketch's frame; azimuth 0 looks at it."""
    fovy_range: tuple[float, float] | None = None
    """Draw the field of view per step uniformly from this range, degrees (None: ``fovy_deg``)."""
    elevation_uniform_share: float = 0.0
    """Share of the steps whose elevations are uniform in degrees instead of in sin(elevation)
    (threestudio: 0.5)."""
    early_render_size: int | None = None
    """Side of the renders before ``early_until`` of the run (None: ``render_size`` throughout;
    the official code renders 64 px for the first 5,000 of 25,000 steps)."""
    early_until: float = 0.2
    """Fraction of the run rendered at ``early_render_size``."""
    bridge_albedo_only: bool = True
    """Render the bridge stage with albedo shading only (the official code's shading
    throughout): stage 2 refines colour, which the texture alone carries, and its stopping rule
    reads the texture itself. Stage 1 keeps the mix above, whose shading shapes the geometry."""

    def __post_init__(self) -> None:
        if self.views_per_step < 1 or self.render_size < 16:
            raise ValueError("views_per_step must be positive and render_size at least 16")
        if self.early_render_size is not None and self.early_render_size < 16:
            raise ValueError("early_render_size must be at least 16")
        if not 0.0 <= self.elevation_uniform_share <= 1.0 or not 0.0 <= self.early_until <= 1.0:
            raise ValueError("elevation_uniform_share and early_until must be in [0, 1]")
        if self.p_albedo < 0 or self.p_textureless < 0 or self.p_albedo + self.p_textureless > 1:
            raise ValueError("shading shares must be in [0, 1] and sum <= 1")


@dataclass
class ViewBatch:
    """``cams`` B cameras; ``angles`` [B,2] (azimuth, elevation) degrees for the prompts;
    ``shading`` one of ``geometry.shading.SHADINGS`` per view; ``light_dir`` [B,3] unit vectors
    towards the light; ``background`` [B,3] colours in [0, 1]; ``render_size`` the side of the
    renders, pixels."""

    cams: Cameras
    angles: torch.Tensor
    shading: list[str]
    light_dir: torch.Tensor
    background: torch.Tensor
    render_size: int


def sample_views(cfg: ViewSampling, generator: torch.Generator, device: torch.device,
                 frac: float = 0.0, albedo_only: bool = False) -> ViewBatch:
    """Draw ``cfg.views_per_step`` views (on the CPU generator ``generator``, so runs repeat)
    on ``device``, at ``frac`` of the run (for ``early_render_size``); ``albedo_only`` shades
    every view with its albedo."""
    batch = cfg.views_per_step
    u = torch.rand(batch, 6, generator=generator)
    # Draws beyond the first six only for the options that need them, so runs without them
    # repeat the sequence they always had.
    extra = torch.rand(2, generator=generator).tolist() if (
        cfg.fovy_range is not None or cfg.elevation_uniform_share > 0) else [1.0, 0.0]
    e_lo, e_hi = cfg.elevation_range
    if extra[0] < cfg.elevation_uniform_share:
        el = e_lo + (e_hi - e_lo) * u[:, 0]
    else:
        s_lo, s_hi = (math.sin(math.radians(e)) for e in cfg.elevation_range)
        el = torch.rad2deg(torch.asin(s_lo + (s_hi - s_lo) * u[:, 0]))
    az = -180.0 + 360.0 * u[:, 1]
    d_lo, d_hi = cfg.distance_range
    distance = d_lo + (d_hi - d_lo) * float(u[0, 2])
    fovy = cfg.fovy_deg
    if cfg.fovy_range is not None:
        fovy = cfg.fovy_range[0] + (cfg.fovy_range[1] - cfg.fovy_range[0]) * extra[1]
    cams = orbit_cameras(el, az, distance=distance, fovy_deg=fovy, front=cfg.front,
                         device=device)
    shading = ["albedo" if albedo_only or p < cfg.p_albedo
               else "textureless" if p < cfg.p_albedo + cfg.p_textureless
               else "diffuse" for p in u[:, 3].tolist()]
    tilt = torch.randn(batch, 3, generator=generator) * LIGHT_TILT
    to_cam = torch.nn.functional.normalize(cams.campos, dim=-1)      # on device: no host copy
    light = torch.nn.functional.normalize(to_cam + tilt.to(device), dim=-1)
    background = torch.rand(batch, 3, generator=generator)
    early = cfg.early_render_size is not None and frac < cfg.early_until
    return ViewBatch(cams=cams, angles=torch.stack([az, el], dim=-1), shading=shading,
                     light_dir=light, background=background.to(device),
                     render_size=cfg.early_render_size if early else cfg.render_size)
