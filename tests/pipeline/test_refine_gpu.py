"""On a GPU: shaded renders and UV bakes agree between nvdiffrast and the torch reference, and
the whole refinement runs on CUDA (tiny random model) and stays on the sketch. Skipped where
there is no CUDA."""

import numpy as np
import pytest
import torch
import trimesh

from sketch2real.geometry.cameras import orbit_cameras
from sketch2real.geometry.raster import get_rasterizer
from sketch2real.geometry.shading import render_shaded
from sketch2real.geometry.texture_bake import bake_texture
from sketch2real.geometry.texture_field import TextureField, TextureFieldConfig
from sketch2real.geometry.uv_unwrap import uv_unwrap

pytestmark = pytest.mark.gpu


def _sphere(dev):
    m = trimesh.creation.icosphere(subdivisions=3, radius=0.3)
    return (torch.tensor(m.vertices, dtype=torch.float32, device=dev),
            torch.tensor(m.faces, dtype=torch.int64, device=dev))


def test_shaded_render_and_bake_match_the_reference():
    dev = "cuda"
    v, f = _sphere(dev)
    field = TextureField(TextureFieldConfig(levels=4, log2_table_size=12, max_resolution=64),
                         generator=torch.Generator().manual_seed(0)).to(dev)
    with torch.no_grad():
        field.mlp[-1].bias.copy_(torch.tensor([1.0, -1.0, 0.0]))
    az = torch.tensor([0.0, 120.0, 240.0])
    cams = orbit_cameras(torch.full_like(az, 20.0), az, distance=1.5, device=dev)
    light = torch.nn.functional.normalize(cams.campos, dim=-1)
    bg = torch.rand(3, 3, generator=torch.Generator().manual_seed(1)).to(dev)
    outs = {}
    for name in ("nvdiffrast", "torch"):
        r = get_rasterizer(dev, backend=name)
        outs[name] = render_shaded(r, v, f, cams, (128, 128), field,
                                   ["albedo", "diffuse", "textureless"], light, bg).rgb
    assert (outs["nvdiffrast"] - outs["torch"]).abs().mean() < 5e-3
    uvm = uv_unwrap(v.cpu().numpy(), f.cpu().numpy(), 256)
    imgs = {}
    for name in ("nvdiffrast", "torch"):
        imgs[name], _ = bake_texture(get_rasterizer(dev, backend=name), torch.tensor(uvm.verts, device=dev),
                                     torch.tensor(uvm.faces, device=dev), torch.tensor(uvm.uvs, device=dev),
                                     field.query, size=256)
    diff = np.abs(imgs["nvdiffrast"].astype(int) - imgs["torch"].astype(int))
    assert np.mean(diff) < 2.0


def test_refine_runs_on_cuda(sketches_dir, tmp_path):
    from sketch2real.geometry.readers import read_sketch
    from sketch2real.pipeline.events import Completed, Preview
    from sketch2real.pipeline.plan import resolve_plan
    from sketch2real.pipeline.request import RefineRequest
    from sketch2real.pipeline.runner import LocalRunner

    sketch = read_sketch(sketches_dir / "cassie" / "chair.curves")
    events = []
    plan = resolve_plan(RefineRequest(prompt="a chair", model="tiny-random", device="cuda",
                                      preset="preview", steps=40, texture_size=512,
                                      preview_interval_s=0.5))
    result = LocalRunner()(sketch, plan, tmp_path, events.append, lambda: False)
    assert isinstance(result, Completed)
    assert result.report.rasterizer == "nvdiffrast"
    assert result.report.stroke_to_surface["mean"] <= 0.03
    assert result.report.peak_gpu_memory_bytes > 0
    assert any(isinstance(e, Preview) for e in events)
    assert trimesh.load(result.files["glb"], force="mesh").visual.kind == "texture"
