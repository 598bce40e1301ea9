"""Cameras: look-at frames, projection, orbit angles and the front direction."""

import math

import pytest
import torch

from sketch2real.geometry.cameras import (look_at, orbit_cameras, perspective,
                                          sample_orbit_cameras, sphere_cameras)


def test_look_at_puts_target_on_negative_z():
    eye = torch.tensor([[1.0, 2.0, 3.0]])
    mv = look_at(eye, torch.zeros(1, 3))
    p = mv[0] @ torch.tensor([0.0, 0.0, 0.0, 1.0])
    assert p[:2].abs().max() < 1e-6 and p[2] == pytest.approx(-math.sqrt(14), rel=1e-6)
    r = mv[0, :3, :3]
    assert torch.allclose(r @ r.T, torch.eye(3), atol=1e-6)
    assert torch.det(r) == pytest.approx(1.0, abs=1e-6)        # a rotation, no mirror


def test_straight_down_view_is_well_defined():
    cams = orbit_cameras(torch.tensor([90.0, -90.0]), torch.tensor([0.0, 0.0]))
    assert torch.isfinite(cams.mv).all()
    r = cams.mv[:, :3, :3]
    assert torch.allclose(r @ r.transpose(1, 2), torch.eye(3).expand(2, 3, 3), atol=1e-5)


def test_azimuth_zero_looks_from_front_and_grows_towards_right():
    cams = orbit_cameras(torch.tensor([0.0, 0.0]), torch.tensor([0.0, 90.0]), distance=2.0)
    assert torch.allclose(cams.campos[0], torch.tensor([0.0, 0.0, 2.0]), atol=1e-5)
    assert torch.allclose(cams.campos[1], torch.tensor([2.0, 0.0, 0.0]), atol=1e-5)
    side = orbit_cameras(torch.tensor([0.0]), torch.tensor([0.0]), front=(1.0, 0.0, 0.0))
    assert torch.allclose(side.campos[0], torch.tensor([2.0, 0.0, 0.0]), atol=1e-5)
    up = orbit_cameras(torch.tensor([30.0]), torch.tensor([0.0]), distance=2.0)
    assert up.campos[0, 1].item() == pytest.approx(1.0, abs=1e-5)
    with pytest.raises(ValueError):
        orbit_cameras(torch.tensor([0.0]), torch.tensor([0.0]), front=(0.0, 1.0, 0.0))


def test_projection_maps_near_far_to_ndc_range():
    p = perspective(60.0, near=0.5, far=5.0)
    for d, z in ((0.5, -1.0), (5.0, 1.0)):
        c = p @ torch.tensor([0.0, 0.0, -d, 1.0])
        assert (c[2] / c[3]).item() == pytest.approx(z, abs=1e-5)


def test_sampled_orbits_respect_ranges_and_seed():
    g = torch.Generator().manual_seed(3)
    cams = sample_orbit_cameras(200, (-10.0, 45.0), (-90.0, 90.0), generator=g)
    assert cams.elevation.min() >= -10.0 - 1e-4 and cams.elevation.max() <= 45.0 + 1e-4
    assert cams.azimuth.min() >= -90.0 and cams.azimuth.max() <= 90.0
    again = sample_orbit_cameras(200, (-10.0, 45.0), (-90.0, 90.0),
                                 generator=torch.Generator().manual_seed(3))
    assert torch.equal(cams.campos, again.campos)


def test_sphere_cameras_cover_the_sphere_evenly():
    cams = sphere_cameras(64)
    d = torch.nn.functional.normalize(cams.campos, dim=-1)
    assert d.mean(0).norm() < 0.05                             # no side favoured
    assert d[:, 1].max() > 0.95 and d[:, 1].min() < -0.95       # poles reached
    shifted = sphere_cameras(64, offset=0.5)
    assert (shifted.campos - cams.campos).norm(dim=-1).min() > 1e-3
