"""The server in a subprocess: killed with SIGKILL and restarted, every queued job is still there
and completes, and the one that was running runs again; SIGTERM re-queues the running job; a
cancel acknowledged just before a SIGKILL holds after the restart."""

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
from sketch2real.wire._generated import sketch2real_pb2 as pb

REPO = Path(__file__).resolve().parents[2]


class ServeProcess:
    """``sketch2real serve`` on a loopback port chosen by the server, read from its first line."""

    def __init__(self, data_dir: Path, step: float):
        cmd = [sys.executable, "-m", "sketch2real", "serve", "--host", "127.0.0.1", "--port", "0",
               "--data-dir", str(data_dir), "--runner", "standin",
               "--standin-step-seconds", str(step), "--shutdown-grace", "0.2"]
        self.log = open(data_dir.parent / f"serve-{time.monotonic_ns()}.log", "w+")
        self.proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=self.log,
                                     text=True)
        line = self.proc.stdout.readline()  # blocks until the server is up (or dies)
        if "serving on" not in line:
            self.proc.kill()
            self.log.seek(0)
            raise AssertionError(f"server did not start: {line!r} {self.log.read()[-2000:]}")
        self.target = line.split("serving on ")[1].split()[0]

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        assert self.proc.wait(timeout=10) == -signal.SIGKILL

    def terminate(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=20)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.proc.stdout.close()
        self.log.close()


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_sigkill_then_restart_keeps_queued_jobs_and_reruns_the_running_one(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    first = ServeProcess(data, step=0.05)
    try:
        with Client(first.target) as c:
            running = c.submit(chair_sketch(), "long", preset="preview", steps=400)
            queued = [c.submit(chair_sketch(), f"queued {i}", preset="preview",
                               priority="batch" if i % 2 else "interactive") for i in range(3)]
            wait_for(lambda: c.get_job(running).state == pb.JOB_STATE_RUNNING and
                     c.get_job(running).step > 0, what="the first job runs")
        first.kill()
    finally:
        first.close()

    second = ServeProcess(data, step=0.001)
    try:
        with Client(second.target) as c:
            ids = {j.job_id for j in c.iter_jobs()}
            assert ids == {running, *queued}
            for job_id in [running, *queued]:
                done = c.wait(job_id)
                assert done.completed.mesh.triangle_count > 0
            events = list(c.watch(running))
            reasons = [e.queued.reason for e in events if e.HasField("queued")]
            assert reasons == ["submitted", "requeued after a server restart"]
            assert [e.seq for e in events] == list(range(1, len(events) + 1))
            assert c.get_job(running).attempts == 2
            assert all(c.get_job(q).attempts == 1 for q in queued)
            # SIGTERM: graceful; the running job is re-queued, and done after the next start.
            late = c.submit(chair_sketch(), "late", preset="preview", steps=2000)
            wait_for(lambda: c.get_job(late).state == pb.JOB_STATE_RUNNING, what="late job runs")
        assert second.terminate() == 0
    finally:
        second.close()

    third = ServeProcess(data, step=0.0005)
    try:
        with Client(third.target) as c:
            events = list(c.follow(late))
            assert events[-1].HasField("completed")
            reasons = [e.queued.reason for e in events if e.HasField("queued")]
            assert reasons == ["submitted", "requeued at server shutdown"]
            # A cancel acknowledged just before a SIGKILL is not forgotten.
            doomed = c.submit(chair_sketch(), "doomed", preset="preview", steps=30_000)
            wait_for(lambda: c.get_job(doomed).step > 0, what="the doomed job runs")
            assert c.cancel(doomed).cancel_requested
        third.kill()
    finally:
        third.close()

    fourth = ServeProcess(data, step=0.0005)
    try:
        with Client(fourth.target) as c:
            events = list(c.watch(doomed))
            assert events[-1].HasField("cancelled")
            assert not any(e.HasField("completed") for e in events)
            assert c.get_job(doomed).state == pb.JOB_STATE_CANCELLED
        assert fourth.terminate() == 0
    finally:
        fourth.close()
