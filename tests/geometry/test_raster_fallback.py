"""Where nvdiffrast is missing, fails to build or fails to load, the automatic choice on CUDA
falls back to the PyTorch rasterizer with one warning, remembers why, and says so. Tested on the
CPU by making ``import nvdiffrast`` fail: the decision needs no CUDA (the PyTorch backend is
built without touching the device)."""

from __future__ import annotations

import logging

import pytest
import torch

from sketch2real.geometry import raster
from sketch2real.geometry.raster import TorchRasterizer


def _warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.levelno == logging.WARNING and r.name.startswith("sketch2real.geometry.raster")]


def test_cuda_falls_back_to_torch_with_one_warning(no_nvdiffrast, caplog):
    assert raster.rasterizer_status("cuda").backend == "torch"          # predicted, not tried
    assert raster.rasterizer_status("cuda").known is False
    with caplog.at_level(logging.WARNING):
        first = raster.get_rasterizer("cuda")
        second = raster.get_rasterizer(torch.device("cuda"))
    assert isinstance(first, TorchRasterizer) and isinstance(second, TorchRasterizer)
    assert first.name == "torch"
    warnings = _warnings(caplog)
    assert len(warnings) == 1, warnings
    assert "nvdiffrast is not installed" in warnings[0] and "PyTorch rasterizer" in warnings[0]
    status = raster.rasterizer_status("cuda")
    assert status.backend == "torch" and status.fallback and status.known
    assert "not installed" in status.reason
    assert status.describe().startswith("torch (nvdiffrast is not installed")


def test_a_failed_build_is_tried_once(no_nvdiffrast, caplog):
    calls = []

    def broken_build():
        calls.append(1)
        raise RuntimeError("Error building extension 'nvdiffrast_plugin'\nninja: build stopped")

    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            backend, status = raster.choose("cuda", broken_build)
            assert backend is None and status.backend == "torch"
    assert len(calls) == 1 and len(_warnings(caplog)) == 1
    assert status.reason == "nvdiffrast failed to load: Error building extension 'nvdiffrast_plugin'"


def test_out_of_memory_is_not_hidden_by_the_fallback(no_nvdiffrast):
    def oom():
        raise torch.OutOfMemoryError("CUDA out of memory")

    with pytest.raises(torch.OutOfMemoryError):
        raster.choose("cuda", oom)
    assert raster.rasterizer_status("cuda").known is False     # nothing remembered


def test_a_working_nvdiffrast_is_chosen(no_nvdiffrast):
    class Fake:
        name = "nvdiffrast"

    backend, status = raster.choose("cuda", Fake)
    assert isinstance(backend, Fake) and status.backend == "nvdiffrast" and not status.reason
    assert raster.rasterizer_status("cuda").backend == "nvdiffrast"


def test_the_environment_names_the_backend(no_nvdiffrast, monkeypatch):
    monkeypatch.setenv(raster.ENV_VAR, "torch")
    backend, status = raster.choose("cuda", lambda: pytest.fail("nvdiffrast must not be tried"))
    assert backend is None and status.reason == f"{raster.ENV_VAR}=torch"
    assert raster.rasterizer_status("cuda").backend == "torch"
    assert raster.get_rasterizer("cpu").name == "torch"          # the CPU ignores it
    monkeypatch.setenv(raster.ENV_VAR, "opengl")
    with pytest.raises(ValueError, match="opengl"):
        raster.get_rasterizer("cuda")


def test_a_named_backend_is_not_replaced(no_nvdiffrast):
    with pytest.raises(ImportError):
        raster.get_rasterizer("cuda", backend="nvdiffrast")
    assert raster.rasterizer_status("cpu") == raster.RasterStatus("torch", "")
