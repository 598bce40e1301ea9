"""Filled silhouettes and the visual-hull SDF."""

import math

import torch

from sketch2real.geometry.cameras import orbit_cameras, sphere_cameras
from sketch2real.geometry.silhouettes import fill_silhouettes
from sketch2real.geometry.visual_hull import silhouette_sdf_2d, visual_hull_sdf


def _ring_mask(n=64, r=20, gap=0):
    y, x = torch.meshgrid(torch.arange(n), torch.arange(n), indexing="ij")
    d = ((x - n / 2) ** 2 + (y - n / 2) ** 2).sqrt()
    ring = (d > r - 1.5) & (d < r + 1.5)
    if gap:
        ring &= ~((x > n / 2) & ((y - n / 2).abs() < gap / 2))
    return ring, d < r


def test_fill_encloses_rings_and_closes_small_gaps():
    ring, disc = _ring_mask()
    filled = fill_silhouettes(ring[None])[0]
    assert (filled & disc).sum() == disc.sum()
    gapped, _ = _ring_mask(gap=2)
    assert fill_silhouettes(gapped[None], close_px=2)[0][32, 32]      # a 2 px gap still closes
    assert not fill_silhouettes(gapped[None], close_px=0)[0][32, 32]  # unless closing is off
    wide, _ = _ring_mask(gap=12)
    assert not fill_silhouettes(wide[None], close_px=2)[0][32, 32]    # a real opening stays open


def test_fill_keeps_only_supported_holes():
    ring, disc = _ring_mask()
    none = torch.zeros_like(ring)
    assert not fill_silhouettes(ring[None], support=none[None])[0][32, 32]
    assert fill_silhouettes(ring[None], support=disc[None])[0][32, 32]
    half = disc & (torch.arange(64)[None, :] < 32)            # covers about half of the hole
    assert fill_silhouettes(ring[None], support=half[None], min_support=0.4)[0][32, 32]
    assert not fill_silhouettes(ring[None], support=half[None], min_support=0.6)[0][32, 32]


def test_silhouette_sdf_2d_signs_and_scale():
    _, disc = _ring_mask()
    d = silhouette_sdf_2d(disc[None])[0]
    assert d[32, 32] < -15 and d[0, 0] > 20
    assert d[32, 32 + 20].abs() <= 1.0                         # the boundary is near zero


def test_visual_hull_of_a_sphere_is_close_to_the_sphere():
    """Silhouettes of a sphere from many views carve a hull whose SDF is negative inside, positive
    outside, and near zero on the sphere."""
    cams = sphere_cameras(24)
    H = 96
    # Analytic silhouettes of a sphere of radius 0.3: pixels whose ray passes within 0.3 of 0.
    ii, jj = torch.meshgrid(torch.arange(H), torch.arange(H), indexing="ij")
    ndc = torch.stack([(2 * jj + 1) / H - 1, (2 * ii + 1) / H - 1], -1).float()
    t = math.tan(math.radians(cams.fovy) / 2)
    ang = torch.atan((ndc * t).norm(dim=-1))
    sil = (2.0 * torch.sin(ang) < 0.3).expand(len(cams), H, H)
    pts = torch.tensor([[0.0, 0.0, 0.0], [0.0, 0.5, 0.0], [0.3, 0.0, 0.0], [0.0, 0.0, -0.29]])
    sdf = visual_hull_sdf(pts, cams, sil, max_misses=0)
    assert sdf[0] < -0.2 and sdf[1] > 0.1
    assert sdf[2].abs() < 0.03 and sdf[3].abs() < 0.03
    # A view that sees a point outside its silhouette pushes the point out, unless tolerated.
    one = orbit_cameras(torch.tensor([0.0]), torch.tensor([0.0]))
    empty = torch.zeros(1, H, H, dtype=torch.bool)
    assert visual_hull_sdf(pts[:1], one, empty, max_misses=0)[0] > 0
