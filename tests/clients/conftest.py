"""Fixtures for the client tests: a real server on a loopback port (CPU). It runs the stand-in
runner (same events and files as the real loop, a fraction of a second per job); with
SKETCH2REAL_REAL_LOOP=1 it runs the real refinement loop with the analytic prior instead
(minutes per job on a 2-core CPU)."""

from __future__ import annotations

import os

import pytest


@pytest.fixture
def server(tmp_path):
    from sketch2real.server.app import Server
    from sketch2real.server.config import ServerConfig

    real = os.environ.get("SKETCH2REAL_REAL_LOOP") == "1"
    cfg = ServerConfig(host="127.0.0.1", port=0, data_dir=tmp_path / "server-data", device="cpu",
                       model="analytic")
    s = Server(cfg, runner="refine" if real else "standin", standin_step_seconds=0.02)
    s.start()
    yield s
    s.stop(grace_seconds=0.5)
