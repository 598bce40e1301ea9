"""The server's front on a real local Ray cluster (CPU, two worker slots, the analytic prior):
two jobs run at once; a worker killed mid-job (``ray.kill``) and its job completed by a worker,
with every event sequence intact for a resumed Watch; cancel within a second; the workers in
GetServerInfo; the front killed (with its local cluster) while jobs run, restarted, nothing
lost. The clients are the same Python client every other test uses. Skipped where Ray is not
installed (the ``cluster`` extra); under CI it must be there.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from server_helpers import chair_sketch, wait_for

from sketch2real.client import Client
from sketch2real.server.app import Server
from sketch2real.server.config import ServerConfig
from sketch2real.wire._generated import sketch2real_pb2 as pb

if os.environ.get("CI") == "true":
    import ray  # noqa: F401 - CI installs the cluster extra: these tests must run there
ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'sketch2real[cluster]')")

from sketch2real.server.ray_pool import RayConfig, RayExecutor, RayPool  # noqa: E402

pytestmark = [pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cluster_server(tmp_path_factory):
    """A front with two stand-in workers on a local Ray cluster (the stand-in: the cluster's
    behaviour is under test here; tests/server/test_ray_pool.py runs the real loop on a
    worker)."""
    executor = RayExecutor(RayPool(RayConfig(address="local", workers=2, worker_threads=1,
                                             runner="standin", standin_step_seconds=0.03),
                                   "analytic", "cpu"))
    cfg = ServerConfig(host="127.0.0.1", port=0, data_dir=tmp_path_factory.mktemp("front"),
                       device="cpu", model="analytic", max_restarts=2)
    server = Server(cfg, runner="standin", executor=executor)
    server.start()
    with Client(f"127.0.0.1:{server.port}", timeout=30) as c:
        wait_for(lambda: sum(w.healthy for w in c.server_info().workers) == 2, timeout=180,
                 what="two healthy workers")
    yield server, executor
    server.stop(grace_seconds=0.5)
    executor.close()


@pytest.fixture
def client(cluster_server):
    server, _ = cluster_server
    with Client(f"127.0.0.1:{server.port}", timeout=30) as c:
        yield c


def _running(c: Client, ids) -> int:
    return sum(c.get_job(j).state == pb.JOB_STATE_RUNNING for j in ids)


def test_two_workers_run_two_jobs_at_once(client, cluster_server, tmp_path, capsys):
    info = client.server_info()
    assert len(info.workers) == 2 and all(w.healthy and w.model == "analytic"
                                          for w in info.workers)
    from sketch2real.cli import main

    server, _ = cluster_server
    assert main(["doctor", "--workers", "--server", f"127.0.0.1:{server.port}"]) == 0
    out = capsys.readouterr().out
    assert "2 workers (2 healthy, 0 busy)" in out and "worker w0" in out and "worker w1" in out
    ids = [client.submit(chair_sketch(), f"chair {i}", preset="preview", steps=80)
           for i in range(3)]
    wait_for(lambda: _running(client, ids) == 2, timeout=60, what="two jobs running at once")
    assert sum(w.busy for w in client.server_info().workers) == 2
    for i, job_id in enumerate(ids):
        assert client.wait(job_id).HasField("completed")
        assert client.download(job_id, tmp_path / f"{i}.glb").stat().st_size > 0


def test_a_killed_worker_and_its_job_completes_with_every_event(client, cluster_server,
                                                                 tmp_path):
    _, executor = cluster_server
    job_id = client.submit(chair_sketch(), "a chair", preset="preview", steps=120)
    seen = []
    for ev in client.watch(job_id):
        seen.append(ev)
        if ev.HasField("progress") and ev.progress.stage != "fit":
            break
    busy = [s for s in executor.pool.slots if s.status.busy]
    assert len(busy) == 1, [s.status for s in executor.pool.slots]
    ray.kill(busy[0]._actor)
    # Resume the stream where it was left: the rest arrives, the job completes elsewhere.
    rest = list(client.watch(job_id, after_seq=seen[-1].seq))
    events = seen + rest
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert events[-1].HasField("completed"), Client.describe(events[-1])
    requeued = [e for e in events if e.HasField("queued") and "worker died" in e.queued.reason]
    assert len(requeued) == 1
    job = client.get_job(job_id)
    assert job.attempts == 2 and job.state == pb.JOB_STATE_COMPLETED
    path = client.download(job_id, tmp_path / "chair.glb")
    assert path.stat().st_size > 0
    # The same events again, from the start, for a client that comes later.
    assert [e.seq for e in client.watch(job_id)] == [e.seq for e in events]
    wait_for(lambda: sum(w.healthy for w in client.server_info().workers) == 2, timeout=120,
             what="the killed worker replaced")


def test_cancel_reaches_a_worker_within_a_second(client):
    job_id = client.submit(chair_sketch(), "a chair", preset="preview", steps=400)
    stream = client.watch(job_id)
    for ev in stream:
        if ev.HasField("progress") and ev.progress.stage != "fit":
            break
    t0 = time.monotonic()
    client.cancel(job_id)
    last = list(stream)[-1]
    took = time.monotonic() - t0
    assert last.HasField("cancelled") and took < 1.0, (Client.describe(last), took)


class FrontProcess:
    """``sketch2real serve --ray local`` in its own process group: killing the group is the
    front's machine dying, with the local cluster and its workers."""

    def __init__(self, data_dir: Path):
        cmd = [sys.executable, "-m", "sketch2real", "serve", "--host", "127.0.0.1", "--port", "0",
               "--data-dir", str(data_dir), "--runner", "standin", "--standin-step-seconds",
               "0.05", "--device", "cpu", "--model", "analytic", "--ray", "local",
               "--ray-workers", "2"]
        self.log = open(data_dir.parent / f"front-{time.monotonic_ns()}.log", "w+")
        env = dict(os.environ, OMP_NUM_THREADS="1")
        self.proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=self.log,
                                     text=True, start_new_session=True, env=env)
        line = self.proc.stdout.readline()
        if "serving on" not in line:
            self.kill()
            self.log.seek(0)
            raise AssertionError(f"the front did not start: {line!r} {self.log.read()[-3000:]}")
        self.target = line.split("serving on ")[1].split()[0]

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait(timeout=30)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                pass
        self.kill()
        self.proc.stdout.close()
        self.log.close()


@pytest.mark.skipif(os.name != "posix", reason="process groups")
def test_the_front_killed_with_jobs_in_flight_finds_every_job_again(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    first = FrontProcess(data)
    try:
        with Client(first.target, timeout=30) as c:
            wait_for(lambda: sum(w.healthy for w in c.server_info().workers) == 2, timeout=180,
                     what="two healthy workers")
            ids = [c.submit(chair_sketch(), f"chair {i}", preset="preview", steps=200)
                   for i in range(3)]
            wait_for(lambda: _running(c, ids) == 2, timeout=60, what="two jobs running")
    finally:
        first.kill()
    second = FrontProcess(data)
    try:
        with Client(second.target, timeout=30) as c:
            for job_id in ids:
                events = list(c.watch(job_id))
                assert [e.seq for e in events] == list(range(1, len(events) + 1))
                assert events[-1].HasField("completed"), Client.describe(events[-1])
            restarted = [j for j in ids if c.get_job(j).attempts == 2]
            assert len(restarted) == 2        # the two that were running ran again
    finally:
        second.close()
