"""Every bad input answered with its status code and a message naming the field or limit, while
the health check stays SERVING; 20 concurrent clients all served or told RESOURCE_EXHAUSTED;
token authentication and TLS."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import threading

import grpc
import numpy as np
import pytest
from server_helpers import TOKEN, chair_sketch, make_server, wait_for

from sketch2real.client import Client, ServerError
from sketch2real.wire._generated import sketch2real_pb2 as pb
from sketch2real.server.config import (ConfigError, ServerConfig, ServerLimits, check_config,
                                       read_token_file)

SMALL = ServerLimits(max_message_bytes=1024 * 1024, max_points=1000, max_triangles=500,
                     max_prompt_chars=50, max_steps=100, max_queued_per_client=2,
                     max_queued_total=10)
OK_STROKE = np.array([[0, 0, 0], [0.1, 0.2, 0], [0.2, 0.1, 0.1]], np.float32)


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    server = make_server(tmp_path_factory.mktemp("guarded"), tokens={TOKEN: "alice"},
                         limits=SMALL, step=0.01)
    yield server
    server.stop(grace_seconds=0.5)


def _req(sketch=None, prompt="a flower", **options) -> "pb.SubmitRequest":
    opts = pb.RefineOptions(**{"prompt": prompt, "preset": pb.PRESET_PREVIEW, **options})
    return pb.SubmitRequest(sketch=sketch if sketch is not None else
                            Client.stroke_sketch([OK_STROKE]), options=opts)


def _strokes(*points) -> "pb.Sketch":
    return pb.Sketch(strokes=pb.StrokeSketch(strokes=[pb.Stroke(points=p) for p in points]))


NAN = OK_STROKE.copy()
NAN[1, 2] = np.nan
BOX = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0]], np.float32)

SUBMIT_CASES = [
    ("nan point", _req(_strokes(NAN.tobytes())), "INVALID_ARGUMENT", "non-finite"),
    ("index out of range", _req(pb.Sketch(mesh=pb.MeshSketch(
        positions=BOX.tobytes(), indices=np.array([0, 1, 7], "<u4").tobytes()))),
     "INVALID_ARGUMENT", "index 7, out of range"),
    ("no sketch source", _req(pb.Sketch()), "INVALID_ARGUMENT", "empty sketch"),
    ("no strokes", _req(pb.Sketch(strokes=pb.StrokeSketch())), "INVALID_ARGUMENT",
     "empty sketch"),
    ("only empty strokes", _req(_strokes(b"", b"")), "INVALID_ARGUMENT", "empty sketch"),
    ("all points in one place", _req(_strokes(np.zeros((5, 3), np.float32).tobytes())),
     "INVALID_ARGUMENT", "zero extent"),
    ("ragged point bytes", _req(_strokes(OK_STROKE.tobytes()[:-1])), "INVALID_ARGUMENT",
     "sketch.strokes[0].points"),
    ("radii count", _req(pb.Sketch(strokes=pb.StrokeSketch(strokes=[pb.Stroke(
        points=OK_STROKE.tobytes(), radii=np.ones(2, "<f4").tobytes())]))),
     "INVALID_ARGUMENT", "sketch.strokes[0].radii"),
    ("negative radius", _req(pb.Sketch(strokes=pb.StrokeSketch(strokes=[pb.Stroke(
        points=OK_STROKE.tobytes(), radius=-1.0)]))), "INVALID_ARGUMENT", "negative"),
    ("too many points", _req(_strokes(np.random.default_rng(0).random((1001, 3), np.float32)
                                      .tobytes())), "INVALID_ARGUMENT", "max_points"),
    ("too many triangles", _req(pb.Sketch(mesh=pb.MeshSketch(
        positions=BOX.tobytes(), indices=np.zeros((501, 3), "<u4").tobytes()))),
     "INVALID_ARGUMENT", "max_triangles"),
    ("oversize message", _req(_strokes(np.zeros((100_000, 3), np.float32).tobytes())),
     "RESOURCE_EXHAUSTED", ""),
    ("overlong prompt", _req(prompt="x" * 51), "INVALID_ARGUMENT", "max_prompt_chars=50"),
    ("empty prompt", _req(prompt="   "), "INVALID_ARGUMENT", "options.prompt"),
    ("control characters", _req(prompt="a\x00flower"), "INVALID_ARGUMENT", "options.prompt"),
    ("unknown method", _req(method=99), "INVALID_ARGUMENT", "options.method"),
    ("unknown preset", _req(preset=7), "INVALID_ARGUMENT", "options.preset"),
    ("unknown format", _req(formats=[9]), "INVALID_ARGUMENT", "options.formats[0]"),
    ("too many steps", _req(steps=101), "INVALID_ARGUMENT", "max_steps=100"),
    ("texture too small", _req(texture_size=8), "INVALID_ARGUMENT", "options.texture_size"),
    ("preview interval", _req(preview_interval_s=float("nan")), "INVALID_ARGUMENT",
     "options.preview_interval_s"),
    ("seed too large", _req(seed=2 ** 64 - 1), "INVALID_ARGUMENT", "options.seed"),
    ("front not horizontal", _req(front=[0.0, 1.0, 0.0]), "INVALID_ARGUMENT", "options.front"),
    ("unsupported file", _req(pb.Sketch(file=pb.SketchFile(data=b"abc", format="docx"))),
     "INVALID_ARGUMENT", "unsupported file type"),
    ("garbage tilt file", _req(pb.Sketch(file=pb.SketchFile(data=b"\x00" * 64, name="a.tilt"))),
     "INVALID_ARGUMENT", "sketch.file 'a.tilt'"),
    ("a path is only a label", _req(pb.Sketch(file=pb.SketchFile(
        data=b"not a file", name="/etc/passwd.obj"))), "INVALID_ARGUMENT", "'passwd.obj'"),
    ("request id too long", pb.SubmitRequest(
        sketch=Client.stroke_sketch([OK_STROKE]), options=pb.RefineOptions(prompt="x"),
        request_id="r" * 65), "INVALID_ARGUMENT", "request_id"),
    ("unknown priority", pb.SubmitRequest(
        sketch=Client.stroke_sketch([OK_STROKE]), options=pb.RefineOptions(prompt="x"),
        priority=5), "INVALID_ARGUMENT", "priority"),
]


def _health(server) -> str:
    with Client(f"127.0.0.1:{server.port}") as c:  # no token: health needs none
        return c.health()


@pytest.mark.parametrize("name,request_msg,code,needle", SUBMIT_CASES,
                         ids=[c[0] for c in SUBMIT_CASES])
def test_bad_submit_is_refused_with_its_code(guarded, name, request_msg, code, needle):
    with Client(f"127.0.0.1:{guarded.port}", token=TOKEN,
                max_message_bytes=8 * 1024 * 1024) as c:
        calls = (lambda: c._unary(c._stub.Submit, request_msg),
                 lambda: list(c._stream(c._stub.Refine, request_msg)))
        for call in calls:
            with pytest.raises(ServerError) as err:
                call()
            assert err.value.code.name == code, (name, str(err.value))
            assert needle in err.value.details, (name, err.value.details)
            assert "Traceback" not in err.value.details
    assert _health(guarded) == "SERVING"


def _raw_call(server, method: str, payload: bytes, metadata=()):
    with grpc.insecure_channel(f"127.0.0.1:{server.port}") as ch:
        fn = ch.unary_unary(f"/sketch2real.v1.Sketch2Real/{method}")
        return fn(payload, metadata=metadata, timeout=10)


@pytest.mark.parametrize("token,needle", [(None, "missing token"), ("wrong-token-123456789", "wrong token"),
                                          ("", "missing token")])
def test_missing_or_wrong_token_is_unauthenticated(guarded, token, needle):
    with Client(f"127.0.0.1:{guarded.port}", token=token) as c:
        for call in (c.server_info, lambda: c.get_job("0" * 32),
                     lambda: list(c.watch("0" * 32)),
                     lambda: c.submit(Client.stroke_sketch([OK_STROKE]), "a flower")):
            with pytest.raises(ServerError) as err:
                call()
            assert err.value.code == grpc.StatusCode.UNAUTHENTICATED
            assert needle in err.value.details
        assert c.health() == "SERVING"
    # Reflection is behind the token too.
    with grpc.insecure_channel(f"127.0.0.1:{guarded.port}") as ch:
        from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

        stub = reflection_pb2_grpc.ServerReflectionStub(ch)
        with pytest.raises(grpc.RpcError) as err:
            list(stub.ServerReflectionInfo(iter([reflection_pb2.ServerReflectionRequest(
                list_services="")]), timeout=10))
        assert err.value.code() == grpc.StatusCode.UNAUTHENTICATED


def test_other_bad_requests(guarded):
    meta = (("authorization", f"Bearer {TOKEN}"),)
    with pytest.raises(grpc.RpcError) as err:
        _raw_call(guarded, "Submit", b"\xff\xff\xff garbage", meta)
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "not a valid sketch2real.v1.SubmitRequest" in err.value.details()
    with Client(f"127.0.0.1:{guarded.port}", token=TOKEN) as c:
        cases = [
            (lambda: c.get_job("0" * 32), "NOT_FOUND", "not found"),
            (lambda: c.get_job("../../etc"), "INVALID_ARGUMENT", "job_id"),
            (lambda: c.cancel(""), "INVALID_ARGUMENT", "job_id"),
            (lambda: list(c.watch("f" * 32)), "NOT_FOUND", "not found"),
            (lambda: c.download("a" * 32), "NOT_FOUND", "not found"),
            (lambda: c.list_jobs(page_size=101), "INVALID_ARGUMENT", "page_size"),
            (lambda: c.list_jobs(page_token="@@@"), "INVALID_ARGUMENT", "page_token"),
            (lambda: c.list_jobs(states=[42]), "INVALID_ARGUMENT", "states[0]"),
            (lambda: c.download("a" * 32, format=9), "INVALID_ARGUMENT", "format"),
        ]
        for call, code, needle in cases:
            with pytest.raises(ServerError) as err:
                call()
            assert err.value.code.name == code and needle in err.value.details, str(err.value)
        # A running job: no result yet; Watch beyond its last event is refused.
        job = c.submit(Client.stroke_sketch([OK_STROKE]), "a flower", preset="preview", steps=100)
        with pytest.raises(ServerError) as err:
            c.download(job)
        assert err.value.code == grpc.StatusCode.FAILED_PRECONDITION
        with pytest.raises(ServerError) as err:
            list(c.watch(job, after_seq=10_000))
        assert err.value.code == grpc.StatusCode.INVALID_ARGUMENT
        # The queue per client: alice may have 2 jobs queued or running.
        second = c.submit(Client.stroke_sketch([OK_STROKE]), "a flower", preset="preview",
                          steps=100)
        with pytest.raises(ServerError) as err:
            c.submit(Client.stroke_sketch([OK_STROKE]), "a flower")
        assert err.value.code == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert "max_queued_per_client=2" in err.value.details
        for j in (job, second):
            c.cancel(j)
        wait_for(lambda: all(c.get_job(j).state == pb.JOB_STATE_CANCELLED for j in (job, second)),
                 what="both cancelled")
    assert _health(guarded) == "SERVING"


def test_twenty_concurrent_clients_are_served_or_told_resource_exhausted(tmp_path):
    limits = dataclasses.replace(ServerLimits(), max_queued_per_client=100, max_queued_total=8,
                                 max_streams=12)
    server = make_server(tmp_path / "data", limits=limits, step=0.002)
    outcomes: list = [None] * 20
    start = threading.Barrier(20)

    def one(i: int) -> None:
        with Client(f"127.0.0.1:{server.port}", timeout=60) as c:
            start.wait(timeout=30)
            try:
                events = list(c.refine(chair_sketch(), f"chair {i}", preset="preview", steps=4))
                outcomes[i] = events[-1].WhichOneof("event")
            except ServerError as err:
                outcomes[i] = err.code.name

    try:
        threads = [threading.Thread(target=one, args=(i,)) for i in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not any(t.is_alive() for t in threads)
        assert set(outcomes) <= {"completed", "RESOURCE_EXHAUSTED"}, outcomes
        assert outcomes.count("completed") >= 8, outcomes
        assert _health(server) == "SERVING"
        with Client(f"127.0.0.1:{server.port}") as c:  # and it still works afterwards
            assert c.wait(c.submit(chair_sketch(), "after", preset="preview")).HasField(
                "completed")
    finally:
        server.stop(grace_seconds=0.5)


def test_config_refuses_beyond_loopback_without_token(tmp_path):
    # Checked before anything binds: no address but loopback is ever used here.
    with pytest.raises(ConfigError, match="without a token"):
        check_config(ServerConfig(host="0.0.0.0", data_dir=tmp_path))
    check_config(ServerConfig(host="0.0.0.0", data_dir=tmp_path, insecure=True))
    check_config(ServerConfig(host="0.0.0.0", data_dir=tmp_path, tokens={TOKEN: "a"}))
    check_config(ServerConfig(host="::1", data_dir=tmp_path))
    with pytest.raises(ConfigError, match="both"):
        check_config(ServerConfig(data_dir=tmp_path, tls_cert=tmp_path / "c.pem"))
    from sketch2real.cli import main

    assert main(["serve", "--host", "0.0.0.0", "--port", "0", "--data-dir",
                 str(tmp_path / "d"), "--runner", "standin"]) == 2
    tokens = tmp_path / "tokens"
    tokens.write_text("# team\nalice aaaaaaaaaaaaaaaaaaaa\nbbbbbbbbbbbbbbbbbbbb\n")
    assert read_token_file(tokens) == {"aaaaaaaaaaaaaaaaaaaa": "alice",
                                       "bbbbbbbbbbbbbbbbbbbb": "client2"}
    tokens.write_text("short\n")
    with pytest.raises(ConfigError, match="shorter than 16"):
        read_token_file(tokens)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_tls_with_certificate_files_and_token(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    server = make_server(tmp_path / "data", tokens={TOKEN: "bob"}, tls_cert=cert, tls_key=key)
    try:
        target = f"127.0.0.1:{server.port}"
        with Client(target, token=TOKEN, root_certificates=cert.read_bytes()) as c:
            info = c.server_info()
            assert info.tls and info.auth_required
            assert c.wait(c.submit(chair_sketch(), "a chair", preset="preview")).HasField(
                "completed")
            assert c.get_job(next(c.iter_jobs()).job_id).client == "bob"
        with Client(target, token=TOKEN, timeout=3) as plain:  # plaintext to a TLS port
            with pytest.raises(ServerError) as err:
                plain.server_info()
            assert err.value.code == grpc.StatusCode.UNAVAILABLE
    finally:
        server.stop(grace_seconds=0.5)
