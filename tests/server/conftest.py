"""Fixtures for the server tests: a real gRPC server on a loopback port (CPU) with the stand-in
runner (the real loop takes minutes per job on a 2-core CPU; see test_real_loop.py)."""

from __future__ import annotations

import pytest
from server_helpers import make_server

from sketch2real.client import Client


@pytest.fixture
def server(tmp_path):
    s = make_server(tmp_path / "data")
    yield s
    s.stop(grace_seconds=0.5)


@pytest.fixture
def client(server):
    with Client(f"127.0.0.1:{server.port}", timeout=20.0) as c:
        yield c


