"""The Python client and the client commands: no torch (checked in a fresh interpreter), arrays
without numpy, one-line errors; and the generated stubs are current."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from server_helpers import chair_sketch

from sketch2real.cli import main
from sketch2real.client import Client, pack
from sketch2real.wire._generated import sketch2real_pb2 as pb

REPO = Path(__file__).resolve().parents[2]


def test_client_and_client_commands_import_no_torch(server, tmp_path):
    sketch = tmp_path / "chair.curves"
    assert main(["example", "chair", "-o", str(sketch)]) == 0
    out = tmp_path / "out" / "chair.glb"
    target = f"127.0.0.1:{server.port}"
    code = f"""
import sys
import sketch2real.client
assert "numpy" not in sys.modules, "the client library pulled numpy"
from sketch2real.cli import main
rc = main(["submit", {str(sketch)!r}, "--prompt", "a chair", "--server", {target!r},
           "--preset", "preview", "-q", "-o", {str(out)!r}])
assert rc == 0, rc
assert main(["jobs", "list", "--server", {target!r}]) == 0
bad = [m for m in sys.modules if m == "torch" or m.startswith("torch.")]
assert not bad, bad
print("NO_TORCH_OK")
"""
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "NO_TORCH_OK" in proc.stdout
    assert out.stat().st_size > 0


def test_pack_without_numpy():
    assert pack([[0.0, 1.0, 2.0]], "f32") == bytes.fromhex("00000000" "0000803f" "00000040")
    assert pack([(1, 2, 3)], "u32") == bytes.fromhex("01000000" "02000000" "03000000")
    assert pack([[1.0, 0.5, 0.0, 1.0]], "u8") == bytes([255, 128, 0, 255])
    assert pack(b"\x01\x02", "u8") == b"\x01\x02"
    s = Client.stroke([[0, 0, 0], [1, 1, 1]], radius=0.02, rgba=0xFF0000FF)
    assert len(s.points) == 24 and s.radius == pytest.approx(0.02) and s.rgba == 0xFF0000FF


def test_cli_submit_jobs_get_watch_cancel(server, tmp_path, capsys):
    target = f"127.0.0.1:{server.port}"
    sketch = tmp_path / "vase.curves"
    assert main(["example", "vase", "-o", str(sketch)]) == 0
    capsys.readouterr()
    assert main(["submit", str(sketch), "--prompt", "a vase", "--server", target,
                 "--preset", "preview"]) == 0
    job_id = capsys.readouterr().out.strip()
    assert len(job_id) == 32
    out = tmp_path / "vase.ply"
    assert main(["jobs", "watch", job_id, "--server", target, "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "completed" in captured.err and out.stat().st_size > 0
    assert main(["jobs", "watch", job_id, "--after-seq", "3", "--server", target]) == 0
    assert "[4]" in capsys.readouterr().err
    assert main(["jobs", "get", job_id, "--server", target]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["state"] == "JOB_STATE_COMPLETED" and got["options"]["prompt"] == "a vase"
    assert main(["jobs", "list", "--server", target, "--state", "completed"]) == 0
    assert job_id in capsys.readouterr().out
    assert main(["jobs", "cancel", job_id, "--server", target]) == 0
    assert "completed" in capsys.readouterr().out


def test_front_travels_from_the_cli_and_the_client_to_the_job(server, client, tmp_path, capsys):
    target = f"127.0.0.1:{server.port}"
    sketch = tmp_path / "vase.curves"
    assert main(["example", "vase", "-o", str(sketch)]) == 0
    capsys.readouterr()
    assert main(["submit", str(sketch), "--prompt", "a vase", "--server", target,
                 "--preset", "preview", "--front", "1,0,0"]) == 0
    job_id = capsys.readouterr().out.strip()
    assert list(client.get_job(job_id).options.front) == [1.0, 0.0, 0.0]
    assert main(["submit", str(sketch), "--prompt", "a vase", "--server", target,
                 "--front", "0,1,0"]) == 2
    assert "options.front" in capsys.readouterr().err
    job_id = client.submit(Client.file_sketch(str(sketch)), "a vase", preset="preview",
                           front=(0.0, 0.0, -1.0))
    assert list(client.get_job(job_id).options.front) == [0.0, 0.0, -1.0]


def test_cli_errors_are_one_line(server, tmp_path, capsys):
    target = f"127.0.0.1:{server.port}"
    cases = [
        ["jobs", "get", "0" * 32, "--server", target],
        ["jobs", "cancel", "nope", "--server", target],
        ["submit", str(tmp_path / "missing.curves"), "--prompt", "x", "--server", target],
        ["jobs", "list", "--server", "127.0.0.1:1", "--timeout", "2"],
    ]
    for argv in cases:
        assert main(argv) == 2, argv
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "Traceback" not in err[0], err
    bad = tmp_path / "flat.curves"
    bad.write_text("not a curves file\n")
    assert main(["submit", str(bad), "--prompt", "x", "--server", target]) == 2
    assert "INVALID_ARGUMENT" in capsys.readouterr().err


def test_a_failed_job_is_exit_1(server, capsys):
    def broken(*_args, **_kw):
        raise RuntimeError("boom")

    server.manager.executor._runner = broken
    with Client(f"127.0.0.1:{server.port}") as c:
        job_id = c.submit(chair_sketch(), "a chair", preset="preview")
    from sketch2real.commands.submit import follow_and_download

    with Client(f"127.0.0.1:{server.port}") as c:
        assert follow_and_download(c, job_id, None, "glb", quiet=True) == 1
        job = c.get_job(job_id)
    assert job.state == pb.JOB_STATE_FAILED and job.failure.code == pb.FAILURE_CODE_INTERNAL
    assert "boom" in job.failure.message and "boom" in capsys.readouterr().err


@pytest.mark.skipif(importlib.util.find_spec("grpc_tools") is None,
                    reason="grpcio-tools (test extra) not installed")
def test_generated_stubs_are_current():
    proc = subprocess.run([sys.executable, str(REPO / "scripts" / "gen_proto.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_reflection_lists_the_service(server):
    import grpc
    from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

    with grpc.insecure_channel(f"127.0.0.1:{server.port}") as ch:
        stub = reflection_pb2_grpc.ServerReflectionStub(ch)
        resp = list(stub.ServerReflectionInfo(iter([reflection_pb2.ServerReflectionRequest(
            list_services="")]), timeout=10))
    names = {s.name for s in resp[0].list_services_response.service}
    assert {"sketch2real.v1.Sketch2Real", "grpc.health.v1.Health"} <= names
