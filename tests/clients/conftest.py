"""Fixtures for the client tests: a real server on a loopback port (CPU).

``server`` runs the stand-in runner (same events and files as the real loop, a fraction of a
second per job; SKETCH2REAL_REAL_LOOP=1 switches it to the real loop); ``real_server`` always runs
the real refinement loop with the analytic prior (seconds per job on a 2-core CPU), once in the
server's own process and once on a worker of a local Ray cluster behind the front (skipped where
Ray is not installed; under CI it must be)."""

from __future__ import annotations

import os

import pytest


def _start(tmp_path, runner: str, executor=None):
    from sketch2real.server.app import Server
    from sketch2real.server.config import ServerConfig

    cfg = ServerConfig(host="127.0.0.1", port=0, data_dir=tmp_path / "server-data", device="cpu",
                       model="analytic")
    s = Server(cfg, runner=runner, standin_step_seconds=0.02, executor=executor)
    s.start()
    return s


def _ray_executor():
    if os.environ.get("CI") != "true":
        pytest.importorskip("ray", reason="Ray is not installed (the cluster extra)")
    from sketch2real.server.ray_pool import RayConfig, RayExecutor, RayPool

    return RayExecutor(RayPool(RayConfig(address="local", workers=1, worker_threads=1),
                               "analytic", "cpu"))


@pytest.fixture
def server(tmp_path):
    real = os.environ.get("SKETCH2REAL_REAL_LOOP") == "1"
    s = _start(tmp_path, "refine" if real else "standin")
    yield s
    s.stop(grace_seconds=0.5)


@pytest.fixture(params=["local", "ray"])
def real_server(request, tmp_path):
    # One intra-op thread, as the pipeline tests: on a shared 2-core machine two OpenMP threads
    # spin against Blender and other processes and a fit step takes seconds instead of 0.1 s.
    import torch

    executor = _ray_executor() if request.param == "ray" else None
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    s = _start(tmp_path, "refine", executor)
    yield s
    s.stop(grace_seconds=0.5)
    if executor is not None:
        executor.close()
    torch.set_num_threads(before)
