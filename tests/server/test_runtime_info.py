"""GetServerInfo says which rasterizer refinement uses on the server's device and whether the
UNet is compiled: "torch" on the CPU, and on a GPU whose nvdiffrast cannot be imported (made to
fail here), with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from server_helpers import make_server

from sketch2real.client import Client
from sketch2real.geometry import raster
from sketch2real.server.app import Server
from sketch2real.server.config import ServerConfig


def _info(server):
    with Client(f"127.0.0.1:{server.port}", timeout=20.0) as c:
        return c.server_info()


def test_cpu_server_renders_with_torch(tmp_path):
    server = make_server(tmp_path / "data")
    try:
        info = _info(server)
    finally:
        server.stop(grace_seconds=0.5)
    assert info.rasterizer == "torch" and info.rasterizer_note == ""
    assert info.unet_compiled is False and info.compile_seconds == 0.0


def test_gpu_server_without_nvdiffrast_says_torch(tmp_path, no_nvdiffrast):
    # The stand-in runner never touches the device, so a "cuda" server starts on a CPU machine.
    cfg = ServerConfig(host="127.0.0.1", port=0, data_dir=Path(tmp_path / "data"), device="cuda")
    server = Server(cfg, runner="standin", compile=True)
    server.start()
    try:
        before = _info(server)
        raster.get_rasterizer("cuda")          # what the refine runner's warm-up does on a GPU
        after = _info(server)
    finally:
        server.stop(grace_seconds=0.5)
    assert before.rasterizer == "torch" and "not installed" in before.rasterizer_note
    assert after.rasterizer == "torch"
    assert after.rasterizer_note.startswith("nvdiffrast is not installed")
    assert after.unet_compiled is False        # --compile applies to the refine runner only
    assert after.device == "cuda"


@pytest.mark.parametrize("flag", [[], ["--compile"]])
def test_serve_has_a_compile_flag(flag):
    import argparse

    from sketch2real.commands import serve

    p = argparse.ArgumentParser()
    serve.add_arguments(p)
    assert p.parse_args(flag).compile is bool(flag)
