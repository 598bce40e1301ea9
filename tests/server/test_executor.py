"""The boundary between the job manager and what runs a job (``server/executor.py``): an executor
gets plain data (the plan, the validated sketch as bytes, the output folder) and runs
``slots`` jobs at once; the manager numbers, stores and streams their events."""

from __future__ import annotations

import threading

from server_helpers import chair_sketch, make_server, wait_for

from sketch2real.client import Client
from sketch2real.pipeline.plan import RefinePlan
from sketch2real.server.app import Server
from sketch2real.server.config import ServerConfig
from sketch2real.server.executor import JobSpec, LocalExecutor
from sketch2real.server.standin_runner import make_standin_runner
from sketch2real.wire._generated import sketch2real_pb2 as pb


class TwoAtOnce:
    """A stand-in for a cluster executor: two jobs at once, each given only its ``JobSpec``
    (what would travel to a remote worker), run on the stand-in."""

    slots = 2

    def __init__(self):
        self.local = LocalExecutor(lambda: make_standin_runner(0.02))
        self.running = 0
        self.most = 0
        self.specs: list[JobSpec] = []
        self._lock = threading.Lock()

    def ready(self) -> bool:
        return True

    def workers(self):
        return self.local.workers() * 2

    def execute(self, spec: JobSpec, on_event, should_cancel):
        # Everything in the spec survives a trip to another machine.
        wire = (spec.job_id, spec.plan.to_json(), spec.sketch_pb, dict(spec.sketch_meta))
        spec = JobSpec(wire[0], RefinePlan.from_json(wire[1]), wire[2], wire[3], spec.out_dir,
                       spec.attempt)
        with self._lock:
            self.specs.append(spec)
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            return self.local.execute(spec, on_event, should_cancel)
        finally:
            with self._lock:
                self.running -= 1


def test_an_executor_with_two_slots_runs_two_jobs_at_once(tmp_path):
    executor = TwoAtOnce()
    cfg = ServerConfig(host="127.0.0.1", port=0, data_dir=tmp_path / "data", device="cpu")
    server = Server(cfg, runner="standin", executor=executor)
    server.start()
    try:
        with Client(f"127.0.0.1:{server.port}") as c:
            ids = [c.submit(chair_sketch(), f"chair {i}", preset="preview", steps=30)
                   for i in range(4)]
            for job_id in ids:
                assert c.wait(job_id).completed.mesh.triangle_count > 0
                events = list(c.watch(job_id))
                assert [e.seq for e in events] == list(range(1, len(events) + 1))
        assert executor.most == 2
        assert {s.job_id for s in executor.specs} == set(ids)
        spec = executor.specs[0]
        assert pb.Sketch.FromString(spec.sketch_pb).HasField("strokes")
        assert spec.attempt == 1 and spec.out_dir.name == "result"
    finally:
        server.stop(grace_seconds=0.5)


def test_shutdown_requeues_every_running_job(tmp_path):
    executor = TwoAtOnce()
    cfg = ServerConfig(host="127.0.0.1", port=0, data_dir=tmp_path / "data", device="cpu")
    server = Server(cfg, runner="standin", executor=executor)
    server.start()
    with Client(f"127.0.0.1:{server.port}") as c:
        ids = [c.submit(chair_sketch(), f"long {i}", preset="preview", steps=2000)
               for i in range(2)]
        wait_for(lambda: all(c.get_job(j).state == pb.JOB_STATE_RUNNING for j in ids),
                 what="both run")
    server.stop(grace_seconds=0.2)
    again = make_server(tmp_path / "data", step=0.0005)
    try:
        with Client(f"127.0.0.1:{again.port}") as c:
            for job_id in ids:
                reasons = [e.queued.reason for e in c.follow(job_id) if e.HasField("queued")]
                assert reasons == ["submitted", "requeued at server shutdown"]
                assert c.get_job(job_id).state == pb.JOB_STATE_COMPLETED
    finally:
        again.stop(grace_seconds=0.5)
