"""Jobs: a priority queue (interactive before batch, then first come first served) consumed by
one worker thread that runs the refinement loop, the events each job emits (numbered here, kept
in the store) and the result files it leaves (``<data_dir>/jobs/<job_id>/result/``).

A job's life::

    submit -> queued --worker--> running --> completed | failed | cancelled
                 ^                   |
                 +-- restart/SIGTERM-+   (re-queued: a Queued event, then it runs again)

Guarantees:
1. A dropped stream changes nothing: the job runs on; ``events(job_id, after_seq)`` replays
   what was missed, then follows live.
2. Everything queued is in SQLite (with its input) before ``submit`` returns; a server killed with SIGKILL finds
   it on restart, and re-queues the job that was running (it runs again, first in its priority).
3. ``cancel`` sets a flag that the loop polls through ``should_cancel`` (the loop checks it every
   step, so it stops within a second); a queued job is cancelled at once.
4. ``shutdown`` (SIGTERM) lets the running job finish within a grace period, else asks it to
   stop and re-queues it.
5. Finished jobs older than the retention period (or beyond the newest N) are deleted with
   their files. When a job ends, its Preview events but the last lose their mesh (the events
   and their numbers stay), so a finished job's store footprint is one preview, not hundreds.
"""

from __future__ import annotations

import heapq
import json
import logging
import shutil
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from sketch2real.errors import ModelUnavailable, error_kind
from sketch2real.pipeline.events import Cancelled, Completed, Failed, Preview, Progress, StageStarted
from sketch2real.pipeline.plan import RefinePlan
from sketch2real.pipeline.serial import SerialError
from sketch2real.server import convert
from sketch2real.wire._generated import sketch2real_pb2 as pb
from sketch2real.server.config import ServerConfig
from sketch2real.server.errors import (FailedPrecondition, InvalidArgument, NotFound,
                                       ResourceExhausted, Unavailable)
from sketch2real.server.store import FINISHED, JobStore

logger = logging.getLogger(__name__)

Runner = Callable[..., object]
"""``runner(sketch, plan, out_dir, on_event, should_cancel) -> Completed | Cancelled``, the
signature of ``sketch2real.pipeline.runner.LocalRunner``."""

PROGRESS_INTERVAL_S = 0.25
"""At most one Progress event per this many seconds is recorded (plus each stage's last step)."""
SWEEP_INTERVAL_S = 60.0
RESULT_DIR = "result"
MAX_MESSAGE_CHARS = 300


def _one_line(text: str) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= MAX_MESSAGE_CHARS else line[:MAX_MESSAGE_CHARS - 3] + "..."


def classify_error(exc: BaseException) -> tuple[str, str]:
    """An exception from the runner -> (failure code, one-line message), by the table in
    ``sketch2real/errors.py``."""
    kind = error_kind(exc)
    if isinstance(exc, ModelUnavailable):
        return kind.failure_code, _one_line(f"the server cannot load its model: {exc}")
    if isinstance(exc, MemoryError):
        return kind.failure_code, _one_line(f"out of memory: {exc}")
    if kind.failure_code == "internal":
        return kind.failure_code, _one_line(f"internal error ({type(exc).__name__}): {exc}")
    return kind.failure_code, _one_line(str(exc))


@dataclass
class _Running:
    job_id: str
    started: float
    cancel: threading.Event = field(default_factory=threading.Event)
    requeue: threading.Event = field(default_factory=threading.Event)
    terminal: bool = False
    last_progress: dict = field(default_factory=dict)


class JobManager:
    def __init__(self, config: ServerConfig, load_runner: Callable[[], Runner]):
        """``load_runner`` returns the loop; the worker calls it before the first job, so a slow
        import (torch, the model) never blocks a request."""
        self.config = config
        self.limits = config.limits
        self.data_dir = Path(config.data_dir)
        self.jobs_dir = self.data_dir / "jobs"
        self.jobs_dir.mkdir(parents=True, exist_ok=True)
        self.store = JobStore(self.data_dir / "jobs.sqlite3")
        self._load = load_runner
        self._runner: Runner | None = None
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._heap: list[tuple[int, int, str]] = []
        self._queued: set[str] = set()
        self._running: _Running | None = None
        self._last_seq: dict[str, int] = {}
        self._stopping = threading.Event()
        self._streams_closed = threading.Event()
        self._thread = threading.Thread(target=self._work, name="sketch2real-worker", daemon=True)
        self._next_sweep = 0.0

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        self._recover()
        self.sweep()
        self._thread.start()

    def _recover(self) -> None:
        """Rebuild the queue from the store; a job left running by a killed server is re-queued."""
        known = self.store.all_job_ids()
        for d in self.jobs_dir.iterdir():
            if d.is_dir() and d.name not in known:
                shutil.rmtree(d, ignore_errors=True)
        with self._lock:
            active = self.store.active_jobs()
            for row in active:
                self._push(row)
            for row in active:
                if row["state"] == "running":
                    logger.info("job %s was running when the server stopped: re-queued",
                                row["job_id"])
                    self._append(row["job_id"], convert.queued_event(
                        row["job_id"], 0, 0.0, self._position(row["job_id"]),
                        "requeued after a server restart"),
                        {"state": "queued", "stage": "", "step": 0, "cancel_requested": 0})
        logger.info("job store %s: %d jobs queued", self.store.path, len(self._queued))

    def shutdown(self, grace_seconds: float | None = None) -> None:
        """Stop taking jobs; let the running one finish within the grace period, else ask it to
        stop and re-queue it. Returns when the worker has stopped (or gave up waiting)."""
        grace = self.config.shutdown_grace_seconds if grace_seconds is None else grace_seconds
        self._stopping.set()
        with self._lock:
            self._changed.notify_all()
        if self._thread.is_alive():
            self._thread.join(timeout=max(0.0, grace))
        with self._lock:
            run = self._running
        if run is not None:
            logger.info("job %s did not finish within %.1f s: re-queued", run.job_id, grace)
            run.requeue.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10.0)
            if self._thread.is_alive():
                logger.warning("the running job ignored the stop request; it stays 'running' in "
                               "the store and is re-queued at the next start")

    def end_streams(self) -> None:
        """Make every ``events`` iterator return (after ``shutdown``)."""
        self._streams_closed.set()
        with self._lock:
            self._changed.notify_all()

    def close(self) -> None:
        """Close the store (after ``shutdown`` and the gRPC server's stop)."""
        self.end_streams()
        self.store.close()

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    # --- queue -----------------------------------------------------------------------------

    def _push(self, row: dict) -> None:
        heapq.heappush(self._heap, (row["priority"], row["order_no"], row["job_id"]))
        self._queued.add(row["job_id"])

    def _position(self, job_id: str) -> int:
        """Queued jobs that will run before ``job_id``."""
        mine = next((e for e in self._heap if e[2] == job_id), None)
        if mine is None:
            return 0
        return sum(1 for e in self._heap if e[2] in self._queued and e < mine)

    def position(self, job_id: str) -> int:
        with self._lock:
            return self._position(job_id) if job_id in self._queued else 0

    def _seq(self, job_id: str) -> int:
        seq = self._last_seq.get(job_id)
        if seq is None:
            row = self.store.get_job(job_id)
            seq = row["last_seq"] if row else 0
            self._last_seq[job_id] = seq
        return seq

    def _append(self, job_id: str, msg: "pb.JobEvent", updates: dict | None = None) -> int:
        """Number ``msg`` (the job's next seq), time-stamp it, store it, wake the streams."""
        with self._lock:
            seq = self._seq(job_id) + 1
            msg.seq = seq
            msg.job_id = job_id
            msg.time = time.time()
            self.store.append_event(job_id, seq, convert.event_kind(msg),
                                    msg.SerializeToString(), updates)
            self._last_seq[job_id] = seq
            self._changed.notify_all()
            return seq

    # --- requests --------------------------------------------------------------------------

    def submit(self, client: str, priority: int, plan: RefinePlan, sketch_msg: "pb.Sketch",
               sketch_kind: str, request_id: str = "") -> tuple:
        """Queue a job (inputs already validated, ``plan`` resolved). Returns (job_id,
        queue_position, duplicate).
        Raises ``ResourceExhausted`` when the client or the server has too many jobs."""
        if self._stopping.is_set():
            raise Unavailable("the server is shutting down; submit again when it is back")
        job_id = uuid.uuid4().hex
        sketch_pb = sketch_msg.SerializeToString()
        with self._lock:
            if request_id:
                row = self.store.find_by_request(client, request_id)
                if row is not None:
                    return row["job_id"], self.position(row["job_id"]), True
            self._check_capacity(client)
            row = {"job_id": job_id, "state": "queued", "priority": priority, "client": client,
                   "request_id": request_id or None,
                   "options_pb": convert.options_to_proto(plan.request).SerializeToString(),
                   "plan_json": plan.to_json(),
                   "sketch_kind": sketch_kind, "created": time.time()}
            position = sum(1 for e in self._heap if e[2] in self._queued and e[0] <= priority)
            first = convert.queued_event(job_id, 1, row["created"], position, "submitted")
            row["order_no"] = self.store.insert_job(row, ("queued", first.SerializeToString()),
                                                    sketch_pb)
            self._last_seq[job_id] = 1
            self._push(row)
            self._changed.notify_all()
        logger.info("job %s queued for %s at position %d", job_id, client, position)
        return job_id, position, False

    def _check_capacity(self, client: str) -> None:
        mine, total = self.store.count_active(client)
        if mine >= self.limits.max_queued_per_client:
            raise ResourceExhausted(
                f"client {client} has {mine} jobs queued or running, the limit "
                f"max_queued_per_client={self.limits.max_queued_per_client}; wait for one to "
                "finish or cancel one")
        if total >= self.limits.max_queued_total:
            raise ResourceExhausted(
                f"the server has {total} jobs queued or running, the limit "
                f"max_queued_total={self.limits.max_queued_total}; try again later")

    def get(self, job_id: str) -> dict:
        row = self.store.get_job(job_id)
        if row is None:
            raise NotFound(f"job {job_id} not found (unknown, or deleted after the retention "
                           "period)")
        return row

    def job_proto(self, job_id: str) -> "pb.Job":
        row = self.get(job_id)
        return convert.job_to_proto(row, self.position(job_id))

    def list_jobs(self, states: tuple[str, ...], page_size: int,
                  before: int | None) -> tuple[list, int | None]:
        rows = self.store.list_jobs(states, before, page_size + 1)
        more = len(rows) > page_size
        rows = rows[:page_size]
        jobs = [convert.job_to_proto(r, self.position(r["job_id"])) for r in rows]
        return jobs, (rows[-1]["order_no"] if more and rows else None)

    def cancel(self, job_id: str) -> tuple[str, bool]:
        """Returns (state after the request, cancel_requested)."""
        with self._lock:
            row = self.get(job_id)
            state = row["state"]
            if state == "queued":
                self._queued.discard(job_id)
                self._append(job_id, pb.JobEvent(cancelled=pb.Cancelled(stage="queued", step=0)),
                             {"state": "cancelled", "finished": time.time()})
                logger.info("job %s cancelled while queued", job_id)
                return "cancelled", False
            if state == "running":
                run = self._running
                if run is not None and run.job_id == job_id:
                    run.cancel.set()
                self.store.update_job(job_id, cancel_requested=1)
                logger.info("job %s: cancel requested", job_id)
                return "running", True
            return state, False

    def result_file(self, job_id: str, fmt: str) -> Path:
        row = self.get(job_id)
        if row["state"] != "completed":
            why = {"queued": "is queued", "running": "is still running",
                   "failed": "failed", "cancelled": "was cancelled"}[row["state"]]
            raise FailedPrecondition(f"job {job_id} {why}: it has no result")
        files = json.loads(row["result_files"] or "{}")
        if fmt not in files:
            raise NotFound(f"job {job_id} has no {fmt} result; it made: "
                           f"{', '.join(sorted(files)) or 'none'}")
        job_dir = (self.jobs_dir / job_id).resolve()
        path = (job_dir / files[fmt]).resolve()
        if not path.is_relative_to(job_dir) or not path.is_file():
            raise NotFound(f"job {job_id}: the {fmt} result is no longer on disk")
        return path

    def events(self, job_id: str, after_seq: int,
               is_active: Callable[[], bool]) -> Iterator["pb.JobEvent"]:
        """Events with seq > after_seq, then live ones, until the terminal event (or the caller
        goes away, or the server stops)."""
        row = self.get(job_id)
        if after_seq > row["last_seq"] and row["state"] not in FINISHED:
            raise InvalidArgument("after_seq", f"{after_seq} is beyond the job's last event "
                                               f"{row['last_seq']}")
        last = after_seq
        while True:
            rows = self.store.events_after(job_id, last, limit=32)
            for seq, kind, payload in rows:
                yield pb.JobEvent.FromString(payload)
                last = seq
                if kind in convert.TERMINAL_KINDS:
                    return
            if rows:
                continue
            with self._lock:
                if self._seq(job_id) <= last:
                    row = self.store.get_job(job_id)
                    if row is None or row["state"] in FINISHED:
                        return
                    self._changed.wait(timeout=0.5)
            if self._streams_closed.is_set() or not is_active():
                return

    def counts(self) -> dict:
        return self.store.count_by_state()

    # --- retention -------------------------------------------------------------------------

    def sweep(self, now: float | None = None) -> list[str]:
        """Delete finished jobs past the retention period or beyond the newest N."""
        now = time.time() if now is None else now
        gone = self.store.expired_jobs(now - self.config.retention_seconds,
                                       self.config.max_finished_jobs)
        for job_id in gone:
            self.store.delete_job(job_id)
            shutil.rmtree(self.jobs_dir / job_id, ignore_errors=True)
            with self._lock:
                self._last_seq.pop(job_id, None)
        if gone:
            logger.info("retention: deleted %d finished jobs", len(gone))
        return gone

    # --- worker ----------------------------------------------------------------------------

    def _next_job(self) -> _Running | None:
        with self._lock:
            while not self._stopping.is_set():
                while self._heap and self._heap[0][2] not in self._queued:
                    heapq.heappop(self._heap)
                if self._heap:
                    _, _, job_id = heapq.heappop(self._heap)
                    self._queued.discard(job_id)
                    run = _Running(job_id=job_id, started=time.time())
                    self._running = run
                    self.store.increment_attempts(job_id, state="running", started=run.started,
                                                  stage="", step=0, cancel_requested=0)
                    return run
                self._changed.wait(timeout=1.0)
                if time.time() >= self._next_sweep:
                    return None
            return None

    def _work(self) -> None:
        while not self._stopping.is_set():
            run = self._next_job()
            if run is None:
                if time.time() >= self._next_sweep:
                    self._next_sweep = time.time() + SWEEP_INTERVAL_S
                    try:
                        self.sweep()
                    except Exception:  # noqa: BLE001 - retention must never stop the worker
                        logger.exception("retention sweep failed")
                continue
            try:
                self._run(run)
            except Exception:  # noqa: BLE001 - the worker must survive any job
                logger.exception("job %s: unexpected error in the worker", run.job_id)
            finally:
                with self._lock:
                    self._running = None
                    self._changed.notify_all()

    def _load_runner(self) -> Runner:
        if self._runner is None:
            self._runner = self._load()
        return self._runner

    def _run(self, run: _Running) -> None:
        job_id = run.job_id
        row = self.store.get_job(job_id)
        logger.info("job %s running (attempt %d)", job_id, row["attempts"])
        result = None
        try:
            data = self.store.get_input(job_id)
            if data is None:
                raise RuntimeError("the job's input is missing from the store")
            sketch_msg = pb.Sketch.FromString(data)
            sketch = convert.sketch_from_proto(sketch_msg, self.limits)
            plan = self._plan_of(row)
            out_dir = self.jobs_dir / job_id / RESULT_DIR
            shutil.rmtree(out_dir, ignore_errors=True)
            out_dir.mkdir(parents=True)
            runner = self._load_runner()
            result = runner(sketch, plan, out_dir,
                            lambda ev: self._on_event(run, row, ev),
                            lambda: run.cancel.is_set() or run.requeue.is_set())
        except Exception as exc:  # noqa: BLE001 - every failure becomes a Failed event
            code, message = classify_error(exc)
            if code == "internal":
                logger.exception("job %s failed", job_id)
            else:
                logger.info("job %s failed (%s): %s", job_id, code, message)
            result = Failed(code=code, message=message)
        if run.terminal:
            return
        if not isinstance(result, (Completed, Failed, Cancelled)):
            result = Failed(code="internal",
                            message=f"internal error: the runner returned {type(result).__name__}")
        self._finish(run, row, result)

    def _plan_of(self, row: dict) -> RefinePlan:
        """The plan resolved at submission; re-resolved from the stored options when the job
        was queued by a version whose plans this one cannot read."""
        try:
            return RefinePlan.from_json(row["plan_json"] or "")
        except SerialError as exc:
            logger.info("job %s: re-resolving its plan from its options (%s)", row["job_id"], exc)
            options = pb.RefineOptions.FromString(row["options_pb"])
            return convert.plan_from_proto(options, self.config.model, self.config.device,
                                           self.limits.plan_limits())

    def _on_event(self, run: _Running, row: dict, ev) -> None:
        if run.terminal:
            return
        if isinstance(ev, (Completed, Failed, Cancelled)):
            self._finish(run, row, ev)
            return
        updates: dict = {}
        if isinstance(ev, StageStarted):
            updates = {"stage": ev.stage, "step": 0, "total_steps": int(ev.total_steps)}
        elif isinstance(ev, Progress):
            now = time.monotonic()
            last = run.last_progress.get(ev.stage, 0.0)
            if now - last < PROGRESS_INTERVAL_S and ev.step < ev.total_steps:
                return
            run.last_progress[ev.stage] = now
            updates = {"stage": ev.stage, "step": int(ev.step),
                       "total_steps": int(ev.total_steps), "eta": float(ev.eta_seconds)}
        elif not isinstance(ev, Preview):
            logger.warning("job %s: ignoring an unknown event %s", run.job_id, type(ev).__name__)
            return
        self._append(run.job_id, convert.event_to_proto(run.job_id, 0, 0.0, ev), updates)

    def _compact_previews(self, job_id: str) -> None:
        """Drop the meshes of all but the last Preview event of a finished job."""
        previews = self.store.events_of_kind(job_id, "preview")[:-1]
        slim = []
        for seq, payload in previews:
            msg = pb.JobEvent.FromString(payload)
            if msg.preview.HasField("mesh"):
                msg.preview.ClearField("mesh")
                slim.append((seq, msg.SerializeToString()))
        if slim:
            self.store.replace_payloads(job_id, slim)

    def _finish(self, run: _Running, row: dict, ev) -> None:
        """Slim the job's stored previews, then record the terminal event (so a client that sees
        it also sees the final store); or re-queue a job stopped for shutdown."""
        requeue = isinstance(ev, Cancelled) and run.requeue.is_set() and not run.cancel.is_set()
        if not requeue:
            try:
                self._compact_previews(run.job_id)
            except Exception:  # noqa: BLE001 - only disk space is at stake
                logger.exception("job %s: cannot compact its previews", run.job_id)
        self._record_end(run, row, ev, requeue)

    def _record_end(self, run: _Running, row: dict, ev, requeue: bool) -> None:
        job_id = run.job_id
        run.terminal = True
        now = time.time()
        if requeue:
            with self._lock:
                self.store.update_job(job_id, state="queued")
                self._push(row)
                self._append(job_id, convert.queued_event(
                    job_id, 0, 0.0, self._position(job_id), "requeued at server shutdown"),
                    {"stage": "", "step": 0})
            logger.info("job %s re-queued at shutdown", job_id)
            return
        if isinstance(ev, Completed):
            job_dir = (self.jobs_dir / job_id).resolve()
            files = {}
            for fmt, path in dict(ev.files).items():
                p = Path(path).resolve()
                if fmt in convert.FORMAT_ENUMS and p.is_file() and p.is_relative_to(job_dir):
                    files[fmt] = str(p.relative_to(job_dir))
                else:
                    logger.warning("job %s: result %s=%s is not a file in the job folder",
                                   job_id, fmt, path)
            try:
                msg = convert.event_to_proto(job_id, 0, 0.0, ev, run_seconds=now - run.started,
                                             queued_seconds=max(0.0, run.started - row["created"]))
            except (ValueError, TypeError) as exc:
                logger.exception("job %s: the result cannot be sent", job_id)
                ev = Failed(code="internal", message=_one_line(f"internal error: {exc}"))
            else:
                msg.completed.ClearField("formats")
                msg.completed.formats.extend(convert.FORMAT_ENUMS[k] for k in sorted(files))
                self._append(job_id, msg, {"state": "completed", "finished": now,
                                           "result_files": json.dumps(files), "eta": 0.0})
                logger.info("job %s completed in %.1f s", job_id, now - run.started)
                return
        if isinstance(ev, Failed):
            self._append(job_id, convert.event_to_proto(job_id, 0, 0.0, ev),
                         {"state": "failed", "finished": now, "failure_code": ev.code,
                          "failure_message": ev.message})
            return
        self._append(job_id, convert.event_to_proto(job_id, 0, 0.0, ev),
                     {"state": "cancelled", "finished": now})
        logger.info("job %s cancelled at %s step %d", job_id, ev.stage, ev.step)
