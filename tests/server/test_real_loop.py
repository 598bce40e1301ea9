"""The server on the real refinement loop (``sketch2real.pipeline.refine``) with the analytic
prior on the CPU: one job end to end, then a cancelled one. A preview job takes minutes on a
2-core CPU (the SDF fit alone is most of it), so this runs only with SKETCH2REAL_REAL_LOOP=1;
every other server test uses the stand-in runner, which has the same signature."""

from __future__ import annotations

import os
import time

import pytest
import trimesh
from server_helpers import chair_sketch, kinds, make_server

from sketch2real.client import Client
from sketch2real.server.app import refine_available

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("SKETCH2REAL_REAL_LOOP") != "1",
                       reason="minutes per job on a CPU; set SKETCH2REAL_REAL_LOOP=1"),
    pytest.mark.skipif(not refine_available(), reason="sketch2real.pipeline.refine not there"),
]


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
            assert last.HasField("cancelled")
            print(f"real loop: cancel took {time.monotonic() - t0:.2f}s")
    finally:
        server.stop(grace_seconds=1.0)
