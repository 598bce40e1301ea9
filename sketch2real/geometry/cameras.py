"""Cameras: look-at view matrices, OpenGL perspective projection, orbit sampling.

Conventions (OpenGL, as nvdiffrast expects):
- World frame = normalised sketch frame: right-handed, +Y up; the object sits in [-0.5, 0.5]^3.
- Camera frame: the camera looks down its -Z axis, +Y up, +X right.
- ``mv`` [B,4,4] world -> camera; ``proj`` [B,4,4] camera -> clip; ``mvp = proj @ mv``.
  Points are column vectors: v_clip = mvp @ [x, y, z, 1].
- Orbit angles: azimuth 0 looks at the object from its ``front`` direction (default +Z, the glTF
  front), azimuth grows counter-clockwise seen from above (towards +X for front +Z); elevation is
  the angle above the horizontal plane, in degrees.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch


def look_at(eye: torch.Tensor, target: torch.Tensor, up: torch.Tensor | None = None) -> torch.Tensor:
    """World -> camera matrices [B,4,4] for cameras at ``eye`` [B,3] looking at ``target`` [B,3].

    ``up`` [3] or [B,3] (default +Y). Where the view direction is parallel to ``up`` (looking
    straight down or up) the camera's up falls back to -Z/+Z so the matrix stays well defined.
    """
    eye = eye.reshape(-1, 3)
    target = target.reshape(-1, 3).expand_as(eye)
    if up is None:
        up = torch.tensor([0.0, 1.0, 0.0], dtype=eye.dtype, device=eye.device)
    up = up.reshape(-1, 3).expand_as(eye)
    fwd = torch.nn.functional.normalize(target - eye, dim=-1)          # camera -Z in world
    right = torch.linalg.cross(fwd, up, dim=-1)
    degenerate = right.norm(dim=-1, keepdim=True) < 1e-6
    alt_up = torch.tensor([0.0, 0.0, -1.0], dtype=eye.dtype, device=eye.device).expand_as(eye)
    alt_up = torch.where(fwd[..., 1:2] < 0, alt_up, -alt_up)
    right = torch.where(degenerate, torch.linalg.cross(fwd, alt_up, dim=-1), right)
    right = torch.nn.functional.normalize(right, dim=-1)
    cam_up = torch.linalg.cross(right, fwd, dim=-1)
    rot = torch.stack([right, cam_up, -fwd], dim=1)                    # [B,3,3] rows = cam axes
    mv = torch.zeros(eye.shape[0], 4, 4, dtype=eye.dtype, device=eye.device)
    mv[:, :3, :3] = rot
    mv[:, :3, 3] = -(rot @ eye.unsqueeze(-1)).squeeze(-1)
    mv[:, 3, 3] = 1.0
    return mv


def perspective(fovy_deg: float, aspect: float = 1.0, near: float = 0.1, far: float = 10.0,
                device: torch.device | str = "cpu") -> torch.Tensor:
    """OpenGL perspective projection [4,4]: camera frame -> clip; depth maps to NDC z in [-1, 1]."""
    f = 1.0 / math.tan(math.radians(fovy_deg) / 2.0)
    p = torch.zeros(4, 4, device=device)
    p[0, 0] = f / aspect
    p[1, 1] = f
    p[2, 2] = -(far + near) / (far - near)
    p[2, 3] = -2.0 * far * near / (far - near)
    p[3, 2] = -1.0
    return p


@dataclass(frozen=True)
class Cameras:
    """A batch of B pinhole cameras looking at the origin.

    ``mv`` [B,4,4] world->camera, ``proj`` [B,4,4] camera->clip, ``campos`` [B,3] world,
    ``elevation``/``azimuth`` [B] degrees (relative to the front direction), ``fovy`` degrees.
    """

    mv: torch.Tensor
    proj: torch.Tensor
    campos: torch.Tensor
    elevation: torch.Tensor
    azimuth: torch.Tensor
    fovy: float

    @property
    def mvp(self) -> torch.Tensor:
        return self.proj @ self.mv

    def __len__(self) -> int:
        return int(self.mv.shape[0])

    def __getitem__(self, idx) -> "Cameras":
        idx = torch.as_tensor(idx, device=self.mv.device).reshape(-1)
        return Cameras(self.mv[idx], self.proj[idx], self.campos[idx], self.elevation[idx],
                       self.azimuth[idx], self.fovy)

    def project(self, points: torch.Tensor) -> torch.Tensor:
        """World points [P,3] -> clip coordinates [B,P,4]."""
        ph = torch.cat([points, torch.ones_like(points[:, :1])], dim=-1)
        return ph.unsqueeze(0) @ self.mvp.transpose(1, 2)


def _front_basis(front: tuple[float, float, float], device) -> tuple[torch.Tensor, ...]:
    up = torch.tensor([0.0, 1.0, 0.0], device=device)
    f = torch.tensor(front, dtype=torch.float32, device=device)
    f = f - (f @ up) * up                                              # keep it horizontal
    if f.norm() < 1e-6:
        raise ValueError(f"front direction {front} must not be vertical")
    f = f / f.norm()
    right = torch.linalg.cross(up, f)                                  # +X for front +Z
    return f, right, up


def orbit_cameras(elevation_deg: torch.Tensor, azimuth_deg: torch.Tensor, distance: float = 2.0,
                  fovy_deg: float = 45.0, front: tuple[float, float, float] = (0.0, 0.0, 1.0),
                  device: torch.device | str = "cpu") -> Cameras:
    """Cameras on a sphere of radius ``distance`` around the origin, looking at it.

    ``elevation_deg``/``azimuth_deg`` [B] degrees. Returns a ``Cameras`` batch of size B.
    """
    el = torch.as_tensor(elevation_deg, dtype=torch.float32, device=device).reshape(-1)
    az = torch.as_tensor(azimuth_deg, dtype=torch.float32, device=device).reshape(-1)
    f, right, up = _front_basis(front, device)
    el_r, az_r = torch.deg2rad(el), torch.deg2rad(az)
    dirs = (torch.cos(el_r)[:, None] * (torch.cos(az_r)[:, None] * f + torch.sin(az_r)[:, None] * right)
            + torch.sin(el_r)[:, None] * up)
    eye = dirs * distance
    mv = look_at(eye, torch.zeros_like(eye))
    proj = perspective(fovy_deg, device=device).expand(eye.shape[0], 4, 4).contiguous()
    return Cameras(mv, proj, eye, el, az, fovy_deg)


def sample_orbit_cameras(n: int, elevation_range: tuple[float, float] = (-10.0, 45.0),
                         azimuth_range: tuple[float, float] = (-180.0, 180.0),
                         distance: float = 2.0, fovy_deg: float = 45.0,
                         front: tuple[float, float, float] = (0.0, 0.0, 1.0),
                         generator: torch.Generator | None = None,
                         device: torch.device | str = "cpu") -> Cameras:
    """``n`` cameras with elevation and azimuth drawn uniformly from the given ranges (degrees).

    Elevation is drawn uniformly in sin(elevation), so views cover the sphere zone evenly.
    """
    u = torch.rand(n, 2, generator=generator)
    s_lo, s_hi = (math.sin(math.radians(e)) for e in elevation_range)
    el = torch.rad2deg(torch.asin(s_lo + (s_hi - s_lo) * u[:, 0]))
    az = azimuth_range[0] + (azimuth_range[1] - azimuth_range[0]) * u[:, 1]
    return orbit_cameras(el, az, distance, fovy_deg, front, device)


def sphere_cameras(n: int, distance: float = 2.0, fovy_deg: float = 45.0, offset: float = 0.0,
                   front: tuple[float, float, float] = (0.0, 0.0, 1.0),
                   device: torch.device | str = "cpu") -> Cameras:
    """``n`` cameras spread evenly over the whole sphere (Fibonacci lattice), poles included.

    ``offset`` in [0, 1) shifts the lattice, giving a second set of views between the first's.
    """
    i = torch.arange(n, dtype=torch.float64) + 0.5 + offset
    sin_el = 1.0 - 2.0 * i / n
    el = torch.rad2deg(torch.asin(sin_el.clamp(-1, 1)))
    golden = math.pi * (3.0 - math.sqrt(5.0))
    az = torch.rad2deg(torch.remainder(golden * i + math.pi * offset, 2 * math.pi)) - 180.0
    return orbit_cameras(el.float(), az.float(), distance, fovy_deg, front, device)
