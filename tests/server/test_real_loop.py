"""The server on the real refinement loop (``sketch2real.pipeline.runner.LocalRunner``) with the
analytic prior on the CPU: one job end to end, then a cancelled one (about 20 s on a 2-core CPU).
The other server tests use the stand-in runner, which has the same signature and is faster."""

from __future__ import annotations

import time

import pytest
import trimesh
from server_helpers import chair_sketch, kinds, make_server

from sketch2real.client import Client
from sketch2real.pipeline.runner import LocalRunner
from sketch2real.server.app import resolve_runner

pytestmark = [pytest.mark.slow]


def test_refine_runner_runs_on_the_servers_prior():
    """The real runner is the default and uses the prior the server owns; no silent fallback."""
    server_priors = object()
    name, load = resolve_runner("refine", server_priors)
    runner = load()
    assert name == "refine" and isinstance(runner, LocalRunner) and runner.priors is server_priors
    with pytest.raises(ValueError, match="unknown runner"):
        resolve_runner("auto", server_priors)


def test_real_loop_job_streams_previews_completes_and_cancels(tmp_path):
    server = make_server(tmp_path / "data", runner="refine", model="analytic")
    try:
        with Client(f"127.0.0.1:{server.port}", timeout=60) as c:
            events = list(c.refine(chair_sketch(), "a wooden chair", preset="preview", steps=4,
                                   texture_size=128, max_faces=2000))
            assert [e.seq for e in events] == list(range(1, len(events) + 1))
            assert events[-1].HasField("completed"), Client.describe(events[-1])
            assert {"stage_started", "progress", "preview"} <= set(kinds(events))
            path = c.download(events[0].job_id, tmp_path / "chair.glb")
            assert len(trimesh.load(path, force="mesh").faces) == \
                events[-1].completed.mesh.triangle_count
            job_id = c.submit(chair_sketch(), "a chair", preset="preview")
            stream = c.watch(job_id)
            for ev in stream:
                if ev.HasField("progress") and ev.progress.stage != "fit":
                    break
            t0 = time.monotonic()
            c.cancel(job_id)
            last = list(stream)[-1]
            took = time.monotonic() - t0
            assert last.HasField("cancelled")
            assert took < 1.0, f"the cancel took {took:.2f} s to reach the loop"
    finally:
        server.stop(grace_seconds=1.0)
