"""Pure-PyTorch rasterizer: coverage, depth order, perspective-correct interpolation, and the
silhouette gradient (checked against finite differences)."""

import math

import numpy as np
import pytest
import torch
import trimesh

from sketch2real.geometry.cameras import orbit_cameras, sphere_cameras
from sketch2real.geometry.raster import get_rasterizer
from sketch2real.geometry.raster.torch_backend import TorchRasterizer
from sketch2real.geometry.render import render_mesh


def _sphere(r=0.3, sub=4):
    m = trimesh.creation.icosphere(subdivisions=sub, radius=r)
    return torch.tensor(m.vertices, dtype=torch.float32), torch.tensor(m.faces, dtype=torch.int32)


def test_backend_choice():
    assert get_rasterizer("cpu").name == "torch"
    with pytest.raises(ValueError):
        get_rasterizer("cpu", backend="nvdiffrast")
    with pytest.raises(ValueError):
        get_rasterizer("cpu", backend="nope")


def test_sphere_coverage_matches_projected_disc():
    v, f = _sphere()
    cams = sphere_cameras(3)
    out = render_mesh(TorchRasterizer(), v, f, cams, (200, 200))
    # A sphere of radius r seen from distance d subtends a cone of half-angle asin(r / d).
    half = math.tan(math.asin(0.3 / 2.0)) / math.tan(math.radians(22.5))
    expected = math.pi * half ** 2 / 4.0
    cover = out.hard_mask.mean((1, 2, 3))
    assert torch.allclose(cover, torch.full_like(cover, expected), rtol=0.01)
    # Antialiasing moves coverage by a fraction of the boundary pixels only.
    assert (out.mask - out.hard_mask).abs().mean().item() < 0.005


def _two_triangles():
    # Two overlapping triangles facing +Z, the second nearer the camera (z = 0.2 vs 0.0).
    v = torch.tensor([[-0.4, -0.4, 0.0], [0.4, -0.4, 0.0], [0.0, 0.4, 0.0],
                      [-0.2, -0.3, 0.2], [0.5, -0.3, 0.2], [0.1, 0.3, 0.2]])
    f = torch.tensor([[0, 1, 2], [3, 4, 5]], dtype=torch.int32)
    return v, f


def test_nearest_triangle_wins_and_ids_match_reference():
    v, f = _two_triangles()
    cams = orbit_cameras(torch.tensor([0.0]), torch.tensor([0.0]))     # looking along -Z
    r = TorchRasterizer()
    res = 48
    vh = torch.cat([v, torch.ones(v.shape[0], 1)], 1)
    clip = (vh @ cams.mvp[0].T)[None]
    rast = r.rasterize(clip, f, (res, res))
    ids = rast[0, ..., 3].long()
    # Brute-force reference: test each pixel centre against each triangle, keep the nearest.
    ndc = clip[0, :, :2] / clip[0, :, 3:]
    z = clip[0, :, 2] / clip[0, :, 3]
    ref = torch.zeros(res, res, dtype=torch.long)
    for i in range(res):
        for j in range(res):
            p = torch.tensor([(2 * j + 1) / res - 1, (2 * i + 1) / res - 1])
            best, best_z = 0, float("inf")
            for k, tri in enumerate(f.long()):
                a, b, c = ndc[tri]
                m = torch.stack([b - a, c - a], 1)
                lam = torch.linalg.solve(m, p - a)
                l = torch.tensor([1 - lam.sum(), lam[0], lam[1]])
                if (l >= -1e-6).all():
                    zz = (l * z[tri]).sum()
                    if zz < best_z:
                        best, best_z = k + 1, zz
            ref[i, j] = best
    assert (ids == ref).float().mean().item() > 0.995
    assert (ids == 2).sum() > 0 and (ids == 1).sum() > 0


def test_interpolation_is_perspective_correct():
    """Interpolating world positions must give the point where the pixel's ray meets the
    triangle's plane (only true with perspective-correct barycentrics)."""
    v = torch.tensor([[-0.6, -0.5, -0.6], [0.6, -0.5, 0.3], [0.0, 0.6, -0.2]])
    f = torch.tensor([[0, 1, 2]], dtype=torch.int32)
    cams = orbit_cameras(torch.tensor([10.0]), torch.tensor([20.0]))
    r = TorchRasterizer()
    out = render_mesh(r, v, f, cams, (64, 64))
    pos = r.interpolate(v, out.rast, f)[0]
    covered = out.rast[0, ..., 3] > 0
    # Every interpolated point lies on the plane and on the pixel's ray from the camera.
    n = torch.linalg.cross(v[1] - v[0], v[2] - v[0])
    plane = ((pos[covered] - v[0]) @ n).abs().max().item()
    assert plane < 1e-4
    clip = torch.cat([pos[covered], torch.ones(int(covered.sum()), 1)], 1) @ cams.mvp[0].T
    ndc = clip[:, :2] / clip[:, 3:]
    ii, jj = covered.nonzero(as_tuple=True)
    centre = torch.stack([(2 * jj + 1) / 64 - 1, (2 * ii + 1) / 64 - 1], 1).float()
    assert (ndc - centre).abs().max().item() < 1e-4


def test_depth_is_distance_along_view_axis():
    v, f = _sphere(0.2)
    cams = orbit_cameras(torch.tensor([0.0]), torch.tensor([0.0]), distance=2.0)
    out = render_mesh(TorchRasterizer(), v, f, cams, (65, 65))
    centre_depth = out.depth[0, 32, 32, 0].item()
    assert centre_depth == pytest.approx(1.8, abs=0.005)


def test_silhouette_gradient_matches_finite_differences():
    v0, f = _sphere()
    cams = sphere_cameras(3)
    r = TorchRasterizer()

    def total(scale):
        return render_mesh(r, v0 * scale, f, cams, (96, 96)).mask.sum().item()

    v = v0.clone().requires_grad_(True)
    render_mesh(r, v, f, cams, (96, 96)).mask.sum().backward()
    analytic = (v.grad * v0).sum().item()                    # d total / d scale at 1
    fd = (total(1.03) - total(0.97)) / 0.06
    assert analytic == pytest.approx(fd, rel=0.15)
    assert analytic > 0


def test_gradient_flows_to_attributes_and_not_through_background():
    v, f = _sphere()
    cams = sphere_cameras(2)
    r = TorchRasterizer()
    out = render_mesh(r, v, f, cams, (32, 32))
    color = torch.rand(v.shape[0], 3, requires_grad=True)
    img = r.interpolate(color, out.rast, f)
    assert (img[out.rast[..., 3] == 0] == 0).all()
    img.sum().backward()
    assert color.grad.abs().sum() > 0
    assert np.isfinite(color.grad.numpy()).all()
