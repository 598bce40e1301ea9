"""Property-based: random and mutated requests thrown at every method. The server answers each
with a status from the documented set (never INTERNAL or UNKNOWN), never dies, stays SERVING,
and still completes a good job afterwards."""

from __future__ import annotations

import dataclasses

import grpc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from server_helpers import chair_sketch, make_server, submit_request

from sketch2real.client import Client
from sketch2real.wire._generated import sketch2real_pb2 as pb
from sketch2real.server.config import ServerLimits

ALLOWED = {grpc.StatusCode.OK, grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.NOT_FOUND,
           grpc.StatusCode.RESOURCE_EXHAUSTED, grpc.StatusCode.FAILED_PRECONDITION}
UNARY = ("Submit", "Cancel", "GetJob", "ListJobs", "GetServerInfo")
STREAMS = ("Refine", "Watch", "DownloadResult")
FUZZ = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory):
    limits = dataclasses.replace(ServerLimits(), max_message_bytes=256 * 1024, max_steps=50,
                                 max_points=5000, max_triangles=5000, max_queued_per_client=4,
                                 max_queued_total=8)
    server = make_server(tmp_path_factory.mktemp("fuzz"), limits=limits, step=0.0005)
    channel = grpc.insecure_channel(f"127.0.0.1:{server.port}")
    yield server, channel
    channel.close()
    server.stop(grace_seconds=0.5)


def _call(channel, method: str, payload: bytes) -> grpc.StatusCode:
    path = f"/sketch2real.v1.Sketch2Real/{method}"
    try:
        if method in STREAMS:
            call = channel.unary_stream(path)(payload, timeout=10)
            for n, _ in enumerate(call):
                if n >= 3:  # a valid stream: enough, let it go (the job runs on)
                    call.cancel()
                    return grpc.StatusCode.OK
        else:
            channel.unary_unary(path)(payload, timeout=10)
        return grpc.StatusCode.OK
    except grpc.RpcError as err:
        if err.code() == grpc.StatusCode.CANCELLED:
            return grpc.StatusCode.OK
        assert err.code() in ALLOWED, (method, err.code(), err.details())
        assert err.details() and "Traceback" not in err.details()
        return err.code()


VALID = submit_request(steps=3).SerializeToString()


@FUZZ
@given(method=st.sampled_from(UNARY + STREAMS), payload=st.binary(max_size=512))
def test_random_bytes_to_every_method(fuzz_server, method, payload):
    _, channel = fuzz_server
    _call(channel, method, payload)


@FUZZ
@given(data=st.data())
def test_mutated_valid_requests(fuzz_server, data):
    _, channel = fuzz_server
    raw = bytearray(VALID)
    for _ in range(data.draw(st.integers(1, 8), label="mutations")):
        op = data.draw(st.sampled_from(("flip", "cut", "insert", "delete")))
        if not raw:
            break
        i = data.draw(st.integers(0, len(raw) - 1))
        if op == "flip":
            raw[i] ^= data.draw(st.integers(1, 255))
        elif op == "cut":
            del raw[i:]
        elif op == "insert":
            raw[i:i] = data.draw(st.binary(min_size=1, max_size=16))
        else:
            del raw[i:i + data.draw(st.integers(1, 16))]
    _call(channel, data.draw(st.sampled_from(("Submit", "Refine"))), bytes(raw))


floats = st.floats(allow_nan=True, allow_infinity=True, width=32)
stroke = st.builds(
    lambda pts, radii, colors, radius, rgba, ori, brush: pb.Stroke(
        points=pts, radii=radii, colors=colors, radius=radius, rgba=rgba, orientations=ori,
        brush=brush),
    st.lists(floats, max_size=60).map(lambda v: Client.stroke(v).points) | st.binary(max_size=64),
    st.binary(max_size=32), st.binary(max_size=32), floats, st.integers(0, 2 ** 32 - 1),
    st.binary(max_size=32), st.text(max_size=80))
sketch = st.one_of(
    st.builds(lambda s: pb.Sketch(strokes=pb.StrokeSketch(strokes=s)), st.lists(stroke, max_size=4)),
    st.builds(lambda p, i, c: pb.Sketch(mesh=pb.MeshSketch(positions=p, indices=i, colors=c)),
              st.lists(floats, max_size=36).map(lambda v: Client.stroke(v).points),
              st.lists(st.integers(0, 2 ** 32 - 1), max_size=24).map(
                  lambda v: Client.mesh_sketch([], v).mesh.indices),
              st.binary(max_size=16)),
    st.builds(lambda d, f, n: pb.Sketch(file=pb.SketchFile(data=d, format=f, name=n)),
              st.binary(max_size=256), st.sampled_from(["", "tilt", "curves", "apa", "obj", "ply",
                                                        "glb", "gltf", "stl", "off", "zip"]),
              st.text(max_size=40)),
    st.just(pb.Sketch()))
options = st.builds(
    lambda prompt, m, p, seed, steps, faces, tex, fit, fmts, iv, pf, front: pb.RefineOptions(
        prompt=prompt, method=m, preset=p, seed=seed, steps=steps, max_faces=faces,
        texture_size=tex, fit_mode=fit, formats=fmts, preview_interval_s=iv,
        preview_max_faces=pf, front=front),
    st.text(max_size=600), st.integers(0, 9), st.integers(0, 9), st.integers(0, 2 ** 64 - 1),
    st.integers(0, 200), st.integers(0, 2 ** 32 - 1), st.integers(0, 10_000), st.integers(0, 5),
    st.lists(st.integers(0, 6), max_size=4), floats, st.integers(0, 2 ** 32 - 1),
    st.lists(floats, max_size=4))


@FUZZ
@given(sketch=sketch, options=options, priority=st.integers(0, 5),
       request_id=st.text(max_size=70))
def test_random_structured_submits(fuzz_server, sketch, options, priority, request_id):
    _, channel = fuzz_server
    req = pb.SubmitRequest(sketch=sketch, options=options, priority=priority,
                           request_id=request_id)
    _call(channel, "Submit", req.SerializeToString())


@FUZZ
@given(job_id=st.text(max_size=40) | st.sampled_from(["0" * 32, "f" * 32]),
       after=st.integers(0, 2 ** 64 - 1), fmt=st.integers(0, 9), chunk=st.integers(0, 2 ** 32 - 1),
       page=st.integers(0, 300), token=st.text(max_size=30), states=st.lists(st.integers(0, 9)))
def test_random_job_requests(fuzz_server, job_id, after, fmt, chunk, page, token, states):
    _, channel = fuzz_server
    _call(channel, "Watch", pb.WatchRequest(job_id=job_id, after_seq=after).SerializeToString())
    _call(channel, "DownloadResult", pb.DownloadResultRequest(
        job_id=job_id, format=fmt, chunk_bytes=chunk).SerializeToString())
    _call(channel, "Cancel", pb.CancelRequest(job_id=job_id).SerializeToString())
    _call(channel, "ListJobs", pb.ListJobsRequest(page_size=page, page_token=token,
                                                  states=states).SerializeToString())


def test_server_survived_the_fuzzing(fuzz_server):
    server, _ = fuzz_server
    with Client(f"127.0.0.1:{server.port}") as c:
        assert c.health() == "SERVING"
        internal = [j.failure.message for j in c.iter_jobs(states=["failed"])
                    if j.failure.code == pb.FAILURE_CODE_INTERNAL]
        assert internal == []
        for job in c.iter_jobs(states=["queued", "running"]):
            c.cancel(job.job_id)
        job_id = c.submit(chair_sketch(), "a chair", preset="preview", steps=3)
        assert c.wait(job_id).completed.mesh.triangle_count > 0
