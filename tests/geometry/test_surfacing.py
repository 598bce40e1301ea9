"""The surface a sketch means (``membrane`` mode, opt-in): tiny synthetic networks with known answers.
A torus keeps its hole, legs drawn as single strokes stay apart, an open leaf becomes a thin
closed shell, normals point out, a lone stroke is a wire, overshoots are dropped; and the
pieces underneath (the Hessian fit, the metrics, the drawn benchmark networks) do what they say.
Low resolutions keep the whole file to tens of seconds on a 2-core CPU."""

import dataclasses

import numpy as np
import pytest
import torch
import trimesh

from sketch2real.geometry.drawn_networks import DrawingStyle, draw_shape
from sketch2real.geometry.hessian_sdf import HessianLevel, HessianSolver, HessianWeights, _Trilinear
from sketch2real.geometry.membrane_fit import MembraneConfig, fit_membrane
from sketch2real.geometry.mesh_cleanup import face_components
from sketch2real.geometry.metrics import (euler_characteristic, is_watertight, roughness,
                                          surface_comparison)
from sketch2real.geometry.normalize import Normalization
from sketch2real.geometry.sdf_fit import FitConfig, fit_sketch, shell_half_thickness
from sketch2real.geometry.sketch import Sketch, Stroke
from sketch2real.geometry.stroke_ends import overshoot_mask
from sketch2real.geometry.stroke_normals import estimate_normals
from sketch2real.geometry.stroke_samples import sample_strokes
from sketch2real.geometry.tet_grid import make_tet_grid
from sketch2real.geometry.truth_shapes import SHAPES, sheet_distance, truth_mesh

LOW = FitConfig(mode="membrane", resolution=32, n_heldout=4, image_size=96)


def _sketch(polylines, radius=0.0):
    strokes = tuple(Stroke(points=np.asarray(p, np.float32),
                           radii=np.full(len(p), radius, np.float32),
                           colors=np.full((len(p), 4), 0.5, np.float32)) for p in polylines)
    return Sketch(strokes=strokes, name="synthetic")


def _circle(center, e1, e2, r, n=96):
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)[:, None]
    c = np.asarray(center, float) + r * (np.cos(t) * np.asarray(e1, float) + np.sin(t) * np.asarray(e2, float))
    return np.concatenate([c, c[:1]])


def _sdf_at(res, points_world: np.ndarray) -> np.ndarray:
    """The fitted lattice SDF at points in the sketch's frame (trilinear), normalised units."""
    p = torch.as_tensor(res.normalization.to_normalized(np.asarray(points_world, np.float64)),
                        dtype=torch.float32)
    return _Trilinear(p, res.grid.resolution + 1, res.grid.half_extent).value(res.sdf).numpy()


# -- the Hessian fit ----------------------------------------------------------------------------

def test_hessian_operator_is_symmetric_and_its_diagonal_is_exact():
    torch.manual_seed(0)
    p = torch.rand(40, 3) * 0.8 - 0.4
    t = torch.nn.functional.normalize(torch.randn(40, 3), dim=1)
    lv = HessianLevel(8, p, t, torch.full((40,), 0.02), torch.rand(40), 1 / 8, HessianWeights())
    x, y = torch.randn(9 ** 3, dtype=torch.float64), torch.randn(9 ** 3, dtype=torch.float64)
    ax, ay = lv.apply(x.float()).double(), lv.apply(y.float()).double()
    assert torch.isclose((ax * y).sum(), (ay * x).sum(), rtol=1e-4)
    e = torch.zeros(9 ** 3)
    e[300] = 1
    assert torch.isclose(lv.apply(e)[300], lv.diag[300], rtol=1e-5)


def test_hessian_fit_reproduces_a_plane_through_a_square_frame():
    # Points on a square frame in the plane y = 0.05 with normal +y: f = y - 0.05 satisfies
    # every term exactly, with zero bending, so the fit must find it.
    a = np.linspace(-0.3, 0.3, 40)
    pts = np.concatenate([np.stack([a, np.full_like(a, 0.05), np.full_like(a, s)], 1) for s in (-0.3, 0.3)]
                         + [np.stack([np.full_like(a, s), np.full_like(a, 0.05), a], 1) for s in (-0.3, 0.3)])
    p = torch.as_tensor(pts, dtype=torch.float32)
    t = torch.zeros_like(p)
    t[:80, 0] = 1
    t[80:, 2] = 1
    n = torch.zeros_like(p)
    n[:, 1] = 1
    f = HessianSolver(16, p, t, torch.full((len(p),), 0.015), torch.ones(len(p))).solve(n)
    column = f.view(17, 17, 17)[8, :, 8]
    y = torch.linspace(-0.5, 0.5, 17)
    assert torch.allclose(column, y - 0.05, atol=1e-3)


# -- whole fits ---------------------------------------------------------------------------------

def test_torus_network_keeps_its_hole():
    sketch, _ = draw_shape("torus", seed=1)
    res = fit_sketch(sketch, LOW)
    assert res.report["watertight"] and is_watertight(res.faces)
    assert euler_characteristic(res.faces) == 0                    # genus 1
    assert np.unique(face_components(res.faces, len(res.verts))).shape[0] == 1
    assert _sdf_at(res, [[0.0, 0.0, 0.0]])[0] > 0                   # the hole is outside
    assert _sdf_at(res, [[0.3, 0.0, 0.0]])[0] < 0                   # the tube is inside
    assert res.report["stroke_to_surface"]["mean"] < 0.01


def test_legs_drawn_as_single_strokes_stay_apart():
    # A base, a body and two legs drawn as single strokes between them: the region between the
    # legs is enclosed in every view, but it is not part of the figure.
    sketch, shape = draw_shape("figure", seed=0)
    res = fit_sketch(sketch, dataclasses.replace(LOW, resolution=40))
    assert res.report["watertight"]
    assert res.report["membrane"]["wire_strokes"] >= 2
    legs = shape.parts["legs"]
    mid = [0.5 * (np.add(a, b)) for a, b in legs]
    between = 0.5 * (mid[0] + mid[1])
    assert _sdf_at(res, [between])[0] > 0                          # no web between the legs
    assert (_sdf_at(res, mid) < 0).all()                           # the legs are there


def test_open_leaf_becomes_a_thin_closed_shell():
    sketch, shape = draw_shape("leaf", seed=0)
    res = fit_sketch(sketch, LOW)
    assert res.report["watertight"]
    assert euler_characteristic(res.faces) == 2
    h = shell_half_thickness(sketch, LOW)
    d = sheet_distance(shape.sheet)(res.verts.astype(np.float64))
    assert np.percentile(d, 95) < 1.6 * h                          # thin: hugs the sheet
    tv, tf = truth_mesh(shape, cells=64, shell_half=h)
    cmp = surface_comparison(res.verts, res.faces, tv, tf, shape.diagonal(), n=3000)
    assert cmp["distance_mean"] < 0.01                             # and covers all of it


def test_sphere_network_normals_point_outward():
    c = np.array([0.1, 0.2, -0.3])
    rings = [_circle(c, (1, 0, 0), (0, 1, 0), 0.3), _circle(c, (0, 1, 0), (0, 0, 1), 0.3),
             _circle(c, (1, 0, 0), (0, 0, 1), 0.3),
             _circle(c + (0, 0.2, 0), (1, 0, 0), (0, 0, 1), np.sqrt(0.3 ** 2 - 0.2 ** 2))]
    sketch = _sketch(rings)
    norm = Normalization.fit(sketch.points())
    out = fit_membrane(sketch, norm, make_tet_grid(24), MembraneConfig(orient_steps=(20, 4, 2)))
    radial = out.p - norm.to_normalized(c[None])
    assert ((out.n * radial).sum(1) > 0).mean() > 0.99
    assert out.info["closed_pieces"] == 1 and out.info["open_pieces"] == 0


def test_a_lone_stroke_is_a_wire_and_becomes_a_tube():
    t = np.linspace(0, 1, 60)[:, None]
    stroke = np.concatenate([t * 0.5, 0.2 * np.sin(3 * t), 0 * t], 1)
    sketch = _sketch([stroke], radius=0.01)
    norm = Normalization.fit(sketch.points())
    s = sample_strokes(sketch, norm, 1 / 64)
    assert estimate_normals(s, 1 / 32).wire.tolist() == [True]
    res = fit_sketch(sketch, LOW)
    assert res.report["watertight"]
    assert euler_characteristic(res.faces) == 2
    assert res.report["stroke_to_surface"]["max"] < 0.06


def test_an_overshooting_end_is_dropped_and_a_long_one_kept():
    a = np.stack([np.linspace(-0.4, 0.45, 80), np.zeros(80), np.zeros(80)], 1)   # overshoots b
    b = np.stack([np.full(60, 0.4), np.linspace(-0.3, 0.3, 60), np.zeros(60)], 1)
    c = np.stack([np.full(60, -0.4), np.linspace(-0.3, 0.3, 60), np.zeros(60)], 1)
    sketch = _sketch([a, b, c])
    norm = Normalization.fit(sketch.points())
    cell = 1 / 64
    s = sample_strokes(sketch, norm, cell / 2)
    tail = overshoot_mask(s, 1.5 * cell, 4 * cell)
    x = norm.to_sketch(s.p)
    on_a = s.stroke == 0
    assert tail[on_a & (x[:, 0] > 0.42)].all()                     # past b: dropped
    assert not tail[on_a & (x[:, 0] < 0.38)].any()                 # the stroke itself: kept
    assert not tail[s.stroke > 0].any()


def test_real_chair_is_watertight_and_close_to_its_strokes(sketches_dir):
    from sketch2real.geometry.readers import read_sketch

    sketch = read_sketch(sketches_dir / "cassie" / "chair.curves")
    res = fit_sketch(sketch, dataclasses.replace(LOW, resolution=40))
    assert res.report["watertight"]
    # Surfaces pass through the strokes; open sheets and wires are a cell thick around them.
    cell = 1 / 40 / res.normalization.scale / sketch.diagonal()
    assert res.report["stroke_to_surface"]["mean"] < cell
    assert set(res.report["seconds"]) >= {"membrane", "extract"}


# -- metrics and the benchmark's networks -------------------------------------------------------

def test_metrics_euler_roughness_and_comparison():
    torus = trimesh.creation.torus(0.3, 0.1, major_sections=48, minor_sections=24)
    assert euler_characteristic(torus.faces) == 0
    sphere = trimesh.creation.icosphere(4, 0.3)
    assert euler_characteristic(sphere.faces) == 2
    rng = np.random.default_rng(0)
    bumpy = sphere.vertices * (1 + 0.01 * rng.normal(size=(len(sphere.vertices), 1)))
    assert roughness(sphere.vertices, sphere.faces, 0.6) < 0.1 * roughness(bumpy, sphere.faces, 0.6)
    same = surface_comparison(sphere.vertices, sphere.faces, sphere.vertices, sphere.faces, 1.0, n=2000)
    assert same["distance_mean"] < 1e-6 and same["normal_deg_mean"] < 1.0
    flipped = surface_comparison(sphere.vertices, sphere.faces[:, ::-1], sphere.vertices,
                                 sphere.faces, 1.0, n=2000)
    assert flipped["normal_deg_mean"] > 170


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_drawn_networks_are_seeded_and_lie_on_the_truth(name):
    a, shape = draw_shape(name, seed=3)
    b, _ = draw_shape(name, seed=3)
    assert len(a.strokes) == len(b.strokes) > 5
    assert all(np.array_equal(s.points, t.points) for s, t in zip(a.strokes, b.strokes))
    pts = a.points().astype(np.float64)
    d = np.abs(sheet_distance(shape.sheet)(pts) if shape.is_open else shape.sdf(pts))
    style = DrawingStyle()
    assert np.median(d) < 4 * style.wobble * shape.diagonal()
