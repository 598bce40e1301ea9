"""Sketch-to-SDF fit: the mask-loss gradient reaches the SDF, a real sketch fits within the
bar in surface mode (the default), tube mode wraps strokes, surface and membrane modes span a
lone ring, and the result sits in the sketch's frame. (``membrane`` mode in depth:
test_surfacing.py.)"""

import dataclasses

import numpy as np
import pytest
import torch

from sketch2real.geometry.cameras import sphere_cameras
from sketch2real.geometry.marching_tets import marching_tets
from sketch2real.geometry.metrics import is_watertight, point_to_mesh_distance
from sketch2real.geometry.raster import TorchRasterizer
from sketch2real.geometry.readers import read_sketch
from sketch2real.geometry.render import render_mesh
from sketch2real.geometry.sdf_fit import FitConfig, fit_sketch
from sketch2real.geometry.sketch import Sketch, Stroke
from sketch2real.geometry.tet_grid import make_tet_grid

# Smaller than the CLI default so the suite stays quick on a 2-core CPU; the full-size run on
# every shared sketch is benchmarks/fit_shared_sketches.py.
FAST = FitConfig(resolution=48, n_views=24, n_heldout=8, image_size=160, iterations=60)


def test_mask_loss_gradient_reaches_sdf_and_grows_the_shape():
    g = make_tet_grid(24)
    sdf = (g.vertices.norm(dim=-1) - 0.2).requires_grad_(True)
    cams = sphere_cameras(4)
    target = torch.ones(4, 64, 64, 1)                        # everything covered: grow
    verts, faces = marching_tets(g.vertices, sdf, g.tets)
    out = render_mesh(TorchRasterizer(), verts, faces, cams, (64, 64))
    loss = ((out.mask - target) ** 2).mean()
    loss.backward()
    assert sdf.grad is not None and sdf.grad.abs().sum() > 0
    # Growing means lowering the SDF near the surface: the descent direction -grad is negative.
    near = sdf.detach().abs() < g.cell
    assert (-sdf.grad[near]).sum() < 0
    with torch.no_grad():
        sdf2 = sdf - 0.05 * sdf.grad / sdf.grad.abs().max() * g.cell
        v2, f2 = marching_tets(g.vertices, sdf2, g.tets)
        loss2 = ((render_mesh(TorchRasterizer(), v2, f2, cams, (64, 64)).mask - target) ** 2).mean()
    assert loss2 < loss


def test_fit_real_chair_surface_mode(sketches_dir):
    sketch = read_sketch(sketches_dir / "cassie" / "chair.curves")
    res = fit_sketch(sketch, FAST)
    rep = res.report
    assert rep["watertight"] and is_watertight(res.faces)
    assert rep["stroke_to_surface"]["mean"] <= 0.02
    assert rep["heldout_iou"]["mean"] >= 0.9
    # In the sketch's frame: bounds agree with the strokes' (the surface wraps them).
    lo, hi = sketch.bounds()
    diag = sketch.diagonal()
    assert np.abs(res.verts.min(0) - lo).max() < 0.05 * diag
    assert np.abs(res.verts.max(0) - hi).max() < 0.05 * diag
    assert set(rep["seconds"]) >= {"interpret", "visual_hull", "optimise", "extract"}


def _ring(n=48, r=0.3, y=0.0):
    t = np.linspace(0, 2 * np.pi, n)
    return np.stack([r * np.cos(t), np.full(n, y), r * np.sin(t)], 1).astype(np.float32)


def _sketch(polylines, radius=0.0):
    strokes = tuple(Stroke(points=p, radii=np.full(len(p), radius, np.float32),
                           colors=np.full((len(p), 4), 0.5, np.float32)) for p in polylines)
    return Sketch(strokes=strokes, name="synthetic")


def test_tube_mode_wraps_the_stroke_and_surface_and_membrane_modes_fill_it():
    # A ring of 0.3 m radius drawn with a 3 cm brush, away from the origin.
    ring = _sketch([_ring() + np.array([2.0, 1.0, -3.0], np.float32)], radius=0.03)
    cfg = dataclasses.replace(FAST, resolution=40, iterations=30)
    tube = fit_sketch(ring, dataclasses.replace(cfg, mode="tube"))
    surf = fit_sketch(ring, cfg)
    memb = fit_sketch(ring, dataclasses.replace(cfg, mode="membrane"))
    pts = ring.points()
    for res in (tube, surf, memb):
        assert res.report["watertight"]
        assert np.abs(res.verts.mean(0) - pts.mean(0)).max() < 0.05
    # A tube around a ring has a hole in the middle; the filled surface covers the centre.
    centre = pts.mean(0, keepdims=True)
    d_tube = point_to_mesh_distance(centre, tube.verts, tube.faces)[0]
    assert d_tube > 0.2
    for res in (surf, memb):                # the filled disc is about a brush width thick
        assert point_to_mesh_distance(centre, res.verts, res.faces)[0] < 0.1
    # Tube mode keeps the genus-1 shape: Euler characteristic V - E + F = 0 for a torus.
    f = tube.faces
    e = len({tuple(sorted(p)) for t in f for p in ((t[0], t[1]), (t[1], t[2]), (t[2], t[0]))})
    assert len(tube.verts) - e + len(f) == 0


def test_unknown_mode_is_a_clear_error():
    from sketch2real.geometry.errors import SketchValidationError

    with pytest.raises(SketchValidationError, match="mode"):
        fit_sketch(_sketch([_ring()]), dataclasses.replace(FAST, mode="blob"))
