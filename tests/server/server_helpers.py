"""Helpers for the server tests: a real gRPC server on a loopback port (CPU), with the stand-in
runner by default (the real loop takes minutes per job on a 2-core CPU), and request builders.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from sketch2real.client import Client
from sketch2real.geometry.examples import EXAMPLES
from sketch2real.wire._generated import sketch2real_pb2 as pb
from sketch2real.server.app import Server
from sketch2real.server.config import ServerConfig, ServerLimits

TOKEN = "test-token-0123456789abcdef"


def make_server(data_dir: Path, *, runner="standin", step=0.005, tokens=None, limits=None,
                **config) -> Server:
    cfg = ServerConfig(host="127.0.0.1", port=0, data_dir=Path(data_dir), device="cpu",
                       tokens=dict(tokens or {}), limits=limits or ServerLimits(), **config)
    server = Server(cfg, runner=runner, standin_step_seconds=step)
    server.start()
    return server


def chair_sketch() -> "pb.Sketch":
    strokes = [Client.stroke(np.asarray(p, np.float32), radius=0.01) for p in EXAMPLES["chair"]()]
    return Client.stroke_sketch(strokes)


def submit_request(prompt="a wooden chair", *, steps=0, preset="preview", priority="interactive",
                   **options) -> "pb.SubmitRequest":
    opts = Client.options(prompt, preset=preset, steps=steps, **options)
    return pb.SubmitRequest(sketch=chair_sketch(), options=opts,
                            priority=pb.Priority.Value(f"PRIORITY_{priority.upper()}"))


def wait_for(predicate, timeout=10.0, interval=0.02, what="condition"):
    """Poll ``predicate`` until it is truthy (bounded); returns its value."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def kinds(events) -> list[str]:
    return [e.WhichOneof("event") for e in events]


