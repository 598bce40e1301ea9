"""Shared fixtures. The real VR sketches live beside the clone, in ``../shared/data/sketches``
(CI checks ``shared`` out next to the repository); tests that need them skip where it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SKETCHES_DIR = Path(os.environ.get("SKETCH2REAL_SKETCHES")
                    or REPO_ROOT / ".." / "shared" / "data" / "sketches").resolve()
"""``SKETCH2REAL_SKETCHES`` names another folder (the GPU check's copy on a lent machine)."""


@pytest.fixture(scope="session")
def sketches_dir() -> Path:
    """``../shared/data/sketches`` relative to the repository root (folders cassie/, tilt/,
    apainter/); skips the test with the reason when that folder is not there."""
    if not SKETCHES_DIR.is_dir():
        pytest.skip(f"real sketch data not found at {SKETCHES_DIR} "
                    "(expected ../shared beside the clone)")
    return SKETCHES_DIR



@pytest.fixture
def no_nvdiffrast(monkeypatch):
    """``import nvdiffrast`` raises ImportError; the rasterizer choice starts fresh and is reset
    after (the fallback tests in geometry, pipeline and server)."""
    import sys

    from sketch2real.geometry import raster

    monkeypatch.setitem(sys.modules, "nvdiffrast", None)
    monkeypatch.setitem(sys.modules, "nvdiffrast.torch", None)
    monkeypatch.delenv(raster.ENV_VAR, raising=False)
    raster.reset_choice()
    yield
    raster.reset_choice()

def pytest_collection_modifyitems(config, items):
    """Skip tests marked ``gpu`` where torch sees no CUDA device (CI, most laptops)."""
    import torch

    if torch.cuda.is_available():
        return
    skip = pytest.mark.skip(reason="needs a CUDA GPU (and nvdiffrast); none here")
    for item in items:
        if "gpu" in item.keywords:
            item.add_marker(skip)
