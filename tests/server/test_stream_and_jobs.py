"""A real server on loopback (stand-in runner): the full Refine stream, results that download and
load, resume after a dropped stream, cancel within a second, priorities, retention."""

from __future__ import annotations

import io
import time

import grpc
import numpy as np
import pytest
import trimesh
from server_helpers import chair_sketch, kinds, make_server, submit_request, wait_for

from sketch2real.client import Client, ServerError
from sketch2real.server import convert
from sketch2real.wire._generated import sketch2real_pb2 as pb
from sketch2real.wire._generated import sketch2real_pb2_grpc as pb_grpc


def _check_mesh(mesh: "pb.Mesh") -> dict:
    arrays = convert.mesh_from_proto(mesh)
    v, f = arrays["vertices"], arrays["faces"]
    assert len(v) == mesh.vertex_count > 0 and len(f) == mesh.triangle_count > 0
    assert np.isfinite(v).all() and int(f.max()) < len(v)
    assert arrays["colors"].shape == (len(v), 4)
    assert np.allclose(np.linalg.norm(arrays["normals"], axis=1), 1.0, atol=1e-4)
    return arrays


def test_refine_stream_previews_and_result_download(client, tmp_path):
    events = list(client.refine(chair_sketch(), "a wooden chair", preset="preview"))
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert len({e.job_id for e in events}) == 1
    k = kinds(events)
    assert k[0] == "queued" and k[-1] == "completed"
    assert {"stage_started", "progress", "preview"} <= set(k)
    stages = [e.stage_started.stage for e in events if e.HasField("stage_started")]
    assert stages == ["fit", "sds", "bridge", "export"]
    for e in events:
        if e.HasField("preview"):
            _check_mesh(e.preview.mesh)
        if e.HasField("progress"):
            assert 1 <= e.progress.step <= e.progress.total_steps and e.progress.eta_seconds >= 0
    done = events[-1].completed
    arrays = _check_mesh(done.mesh)
    assert arrays["uvs"].shape == (done.mesh.vertex_count, 2)
    assert done.mesh.texture_png.startswith(b"\x89PNG")
    # The stand-in's result sits where the chair is (y in [0, 0.95] m): the sketch's frame.
    lo, hi = arrays["vertices"].min(0), arrays["vertices"].max(0)
    assert abs(lo[1]) < 0.05 and abs(hi[1] - 0.95) < 0.05
    assert sorted(done.formats) == [pb.FORMAT_GLB, pb.FORMAT_OBJ, pb.FORMAT_PLY]
    job_id = events[0].job_id
    for fmt in ("glb", "obj", "ply"):
        path = client.download(job_id, tmp_path / f"result.{fmt}", fmt, chunk_bytes=4096)
        mesh = trimesh.load(path, force="mesh")
        assert len(mesh.faces) == done.mesh.triangle_count
        assert np.allclose(mesh.bounds, [lo, hi], atol=1e-4)
    data = client.download(job_id, format="glb")
    assert trimesh.load(io.BytesIO(data), file_type="glb", force="mesh").faces.shape[0] > 0
    job = client.get_job(job_id)
    assert job.state == pb.JOB_STATE_COMPLETED and job.attempts == 1
    assert job.last_seq == events[-1].seq and job.options.prompt == "a wooden chair"
    assert job.options.preset == pb.PRESET_PREVIEW and job.sketch_kind == "strokes"
    assert [j.job_id for j in client.iter_jobs()] == [job_id]
    info = client.server_info()
    assert info.api_version == "sketch2real.v1" and info.runner == "standin"
    assert info.limits.max_prompt_chars == 500 and "tilt" in info.sketch_formats


def test_submit_file_and_mesh_inputs(client, tmp_path):
    from sketch2real.geometry.readers.curves import write_curves
    from sketch2real.geometry.examples import EXAMPLES

    path = tmp_path / "vase.curves"
    write_curves(EXAMPLES["vase"](), path)
    a = client.submit(Client.file_sketch(path), "a vase", preset="preview")
    box = trimesh.creation.box(extents=(0.2, 0.3, 0.4))
    b = client.submit(Client.mesh_sketch(box.vertices, box.faces,
                                         np.full((len(box.vertices), 4), 200, np.uint8)),
                      "a box", preset="preview", formats=("ply",))
    assert client.wait(a).completed.mesh.triangle_count > 0
    done = client.wait(b).completed
    assert list(done.formats) == [pb.FORMAT_PLY]
    assert client.get_job(b).sketch_kind == "mesh"
    with pytest.raises(ServerError) as err:
        client.download(b, format="glb")
    assert err.value.code == grpc.StatusCode.NOT_FOUND


def test_resume_after_dropped_stream_loses_and_repeats_nothing(server):
    channel = grpc.insecure_channel(f"127.0.0.1:{server.port}")
    stub = pb_grpc.Sketch2RealStub(channel)
    call = stub.Refine(submit_request(steps=60))
    first = [next(call) for _ in range(4)]
    call.cancel()  # the client goes away mid-stream
    channel.close()
    job_id = first[0].job_id
    with Client(f"127.0.0.1:{server.port}") as c:
        job = c.get_job(job_id)
        assert job.state in (pb.JOB_STATE_QUEUED, pb.JOB_STATE_RUNNING)  # it kept going
        rest = list(c.watch(job_id, after_seq=first[-1].seq))
        seqs = [e.seq for e in first + rest]
        assert seqs == list(range(1, len(seqs) + 1))
        assert rest[-1].HasField("completed")
        # A finished job replays from any point, and Watch past the end returns at once.
        again = list(c.watch(job_id, after_seq=2))
        assert [e.seq for e in again] == seqs[2:]
        live = (first + rest)[2:]
        assert [kinds([e]) for e in again] == [kinds([e]) for e in live]
        # Stored previews but the last lost their mesh when the job ended; nothing else changed.
        previews = [e for e in again if e.HasField("preview")]
        assert len(previews) >= 2
        assert previews[-1].preview.HasField("mesh")
        assert not any(p.preview.HasField("mesh") for p in previews[:-1])
        for a, b in zip(again, live):
            if a.HasField("preview"):
                b = pb.JobEvent.FromString(b.SerializeToString())
                if not a.preview.HasField("mesh"):
                    b.preview.ClearField("mesh")
            assert a == b
        assert list(c.watch(job_id, after_seq=seqs[-1])) == []


def test_follow_resumes_a_stream_in_the_middle(client):
    job_id = client.submit(chair_sketch(), "a chair", preset="preview", steps=30)
    seen = []
    for ev in client.follow(job_id):
        seen.append(ev.seq)
        if len(seen) == 3:
            break
    rest = [ev.seq for ev in client.follow(job_id, after_seq=seen[-1])]
    assert seen + rest == list(range(1, len(seen) + len(rest) + 1))


def test_cancel_reaches_the_loop_within_a_second(client):
    job_id = client.submit(chair_sketch(), "a chair", preset="preview", steps=5000)
    events = client.watch(job_id)
    for ev in events:
        if ev.HasField("progress"):
            break
    t0 = time.monotonic()
    resp = client.cancel(job_id)
    assert resp.state == pb.JOB_STATE_RUNNING and resp.cancel_requested
    last = None
    for last in events:
        pass
    elapsed = time.monotonic() - t0
    assert last is not None and last.HasField("cancelled"), last
    assert elapsed < 1.0, f"cancel took {elapsed:.2f}s"
    job = client.get_job(job_id)
    assert job.state == pb.JOB_STATE_CANCELLED
    with pytest.raises(ServerError) as err:
        client.download(job_id)
    assert err.value.code == grpc.StatusCode.FAILED_PRECONDITION
    # Cancelling a finished job changes nothing.
    assert client.cancel(job_id).state == pb.JOB_STATE_CANCELLED


def test_queued_job_cancels_at_once_and_interactive_runs_before_batch(client):
    blocker = client.submit(chair_sketch(), "blocker", preset="preview", steps=5000)
    wait_for(lambda: client.get_job(blocker).state == pb.JOB_STATE_RUNNING, what="blocker runs")
    batch = client.submit(chair_sketch(), "batch", preset="preview", priority="batch")
    doomed = client.submit(chair_sketch(), "doomed", preset="preview", priority="batch")
    inter = client.submit(chair_sketch(), "interactive", preset="preview")
    assert client.get_job(inter).queue_position == 0
    assert client.get_job(batch).queue_position == 1
    assert client.cancel(doomed).state == pb.JOB_STATE_CANCELLED
    assert kinds(client.watch(doomed)) == ["queued", "cancelled"]
    client.cancel(blocker)
    client.wait(batch)
    a, b = client.get_job(inter), client.get_job(batch)
    assert a.state == b.state == pb.JOB_STATE_COMPLETED
    assert a.started_time < b.started_time
    states = {j.job_id: j.state for j in client.iter_jobs(page_size=2)}
    assert len(states) == 4 and states[doomed] == pb.JOB_STATE_CANCELLED
    only = [j.job_id for j in client.iter_jobs(states=["cancelled"])]
    assert sorted(only) == sorted([doomed, blocker])


def test_request_id_makes_submit_idempotent(client):
    req = dict(preset="preview", request_id="retry-me-1")
    a = client.submit(chair_sketch(), "a chair", **req)
    b = client.submit(chair_sketch(), "a chair", **req)
    assert a == b
    assert len(list(client.iter_jobs())) == 1


def test_retention_deletes_old_finished_jobs_and_files(tmp_path):
    server = make_server(tmp_path / "data", retention_seconds=3600.0, max_finished_jobs=2)
    try:
        with Client(f"127.0.0.1:{server.port}") as c:
            ids = [c.submit(chair_sketch(), f"chair {i}", preset="preview") for i in range(3)]
            for job_id in ids:
                c.wait(job_id)
            assert server.manager.sweep() == [ids[0]]          # beyond the newest 2
            assert not (server.manager.jobs_dir / ids[0]).exists()
            with pytest.raises(ServerError) as err:
                c.get_job(ids[0])
            assert err.value.code == grpc.StatusCode.NOT_FOUND
            gone = server.manager.sweep(now=time.time() + 7200)  # past the retention period
            assert sorted(gone) == sorted(ids[1:])
            assert list(c.iter_jobs()) == []
    finally:
        server.stop(grace_seconds=0.5)


def test_graceful_stop_requeues_the_running_job_and_restart_finishes_it(tmp_path):
    server = make_server(tmp_path / "data", step=0.01)
    with Client(f"127.0.0.1:{server.port}") as c:
        job_id = c.submit(chair_sketch(), "a chair", preset="preview", steps=3000)
        wait_for(lambda: c.get_job(job_id).state == pb.JOB_STATE_RUNNING, what="job runs")
    server.stop(grace_seconds=0.2)
    again = make_server(tmp_path / "data", step=0.0002)
    try:
        with Client(f"127.0.0.1:{again.port}") as c:
            events = list(c.follow(job_id))
            reasons = [e.queued.reason for e in events if e.HasField("queued")]
            assert reasons == ["submitted", "requeued at server shutdown"]
            assert events[-1].HasField("completed")
            assert [e.seq for e in events] == list(range(1, len(events) + 1))
            assert c.get_job(job_id).attempts == 2
    finally:
        again.stop(grace_seconds=0.5)
