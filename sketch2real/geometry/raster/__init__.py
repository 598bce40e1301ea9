"""Rasterizer backends behind one interface (``RasterBackend``), mirroring nvdiffrast's
rasterize / interpolate / antialias so the CUDA path and the CPU reference are interchangeable.

``get_rasterizer(device)`` picks nvdiffrast on CUDA and the pure-PyTorch backend on CPU.
"""

from __future__ import annotations

import torch

from .base import RasterBackend
from .torch_backend import TorchRasterizer

BACKENDS = {
    "torch": lambda device: TorchRasterizer(),
    "nvdiffrast": lambda device: _nvdiffrast(device),
}


def _nvdiffrast(device):
    from .nvdiffrast_backend import NvdiffrastRasterizer

    return NvdiffrastRasterizer(device)


def get_rasterizer(device: torch.device | str = "cpu", backend: str | None = None) -> RasterBackend:
    """The rasterizer for ``device``: ``nvdiffrast`` on CUDA, ``torch`` on CPU (or as named)."""
    device = torch.device(device)
    if backend is None:
        backend = "nvdiffrast" if device.type == "cuda" else "torch"
    if backend not in BACKENDS:
        raise ValueError(f"unknown rasterizer backend {backend!r}; choose from {sorted(BACKENDS)}")
    if backend == "nvdiffrast" and device.type != "cuda":
        raise ValueError("the nvdiffrast backend needs a CUDA device")
    return BACKENDS[backend](device)


__all__ = ["RasterBackend", "TorchRasterizer", "get_rasterizer", "BACKENDS"]
