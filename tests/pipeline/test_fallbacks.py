"""The product runs wherever CUDA does: without nvdiffrast the report and ``doctor`` say that the
PyTorch rasterizer ran and why; without pymeshlab export decimates by vertex clustering and the
server still starts; too little GPU memory is one clear line; the UNet compile hook is owned by
the ``PriorOwner`` and never runs on the CPU by accident. All on the CPU."""

from __future__ import annotations

import json
import sys

import numpy as np
import pytest
import torch
import trimesh

from sketch2real.geometry import raster
from sketch2real.geometry.examples import EXAMPLES
from sketch2real.geometry.readers import read_sketch
from sketch2real.geometry.readers.curves import write_curves
from sketch2real.guidance import load_prior
from sketch2real.pipeline import refine as refine_mod
from sketch2real.pipeline.events import Completed
from sketch2real.pipeline.plan import resolve_plan
from sketch2real.pipeline.request import RefineRequest


@pytest.fixture
def no_pymeshlab(monkeypatch):
    monkeypatch.setitem(sys.modules, "pymeshlab", None)


@pytest.fixture
def no_open3d(monkeypatch):
    monkeypatch.setitem(sys.modules, "open3d", None)


@pytest.fixture(scope="module")
def example_chair(tmp_path_factory):
    path = tmp_path_factory.mktemp("sketch") / "chair.curves"
    write_curves(EXAMPLES["chair"](), path)
    return read_sketch(str(path))


def _plan(**kw):
    base = dict(prompt="a red chair", model="analytic", device="cpu", preset="preview", steps=4,
                texture_size=64, max_faces=300, formats=("ply", "glb"))
    return resolve_plan(RefineRequest(**{**base, **kw}))


def test_report_says_torch_and_vertex_clustering(no_nvdiffrast, no_pymeshlab, no_open3d,
                                                 monkeypatch, example_chair, tmp_path):
    """A job on a GPU without nvdiffrast, pymeshlab or open3d, as on the lent GPU machine (the
    job runs on the CPU; the rasterizer status is the CUDA one, as recorded by a failed
    nvdiffrast import)."""
    raster.get_rasterizer("cuda")
    cuda_status = raster.rasterizer_status("cuda")
    monkeypatch.setattr(refine_mod, "rasterizer_status", lambda device: cuda_status)
    result = refine_mod.Refiner(_plan(), load_prior("analytic", "cpu")).run(
        example_chair, tmp_path / "out")
    assert isinstance(result, Completed)
    report = result.report.to_dict()
    assert report["rasterizer"] == "torch"
    notes = report["fallbacks"]
    assert any(n.startswith("rasterizer: torch (nvdiffrast is not installed") for n in notes), notes
    assert "decimate: vertex clustering (pymeshlab is not installed)" in notes
    assert "distances: PyTorch (open3d is not installed)" in notes
    assert 0 <= report["stroke_to_surface"]["mean"] < 0.1
    assert report["faces"] <= 300 and report["prior_compiled"] is False
    assert report["time_to_first_preview_from_job_start_s"] >= report["time_to_first_preview_s"]
    assert trimesh.load(result.files["glb"], force="mesh").visual.kind == "texture"


def test_decimation_without_pymeshlab(no_pymeshlab):
    from sketch2real.pipeline.finish import decimate_to_budget

    m = trimesh.creation.icosphere(subdivisions=4)
    v, f, note = decimate_to_budget(m.vertices, m.faces, 1000)
    assert 0 < f.shape[0] <= 1000 and note == "decimate: vertex clustering (pymeshlab is not installed)"
    assert v.dtype == np.float64 and f.dtype == np.int64
    v2, f2, note2 = decimate_to_budget(m.vertices, m.faces, 10 ** 6)    # within budget: as is
    assert f2.shape == m.faces.shape and note2 == ""


def test_native_libs_without_pymeshlab(no_pymeshlab):
    from sketch2real.pipeline.native_libs import load_on_main_thread

    assert load_on_main_thread() is False


def test_doctor_says_torch_without_nvdiffrast(no_nvdiffrast, capsys):
    from sketch2real.commands import doctor

    before = doctor.check_rasterizer(cuda=True)
    assert before["backend"] == "torch" and before["known"] is False
    raster.get_rasterizer("cuda")                       # what refinement would do on a GPU
    after = doctor.check_rasterizer(cuda=True)
    assert after == {"backend": "torch", "known": True,
                     "reason": raster.rasterizer_status("cuda").reason}
    assert doctor.check_rasterizer(cuda=False)["backend"] == "torch"
    from sketch2real.cli import main

    assert main(["doctor", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rasterizer"]["backend"] == "torch"
    report = {**data, "cuda": {**data["cuda"], "available": True, "device": "GPU",
                               "memory_gb": 16.0, "capability": "8.9", "count": 1},
              "rasterizer": after}
    text = doctor._format(report, [])
    assert "rasterizer:  torch (nvdiffrast is not installed" in text
    assert "PyTorch fallback" in text


def test_out_of_memory_is_one_line_with_what_to_lower():
    plan = _plan(preset="standard", steps=None)
    refiner = refine_mod.Refiner(plan, load_prior("analytic", "cpu"))
    text = refiner._out_of_memory(torch.OutOfMemoryError("CUDA out of memory. Tried to "
                                                         "allocate 2.00 GiB\nmore lines"))
    assert "\n" not in text and "try --preset preview" in text
    assert "--texture-size (now 64)" in text and "Tried to allocate 2.00 GiB" in text


def test_prior_owner_does_not_compile_on_the_cpu():
    from sketch2real.pipeline.priors import PriorOwner

    owner = PriorOwner(compile=True)
    prior = owner.get("tiny-random", "cpu")
    assert owner.compile_seconds is None and prior.compiled is False


def test_compile_hook_and_eager_fallback():
    from sketch2real.guidance.errors import GuidanceConfigError

    prior = load_prior("tiny-random", "cpu")
    assert prior.unet_channels_last is False               # channels-last is for CUDA
    with pytest.raises(GuidanceConfigError, match="max-autotune"):
        prior.compile_unet(mode="max-autotune")
    prior.compile_unet(backend="eager")                    # lazy: nothing traced yet
    assert prior.compiled
    prior.use_eager_unet("a LoRA adapter")
    assert not prior.compiled
    prior.compile_unet()                                   # refused from now on
    assert not prior.compiled


def test_unwrap_in_parts_keeps_the_faces():
    from sketch2real.geometry.uv_unwrap import auto_pieces, split_faces, uv_unwrap

    m = trimesh.creation.icosphere(subdivisions=4)
    v, f = np.asarray(m.vertices), np.asarray(m.faces)
    parts = split_faces(v, f, 4)
    assert len(parts) == 4 and sorted(np.concatenate(parts).tolist()) == list(range(len(f)))
    uvm = uv_unwrap(v, f, 256, pieces=4)
    assert uvm.faces.shape == f.shape
    assert np.allclose(uvm.verts[uvm.faces], v[f].astype(np.float32))     # same faces, order
    assert np.allclose(uvm.verts, v[uvm.vmap].astype(np.float32))
    assert 0.0 <= uvm.uvs.min() and uvm.uvs.max() <= 1.0
    assert [auto_pieces(n) for n in (5_000, 12_000, 50_000, 10 ** 6)] == [1, 2, 8, 16]
