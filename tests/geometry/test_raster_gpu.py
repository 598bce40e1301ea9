"""On a GPU: the nvdiffrast backend and the PyTorch reference must agree (ids, barycentrics,
interpolation, antialiased masks and their gradients). Skipped where there is no CUDA."""

import pytest
import torch
import trimesh

from sketch2real.geometry.cameras import sphere_cameras
from sketch2real.geometry.raster import get_rasterizer
from sketch2real.geometry.render import render_mesh

pytestmark = pytest.mark.gpu


def _scene(device):
    m = trimesh.creation.icosphere(subdivisions=4, radius=0.3)
    v = torch.tensor(m.vertices, dtype=torch.float32, device=device)
    v = v * torch.tensor([1.0, 0.7, 1.2], device=device)          # not symmetric
    f = torch.tensor(m.faces, dtype=torch.int32, device=device)
    return v, f


def test_nvdiffrast_matches_torch_reference():
    dev = "cuda"
    nv, ref = get_rasterizer(dev), get_rasterizer(dev, backend="torch")
    assert nv.name == "nvdiffrast"
    v, f = _scene(dev)
    cams = sphere_cameras(6, device=dev)
    outs = {}
    for r in (nv, ref):
        vv = v.clone().requires_grad_(True)
        o = render_mesh(r, vv, f, cams, (192, 192), with_normals=True)
        o.mask.sum().backward()
        outs[r.name] = (o, vv.grad)
    a, ga = outs["nvdiffrast"]
    b, gb = outs["torch"]
    ids_a, ids_b = a.rast[..., 3], b.rast[..., 3]
    same = ids_a == ids_b
    assert same.float().mean() > 0.99
    cov = same & (ids_a > 0)
    assert (a.rast[..., :3][cov] - b.rast[..., :3][cov]).abs().max() < 1e-3
    assert (a.depth[cov] - b.depth[cov]).abs().max() < 1e-3
    assert (a.normal[cov] - b.normal[cov]).abs().max() < 1e-3
    assert (a.mask - b.mask).abs().mean() < 0.01
    cos = torch.nn.functional.cosine_similarity(ga.flatten(), gb.flatten(), dim=0)
    assert cos > 0.8, f"silhouette gradients disagree (cosine {cos:.3f})"


def test_fit_on_cuda_is_closed(sketches_dir):
    from sketch2real.geometry.readers import read_sketch
    from sketch2real.geometry.sdf_fit import FitConfig, fit_sketch

    sketch = read_sketch(sketches_dir / "cassie" / "chair.curves")
    res = fit_sketch(sketch, FitConfig(resolution=128), device="cuda")
    assert res.report["watertight"]
    assert res.report["stroke_to_surface"]["mean"] <= 0.02
    assert res.report["heldout_iou"]["mean"] >= 0.9


def test_membrane_fit_on_cuda_is_closed_and_quick(sketches_dir):
    # The target: the variational fit at resolution 128 within 5 s on a GPU (after
    # warm-up).
    import time

    from sketch2real.geometry.readers import read_sketch
    from sketch2real.geometry.sdf_fit import FitConfig, fit_sketch

    sketch = read_sketch(sketches_dir / "cassie" / "chair.curves")
    fit_sketch(sketch, FitConfig(mode="membrane", resolution=32), device="cuda")  # warm-up
    torch.cuda.synchronize()
    t0 = time.perf_counter()
    res = fit_sketch(sketch, FitConfig(mode="membrane", resolution=128), device="cuda")
    torch.cuda.synchronize()
    seconds = time.perf_counter() - t0
    assert res.report["watertight"]
    assert res.report["stroke_to_surface"]["mean"] <= 0.01
    fit_seconds = sum(v for k, v in res.report["seconds"].items() if k != "metrics")
    assert fit_seconds <= 5.0, f"membrane fit took {fit_seconds:.1f} s ({seconds:.1f} s with metrics)"
