"""strokes_to_mesh: closed outward tubes of the right volume, min radius, ribbons, dots, frames."""

from __future__ import annotations

import time

import numpy as np
import pytest
import trimesh
from scipy.spatial.transform import Rotation

from sketch2real.geometry.sketch import Stroke
from sketch2real.geometry.tubes import _tangents, _transport_frames, strokes_to_mesh


def mk(points, r=0.1, ribbon=False, q=None, color=(1.0, 0.0, 0.0, 1.0)) -> Stroke:
    p = np.asarray(points, dtype=np.float32)
    n = len(p)
    radii = np.full(n, r, np.float32) if np.isscalar(r) else np.asarray(r, np.float32)
    return Stroke(points=p, radii=radii, colors=np.tile(np.float32(color), (n, 1)),
                  orientations=None if q is None else np.asarray(q, np.float32), ribbon=ribbon)


def straight(n=11, length=2.0, axis=0):
    p = np.zeros((n, 3))
    p[:, axis] = np.linspace(0, length, n)
    return p


def helix(n=300, turns=3.0):
    th = np.linspace(0, 2 * np.pi * turns, n)
    return np.stack([np.cos(th), np.sin(th), th / 5], axis=1)


def polygon_area(r, sides):
    return 0.5 * sides * r * r * np.sin(2 * np.pi / sides)


def as_trimesh(v, f):
    return trimesh.Trimesh(v, f, process=False)


# --- tubes -----------------------------------------------------------------------------------


@pytest.mark.parametrize("sides", [3, 8, 16])
def test_straight_tube_closed_outward_exact_volume(sides):
    r, length = 0.1, 2.0
    v, f, c = strokes_to_mesh([mk(straight(11, length), r)], min_radius=0.0, sides=sides)
    assert v.dtype == np.float32 and f.dtype == np.int64 and c.dtype == np.float32
    assert v.shape == (11 * sides + 2, 3) and c.shape == (len(v), 4)
    m = as_trimesh(v, f)
    assert m.is_watertight and m.is_winding_consistent
    # Flat caps: the prism's volume, exactly the polygon's area times the length; positive
    # volume means the normals point out.
    assert m.volume == pytest.approx(polygon_area(r, sides) * length, rel=1e-5)
    polygon_shortfall = 1 - polygon_area(1, sides) / np.pi  # inscribed polygon vs circle
    assert m.volume == pytest.approx(np.pi * r * r * length, rel=polygon_shortfall + 1e-6)


def test_side_normals_point_away_from_the_axis():
    v, f, _ = strokes_to_mesh([mk(straight(5), 0.2)], min_radius=0.0, sides=8)
    m = as_trimesh(v, f)
    side = np.abs(m.face_normals[:, 0]) < 0.5  # not the end caps (normals along x)
    radial = m.triangles_center[side] * [0, 1, 1]
    assert np.all(np.einsum("ij,ij->i", m.face_normals[side], radial) > 0)


def test_curved_tube_closed_and_volume_close():
    p = helix()
    v, f, _ = strokes_to_mesh([mk(p, 0.05)], min_radius=0.0, sides=16)
    m = as_trimesh(v, f)
    assert m.is_watertight and m.volume > 0
    length = np.linalg.norm(np.diff(p, axis=0), axis=1).sum()
    assert m.volume == pytest.approx(polygon_area(0.05, 16) * length, rel=0.02)


def test_min_radius_applied():
    p = straight(5, 1.0)
    v, _, _ = strokes_to_mesh([mk(p, 0.0)], min_radius=0.03, sides=8)
    ring = v[:5 * 8]
    np.testing.assert_allclose(np.linalg.norm(ring[:, 1:], axis=1), 0.03, rtol=1e-5)
    v, _, _ = strokes_to_mesh([mk(p, [0.0, 0.1, 0.0, 0.1, 0.0])], min_radius=0.03, sides=8)
    radius = np.linalg.norm(v[:40, 1:], axis=1).reshape(5, 8).mean(axis=1)
    np.testing.assert_allclose(radius, [0.03, 0.1, 0.03, 0.1, 0.03], rtol=1e-5)


def test_several_tubes_each_closed():
    strokes = [mk(straight(4, 1.0, axis=a) + a, 0.05) for a in range(3)]
    v, f, _ = strokes_to_mesh(strokes, min_radius=0.0, sides=6)
    parts = as_trimesh(v, f).split(only_watertight=False)
    assert len(parts) == 3 and all(p.is_watertight and p.volume > 0 for p in parts)


def test_colours_follow_points():
    s = Stroke(points=np.float32(straight(3)), radii=np.full(3, 0.1, np.float32),
               colors=np.float32([[1, 0, 0, 1], [0, 1, 0, 1], [0, 0, 1, 0.5]]))
    v, f, c = strokes_to_mesh([s], min_radius=0.0, sides=4)
    np.testing.assert_array_equal(c[:4], [[1, 0, 0, 1]] * 4)
    np.testing.assert_array_equal(c[8:12], [[0, 0, 1, 0.5]] * 4)
    np.testing.assert_array_equal(c[-2:], [[1, 0, 0, 1], [0, 0, 1, 0.5]])  # cap centres


def test_hairpin_and_duplicates_stay_finite():
    p = [[0, 0, 0], [1, 0, 0], [1, 0, 0], [0, 0, 0], [0, 0, 0], [0, 1, 0]]
    v, f, _ = strokes_to_mesh([mk(p, 0.05)], min_radius=0.0, sides=6)
    assert np.isfinite(v).all()
    assert len(v) == 4 * 6 + 2  # repeats merged before sweeping
    assert as_trimesh(v, f).is_watertight


def test_empty_input():
    v, f, c = strokes_to_mesh([], min_radius=0.01)
    assert v.shape == (0, 3) and f.shape == (0, 3) and c.shape == (0, 4)


@pytest.mark.parametrize("kw", [{"sides": 2}, {"min_radius": -1.0}, {"min_radius": np.nan}])
def test_bad_arguments(kw):
    args = {"min_radius": 0.01, **kw}
    with pytest.raises(ValueError):
        strokes_to_mesh([mk(straight())], **args)


# --- parallel transport ----------------------------------------------------------------------


def _reference_transport(t: np.ndarray, n0: np.ndarray) -> np.ndarray:
    """Oracle: carry n0 along the unit tangents t [P,3] one step at a time by the rotation of
    smallest angle taking t[i-1] to t[i] (scipy's rotation from axis-angle)."""
    out = [n0]
    for i in range(1, len(t)):
        axis = np.cross(t[i - 1], t[i])
        s = np.linalg.norm(axis)
        angle = np.arctan2(s, np.dot(t[i - 1], t[i]))
        rot = Rotation.from_rotvec(axis / s * angle) if s > 1e-12 else Rotation.identity()
        out.append(rot.apply(out[-1]))
    return np.array(out)


@pytest.mark.parametrize("curve", ["helix", "random"])
def test_frames_match_sequential_parallel_transport(curve):
    if curve == "helix":
        p = helix(200, 2.0)
    else:
        p = np.cumsum(np.random.default_rng(0).normal(size=(150, 3)), axis=0)
    first = np.zeros(len(p), bool)
    first[0] = True
    last = np.zeros(len(p), bool)
    last[-1] = True
    t = _tangents(p, first, last)
    n, b = _transport_frames(t, first, np.array([0]), np.array([len(p)]))
    ref = _reference_transport(t, n[0])
    np.testing.assert_allclose(n, ref, atol=1e-8)
    np.testing.assert_allclose(np.einsum("ij,ij->i", n, t), 0.0, atol=1e-9)
    np.testing.assert_allclose(np.cross(n, b), t, atol=1e-9)  # (n, b, t) right-handed


def test_planar_curve_frame_has_no_twist():
    th = np.linspace(0, np.pi, 50)
    p = np.stack([np.cos(th), np.sin(th), np.zeros_like(th)], axis=1)  # a half circle in z=0
    v, f, _ = strokes_to_mesh([mk(p, 0.01)], min_radius=0.0, sides=4)
    ring_z = v[:50 * 4, 2].reshape(50, 4)
    # One ring vertex keeps the same height above the plane all along: no twist.
    np.testing.assert_allclose(ring_z, np.broadcast_to(ring_z[0], ring_z.shape), atol=1e-6)


# --- ribbons ---------------------------------------------------------------------------------


def test_ribbon_width_and_two_sides():
    p = helix(40, 0.5)
    r = 0.04
    v, f, c = strokes_to_mesh([mk(p, r, ribbon=True)], min_radius=0.0)
    n = len(p)
    assert v.shape == (4 * n, 3) and f.shape == (8 * (n - 1) + 4, 3)
    front = v[:2 * n].reshape(n, 2, 3)
    np.testing.assert_allclose(np.linalg.norm(front[:, 0] - front[:, 1], axis=1), 2 * r, rtol=1e-5)
    np.testing.assert_allclose(front.mean(axis=1), p, atol=1e-6)
    np.testing.assert_array_equal(v[:2 * n], v[2 * n:])  # zero thickness: the back's own copies
    m = as_trimesh(v, f)
    half = 2 * (n - 1)
    np.testing.assert_allclose(m.face_normals[:half], -m.face_normals[half:2 * half], atol=1e-5)
    length = np.linalg.norm(np.diff(p, axis=0), axis=1).sum()
    assert m.area == pytest.approx(2 * (2 * r * length), rel=0.05)  # two sides


def test_ribbon_is_a_thin_closed_slab():
    """With a grid floor the ribbon is 2 min_radius thick, closed and outward, so it shows and
    bounds a volume edge-on."""
    p = helix(40, 0.5)
    r, m_r = 0.04, 0.005
    v, f, _ = strokes_to_mesh([mk(p, r, ribbon=True)], min_radius=m_r)
    m = as_trimesh(v, f)
    assert m.is_watertight and m.is_winding_consistent and m.volume > 0
    length = np.linalg.norm(np.diff(p, axis=0), axis=1).sum()
    assert m.volume == pytest.approx(2 * r * 2 * m_r * length, rel=0.05)
    n = len(p)
    thickness = np.linalg.norm(v[:2 * n] - v[2 * n:], axis=1)
    np.testing.assert_allclose(thickness, 2 * m_r, rtol=1e-5)


def test_ribbon_follows_brush_right_axis():
    # Moving along +Y with the identity brush frame: right = +X, the strip spans x = ±r.
    r = 0.05
    q = np.tile([0, 0, 0, 1], (5, 1))
    v, _, _ = strokes_to_mesh([mk(straight(5, axis=1), r, ribbon=True, q=q)], min_radius=0.0)
    np.testing.assert_allclose(np.abs(v[:, 0]), r, rtol=1e-5)
    np.testing.assert_allclose(v[:, 2], 0.0, atol=1e-7)      # min_radius 0: a flat slab
    # Rolled 90° about the forward axis (-Z): right becomes ±Y, so moving along +X the strip
    # spans y = ±r.
    q = np.tile(Rotation.from_euler("z", 90, degrees=True).as_quat(), (5, 1))
    v, _, _ = strokes_to_mesh([mk(straight(5, axis=0), r, ribbon=True, q=q)], min_radius=0.0)
    np.testing.assert_allclose(np.abs(v[:, 1]), r, rtol=1e-5)


def test_ribbon_moving_along_right_axis_faces_the_pointer():
    # Moving along the brush's right axis (+X), the right axis gives no width; the strip is
    # then across forward x motion (-Z x +X = -Y): it spans y = ±r, facing the pointer.
    r = 0.05
    q = np.tile([0, 0, 0, 1], (5, 1))
    v, _, _ = strokes_to_mesh([mk(straight(5, axis=0), r, ribbon=True, q=q)], min_radius=0.0)
    np.testing.assert_allclose(np.abs(v[:, 1]), r, rtol=1e-5)
    np.testing.assert_allclose(v[:, 2], 0.0, atol=1e-7)


def test_ribbon_side_is_continuous():
    # Orientations that flip by 180° about the stroke would flip the strip; the side is kept.
    p = straight(6, axis=1)
    q = np.array([Rotation.from_euler("y", 180 * (i % 2), degrees=True).as_quat()
                  for i in range(6)])
    v, _, _ = strokes_to_mesh([mk(p, 0.05, ribbon=True, q=q)], min_radius=0.0)
    left = v[0:12:2]
    assert np.all(np.sign(left[:, 0]) == np.sign(left[0, 0]))


# --- dots ------------------------------------------------------------------------------------


def test_single_point_stroke_is_a_closed_dot():
    v, f, c = strokes_to_mesh([mk([[1, 2, 3]], 0.0)], min_radius=0.02)
    m = as_trimesh(v, f)
    assert m.is_watertight and m.volume == pytest.approx(4 / 3 * 0.02 ** 3, rel=1e-4)
    np.testing.assert_allclose(v.mean(axis=0), [1, 2, 3], atol=1e-6)
    v, f, _ = strokes_to_mesh([mk([[0, 0, 0]] * 3, 0.1, ribbon=True)], min_radius=0.0)
    assert as_trimesh(v, f).is_watertight  # a collapsed ribbon is a dot too


def test_mixed_kinds_index_correctly():
    strokes = [mk([[5, 5, 5]], 0.1), mk(straight(4), 0.1, ribbon=True),
               mk(straight(4, axis=2), 0.1)]
    v, f, c = strokes_to_mesh(strokes, min_radius=0.0, sides=5)
    assert f.min() >= 0 and f.max() == len(v) - 1 and len(np.unique(f)) == len(v)
    assert len(v) == (4 * 5 + 2) + 4 * 4 + 6


# --- scale -----------------------------------------------------------------------------------


def test_200k_points_about_a_second():
    rng = np.random.default_rng(0)
    strokes = []
    for i in range(1000):
        p = np.cumsum(rng.normal(size=(200, 3)) * 0.01, axis=0)
        q = Rotation.random(200, random_state=i).as_quat() if i % 2 else None
        strokes.append(mk(p, 0.01, ribbon=i % 3 == 0, q=q))
    t0 = time.perf_counter()
    v, f, c = strokes_to_mesh(strokes, min_radius=0.002)
    elapsed = time.perf_counter() - t0
    assert np.isfinite(v).all() and f.max() < len(v)
    assert elapsed < 5.0, elapsed  # ~1 s on a 2-core CPU; generous for loaded CI machines


def test_real_sketches_sweep(sketches_dir):
    from sketch2real.geometry.readers import read_sketch

    for path in [sketches_dir / "tilt" / "TiltBrushUnitySDK_Dungeon_Torch.tilt",
                 sketches_dir / "apainter" / "rose_bush.apa",
                 sketches_dir / "cassie" / "chair.curves"]:
        s = read_sketch(path)
        v, f, c = strokes_to_mesh(s.strokes, min_radius=0.002)
        assert len(f) > 0 and np.isfinite(v).all() and f.max() < len(v)
        lo, hi = s.bounds()
        # A ribbon's corner lies up to its half-width plus the slab's half-thickness away.
        margin = max(float(np.max([x.radii.max() for x in s.strokes])), 0.002) + 0.002 + 1e-5
        assert np.all(v >= lo - margin) and np.all(v <= hi + margin)
