"""Jobs: a priority queue (interactive before batch, then first come first served) consumed by
worker threads that hand each job to an executor (``executor.py``: the boundary between this
module and whatever runs a job), the events each job emits (numbered here, kept in the store),
the result files it leaves (``<data_dir>/jobs/<job_id>/result/``), who may see them, and what
happens when things go wrong.

A job's life::

    submit -> queued --worker--> running --> completed | failed | cancelled
                 ^                   |
                 +-- restart/SIGTERM-+   (re-queued: a Queued event, then it runs again)

Guarantees:
1. A dropped stream changes nothing: the job runs on; ``events(job_id, after_seq)`` replays
   what was missed, then follows live.
2. Everything queued is in SQLite (with its validated input) before ``submit`` returns; a
   server killed with SIGKILL finds it on restart. A job that was running is re-queued, at most
   ``max_restarts`` times, then FAILED with the reason (an input that kills the server must not
   kill it at every start).
3. ``cancel`` records the request in the store before it answers, and sets a flag the loop polls
   through ``should_cancel`` (the loop checks it every step, so it stops within a second); a
   queued job is cancelled at once; a cancel acknowledged before a crash is honoured at the next
   start.
4. ``shutdown`` (SIGTERM) lets the running job finish within a grace period, else asks it to
   stop and re-queues it.
5. Ownership: a job belongs to the identity that submitted it; another identity gets NOT_FOUND
   for it and does not see it in lists; an admin sees every job.
6. Quotas per identity: jobs queued or running, bytes kept (inputs, events, results; past it the
   identity's own oldest finished jobs go first). Retention (age, count, bytes) is decided per
   identity: one identity's jobs never push out another's.
7. Faults: the worker survives any exception (the job fails, the loop goes on). A full disk
   (or less free space than ``min_free_bytes``) makes Submit RESOURCE_EXHAUSTED, fails the job
   that could not write with a resource failure, reports NOT_SERVING (``on_health``) and holds
   what it could not record; when space returns, the held records are written and the worker
   goes on, without a restart.
8. Result files are checksummed (SHA-256) when the job completes; a download verifies the file
   against it first.
9. Unknown folders in ``jobs/`` are left alone; a missing or empty database next to job folders
   stops the start (nothing is deleted).
"""

from __future__ import annotations

import dataclasses
import hashlib
import heapq
import json
import logging
import shutil
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from sketch2real.errors import (InternalError, ModelUnavailable, ResourceLimit, WorkerLost,
                                error_kind)
from sketch2real.pipeline.events import Cancelled, Completed, Failed, Preview, Progress, StageStarted
from sketch2real.pipeline.plan import RefinePlan
from sketch2real.pipeline.serial import SerialError
from sketch2real.server import convert
from sketch2real.server.auth import Identity
from sketch2real.server.config import ServerConfig
from sketch2real.server.disk import DiskWatch, is_storage_full, strerror
from sketch2real.server.errors import (FailedPrecondition, InvalidArgument, NotFound,
                                       ResourceExhausted, Unavailable)
from sketch2real.server.executor import Executor, JobSpec
from sketch2real.server.parsing import ParsedSketch, parse_in_process
from sketch2real.server.store import FINISHED, JobStore, StoreError
from sketch2real.wire._generated import sketch2real_pb2 as pb

logger = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.25
"""At most one Progress event per this many seconds is recorded (plus each stage's last step)."""
SWEEP_INTERVAL_S = 60.0
HEAL_INTERVAL_S = 0.5
"""While the worker cannot work (a full disk), how often it looks again."""
ERROR_PAUSE_S = 0.5
RESULT_DIR = "result"
MAX_MESSAGE_CHARS = 300
DB_NAME = "jobs.sqlite3"
FIT_STAGE = "fit"
JOB_ID_CHARS = frozenset("0123456789abcdef")


def _one_line(text: str) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= MAX_MESSAGE_CHARS else line[:MAX_MESSAGE_CHARS - 3] + "..."


def is_job_id(name: str) -> bool:
    return len(name) == 32 and set(name) <= JOB_ID_CHARS


class StorageFull(ResourceLimit):
    """The data directory has no room for what must be written."""


def classify_error(exc: BaseException) -> tuple[str, str]:
    """An exception from the runner -> (failure code, one-line message), by the table in
    ``sketch2real/errors.py`` (a full disk first: it is a resource, whatever raised it)."""
    kind = error_kind(exc)
    if is_storage_full(exc) or isinstance(exc, StorageFull):
        return "resource", _one_line(f"the server's disk became full while this job ran "
                                     f"({strerror(exc)}); submit it again later")
    if isinstance(exc, ModelUnavailable):
        return kind.failure_code, _one_line(f"the server cannot load its model: {exc}")
    if isinstance(exc, MemoryError):
        return kind.failure_code, _one_line(f"out of memory: {exc}")
    if kind.failure_code == "internal":
        return kind.failure_code, _one_line(f"internal error ({type(exc).__name__}): {exc}")
    return kind.failure_code, _one_line(str(exc))


def sha256_file(path: Path) -> tuple[str, int]:
    """(hex SHA-256, size) of a file, read in chunks."""
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def check_database(db: Path, jobs_dir: Path) -> None:
    """Refuse to start on a missing or empty job database next to job folders: with an empty
    index every result would be unreachable (an older version deleted them). Raises
    ``StoreError`` (one line); deletes nothing."""
    if db.is_file() and db.stat().st_size > 0:
        return
    folders = [d for d in jobs_dir.iterdir() if d.is_dir() and is_job_id(d.name)] \
        if jobs_dir.is_dir() else []
    if folders:
        state = "empty (0 bytes)" if db.exists() else "missing"
        raise StoreError(f"{db}: the job database is {state} but {jobs_dir} holds "
                         f"{len(folders)} job folders; restore the database from a backup, or "
                         "move the folders away to start afresh (nothing was deleted)")


@dataclass(frozen=True)
class ResultFile:
    """A completed job's result file as ``DownloadResult`` serves it."""

    path: Path
    fmt: str
    sha256: str | None
    """Computed when the file was written (None for a job stored before checksums were)."""
    size: int


@dataclass
class _Running:
    job_id: str
    row: dict
    started: float
    cancel: threading.Event = field(default_factory=threading.Event)
    requeue: threading.Event = field(default_factory=threading.Event)
    requeue_reason: str = "requeued at server shutdown"
    """The Queued event's reason when the job goes back to the queue."""
    requeue_updates: dict = field(default_factory=dict)
    """Job columns to set with it (e.g. one more restart)."""
    terminal: bool = False
    last_progress: dict = field(default_factory=dict)
    stage_started: dict = field(default_factory=dict)
    fit_first_eta: tuple | None = None
    """(the runner's ETA, the time) at the first Progress of the fit stage."""


class JobManager:
    def __init__(self, config: ServerConfig, executor: Executor,
                 parse_stored: Callable[[bytes], ParsedSketch] | None = None,
                 disk: DiskWatch | None = None):
        """``executor`` runs jobs (``executor.slots`` at once); ``parse_stored`` parses an
        input stored unparsed by an older version (default: in this process)."""
        self.config = config
        self.limits = config.limits
        self.data_dir = Path(config.data_dir)
        self.jobs_dir = self.data_dir / "jobs"
        self.jobs_dir.mkdir(parents=True, exist_ok=True)
        check_database(self.data_dir / DB_NAME, self.jobs_dir)
        self.store = JobStore(self.data_dir / DB_NAME)
        self.executor = executor
        self._parse_stored = parse_stored or (
            lambda data: parse_in_process(pb.Sketch.FromString(data), self.limits))
        self.disk = disk or DiskWatch(self.data_dir, config.min_free_bytes)
        self.on_health: Callable[[bool, str], None] | None = None
        """Called with (True, "") when the worker can work again and (False, reason) when it
        cannot (the app turns it into the health status)."""
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._heap: list[tuple[int, int, str]] = []
        self._queued: set[str] = set()
        self._running: dict[str, _Running] = {}
        self._last_seq: dict[str, int] = {}
        self._fault: str | None = None
        self._pending: list[tuple[_Running, object, bool]] = []
        """Terminal records that could not be written (a full disk), written when it heals."""
        self._heal_lock = threading.Lock()
        self._sweep_lock = threading.Lock()
        self._stopping = threading.Event()
        self._streams_closed = threading.Event()
        self._ready_threads: set[int] = set()
        self._asked_threads: set[int] = set()
        self._threads = [threading.Thread(target=self._work, name=f"sketch2real-worker-{i}",
                                          daemon=True) for i in range(max(1, executor.slots))]
        self._next_sweep = 0.0

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        self._recover()
        self.sweep()
        reason = self.disk.shortage()
        if reason is not None or not self.disk.keep_reserve():
            self._set_fault(reason or "cannot write to the data directory")
        for t in self._threads:
            t.start()

    def _recover(self) -> None:
        """Rebuild the queue from the store. A job left running by a killed server is cancelled
        (when a cancel was acknowledged), failed (past ``max_restarts``) or re-queued. Folders
        the store does not know are left alone."""
        known = self.store.all_job_ids()
        strangers = sorted(d.name for d in self.jobs_dir.iterdir() if d.name not in known)
        if strangers:
            logger.warning("%d entries in %s are not jobs of this store and are left alone: %s",
                           len(strangers), self.jobs_dir, ", ".join(strangers[:5]) +
                           (", ..." if len(strangers) > 5 else ""))
        self._adopt_unchecked_results()
        now = time.time()
        with self._lock:
            for row in self.store.active_jobs():
                job_id = row["job_id"]
                if row["state"] == "queued":
                    self._push(row)
                elif row["cancel_requested"]:
                    logger.info("job %s: cancel acknowledged before the server stopped", job_id)
                    shutil.rmtree(self.jobs_dir / job_id / RESULT_DIR, ignore_errors=True)
                    self._append(job_id, pb.JobEvent(cancelled=pb.Cancelled(
                        stage=row["stage"] or "queued", step=row["step"] or 0)),
                        {"state": "cancelled", "finished": now})
                elif row["restarts"] >= self.config.max_restarts:
                    message = (f"the server stopped while this job was running, "
                               f"{row['restarts'] + 1} times (the limit max_restarts="
                               f"{self.config.max_restarts}); it is not run again, as its input "
                               "may be what stops the server")
                    logger.warning("job %s: %s", job_id, message)
                    shutil.rmtree(self.jobs_dir / job_id / RESULT_DIR, ignore_errors=True)
                    self._append(job_id, pb.JobEvent(failed=pb.Failed(
                        code=pb.FAILURE_CODE_INTERNAL, message=message)),
                        {"state": "failed", "finished": now, "failure_code": "internal",
                         "failure_message": message})
                else:
                    logger.info("job %s was running when the server stopped: re-queued", job_id)
                    self._push(row)
                    self._append(job_id, convert.queued_event(
                        job_id, 0, 0.0, self._position(job_id),
                        "requeued after a server restart"),
                        {"state": "queued", "stage": "", "step": 0, "cancel_requested": 0,
                         "restarts": row["restarts"] + 1})
        logger.info("job store %s: %d jobs queued", self.store.path, len(self._queued))

    def _adopt_unchecked_results(self) -> None:
        """Results of jobs stored before checksums were: count their bytes once (their files
        are checked at download time, as before)."""
        for row in self.store.list_jobs(("completed",), None, 1 << 30):
            if row["result_sha256"] is not None:
                continue
            size = 0
            for rel in json.loads(row["result_files"] or "{}").values():
                p = self.jobs_dir / row["job_id"] / rel
                size += p.stat().st_size if p.is_file() else 0
            self.store.update_job(row["job_id"], result_sha256="{}")
            self.store.add_stored_bytes(row["job_id"], size)

    def shutdown(self, grace_seconds: float | None = None) -> None:
        """Stop taking jobs; let the running ones finish within the grace period, else ask them
        to stop and re-queue them. Returns when the workers have stopped (or gave up
        waiting)."""
        grace = self.config.shutdown_grace_seconds if grace_seconds is None else grace_seconds
        self._stopping.set()
        with self._lock:
            self._changed.notify_all()
        end = time.monotonic() + max(0.0, grace)
        for t in self._threads:
            if t.is_alive():
                t.join(timeout=max(0.0, end - time.monotonic()))
        with self._lock:
            running = list(self._running.values())
        for run in running:
            logger.info("job %s did not finish within %.1f s: re-queued", run.job_id, grace)
            run.requeue.set()
        for t in self._threads:
            if t.is_alive():
                t.join(timeout=10.0)
                if t.is_alive():
                    logger.warning("a running job ignored the stop request; it stays 'running' "
                                   "in the store and is re-queued at the next start")

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

    @property
    def fault(self) -> str | None:
        """Why the worker cannot work now (None when it can)."""
        return self._fault

    # --- faults ----------------------------------------------------------------------------

    def _set_fault(self, reason: str) -> None:
        with self._lock:
            first = self._fault is None
            self._fault = reason
            self._changed.notify_all()
        if first:
            logger.error("the worker cannot work: %s; new jobs are refused until it can",
                         reason)
            if self.on_health is not None:
                self.on_health(False, reason)

    def _clear_fault(self) -> None:
        with self._lock:
            was, self._fault = self._fault, None
            self._changed.notify_all()
        if was is not None:
            logger.info("the worker can work again (was: %s)", was)
            if self.on_health is not None:
                self.on_health(True, "")

    def _storage_failed(self, exc: BaseException, doing: str) -> StorageFull:
        """Note a full disk met while ``doing``; the error to raise instead."""
        reason = f"the data directory is full ({strerror(exc)}) while {doing}"
        self._set_fault(self.disk.shortage() or reason)
        return StorageFull(f"the server's disk is full ({strerror(exc)}); it cannot store "
                           "new jobs now, try again later")

    def _heal(self) -> None:
        """While the worker cannot work: look again, write the held records, and carry on when
        all of that succeeds."""
        if not self._heal_lock.acquire(blocking=False):
            self._stopping.wait(HEAL_INTERVAL_S)
            return
        try:
            self._stopping.wait(HEAL_INTERVAL_S)
            reason = self.disk.probe()
            if reason is None and not self.disk.keep_reserve():
                reason = "cannot write the reserve file in the data directory"
            if reason is not None:
                with self._lock:
                    self._fault = reason
                return
            while True:
                with self._lock:
                    if not self._pending:
                        break
                    run, ev, requeue = self._pending[0]
                try:
                    self._record_end(run, ev, requeue)
                except Exception as exc:  # noqa: BLE001 - held again, or dropped if not disk
                    if is_storage_full(exc):
                        return
                    logger.exception("job %s: its end cannot be recorded; it stays running in "
                                     "the store and is re-queued at the next start", run.job_id)
                with self._lock:
                    self._pending.pop(0)
            self._clear_fault()
        finally:
            self._heal_lock.release()

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

    def _append(self, job_id: str, msg: "pb.JobEvent", updates: dict | None = None,
                add_bytes: int = 0) -> int:
        """Number ``msg`` (the job's next seq), time-stamp it, store it (with ``updates`` to the
        job and ``add_bytes`` more stored bytes, in one transaction), wake the streams. The
        number is taken only once the store has it: a failed write leaves no gap."""
        with self._lock:
            seq = self._seq(job_id) + 1
            msg.seq = seq
            msg.job_id = job_id
            msg.time = time.time()
            self.store.append_event(job_id, seq, convert.event_kind(msg),
                                    msg.SerializeToString(), updates, add_bytes)
            self._last_seq[job_id] = seq
            self._changed.notify_all()
            return seq

    # --- requests --------------------------------------------------------------------------

    def precheck(self, client: str, request_id: str = "") -> tuple | None:
        """What Submit can know before the sketch is parsed: the server is stopping, cannot
        store, or ``client`` has too many jobs (raises); or ``request_id`` names a job it
        already made (returns ``submit``'s answer for it). None: go on."""
        if self._stopping.is_set():
            raise Unavailable("the server is shutting down; submit again when it is back")
        if request_id:
            row = self.store.find_by_request(client, request_id)
            if row is not None:
                return row["job_id"], self.position(row["job_id"]), True
        self._check_room()
        self._check_capacity(client)
        return None

    def _check_room(self) -> None:
        reason = self._fault or self.disk.shortage()
        if reason is not None:
            self._set_fault(reason)
            raise StorageFull(f"the server cannot store new jobs now: {reason}; try again "
                              "later")

    def submit(self, client: str, priority: int, plan: RefinePlan, sketch: ParsedSketch,
               request_id: str = "") -> tuple:
        """Queue a job (``sketch`` validated, ``plan`` resolved) owned by ``client``. Returns
        (job_id, queue_position, duplicate). Raises ``ResourceExhausted`` when the client or
        the server has too many jobs or bytes, or the disk is full."""
        found = self.precheck(client, request_id)
        if found is not None:
            return found
        job_id = uuid.uuid4().hex
        meta_json = json.dumps(sketch.meta, sort_keys=True)
        with self._lock:
            if request_id:
                row = self.store.find_by_request(client, request_id)
                if row is not None:
                    return row["job_id"], self.position(row["job_id"]), True
            self._check_capacity(client)
            self._make_room(client, len(sketch.sketch_pb) + len(meta_json))
            row = {"job_id": job_id, "state": "queued", "priority": priority, "client": client,
                   "request_id": request_id or None,
                   "options_pb": convert.options_to_proto(plan.request).SerializeToString(),
                   "plan_json": plan.to_json(),
                   "sketch_kind": sketch.kind, "created": time.time()}
            position = sum(1 for e in self._heap if e[2] in self._queued and e[0] <= priority)
            first = convert.queued_event(job_id, 1, row["created"], position, "submitted")
            try:
                row["order_no"] = self.store.insert_job(
                    row, ("queued", first.SerializeToString()), sketch.sketch_pb, "validated",
                    meta_json)
            except sqlite3.Error as exc:
                if is_storage_full(exc):
                    raise self._storage_failed(exc, "storing a new job") from None
                raise
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

    def _make_room(self, client: str, incoming: int) -> None:
        """Keep ``client`` within ``max_stored_bytes_per_client`` with ``incoming`` more bytes:
        its own oldest finished jobs go first; refuse when its active jobs alone are over."""
        limit = self.limits.max_stored_bytes_per_client
        used = self.store.stored_bytes(client)
        if used + incoming <= limit:
            return
        freed = 0
        for job_id, size in self.store.finished_oldest_first(client):
            self._delete(job_id)
            freed += size
            if used - freed + incoming <= limit:
                logger.info("client %s: deleted finished jobs keeping %d bytes to stay within "
                            "max_stored_bytes_per_client", client, freed)
                return
        raise ResourceExhausted(
            f"client {client} keeps {used - freed} bytes in queued and running jobs; with this "
            f"sketch ({incoming} bytes) that is more than the limit max_stored_bytes_per_client="
            f"{limit}; wait for a job to finish")

    def get(self, job_id: str, identity: Identity | None = None) -> dict:
        """The job's row; NOT_FOUND for an unknown job and for another identity's job (the
        same answer: nobody learns which ids exist). ``identity`` None: no check (internal)."""
        row = self.store.get_job(job_id)
        if row is None or (identity is not None and not identity.may_see(row["client"])):
            raise NotFound(f"job {job_id} not found (unknown, or deleted after the retention "
                           "period)")
        return row

    def job_proto(self, job_id: str, identity: Identity | None = None) -> "pb.Job":
        row = self.get(job_id, identity)
        return convert.job_to_proto(row, self.position(job_id))

    def list_jobs(self, states: tuple[str, ...], page_size: int, before: int | None,
                  identity: Identity | None = None) -> tuple[list, int | None]:
        """A page of jobs, newest first: the identity's own, or everyone's for an admin."""
        owner = None if identity is None or identity.admin else identity.name
        rows = self.store.list_jobs(states, before, page_size + 1, owner)
        more = len(rows) > page_size
        rows = rows[:page_size]
        jobs = [convert.job_to_proto(r, self.position(r["job_id"])) for r in rows]
        return jobs, (rows[-1]["order_no"] if more and rows else None)

    def cancel(self, job_id: str, identity: Identity | None = None) -> tuple[str, bool]:
        """Returns (state after the request, cancel_requested). The request is in the store
        before the answer."""
        with self._lock:
            row = self.get(job_id, identity)
            state = row["state"]
            try:
                if state == "queued":
                    self._queued.discard(job_id)
                    try:
                        self._append(job_id, pb.JobEvent(cancelled=pb.Cancelled(
                            stage="queued", step=0)), {"state": "cancelled",
                                                       "finished": time.time()})
                    except BaseException:
                        self._queued.add(job_id)
                        raise
                    logger.info("job %s cancelled while queued", job_id)
                    return "cancelled", False
                if state == "running":
                    self.store.update_job(job_id, cancel_requested=1)
                    run = self._running.get(job_id)
                    if run is not None:
                        run.cancel.set()
                    logger.info("job %s: cancel requested", job_id)
                    return "running", True
            except sqlite3.Error as exc:
                if is_storage_full(exc):
                    raise self._storage_failed(exc, "recording a cancel") from None
                raise
            return state, False

    def result_file(self, job_id: str, fmt: str, identity: Identity | None = None) -> ResultFile:
        row = self.get(job_id, identity)
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
        sums = json.loads(row["result_sha256"] or "{}")
        return ResultFile(path=path, fmt=fmt, sha256=sums.get(fmt), size=path.stat().st_size)

    def verified(self, result: ResultFile, job_id: str) -> str:
        """The file's SHA-256 after checking it against the one recorded when it was written;
        a file that changed on disk is NOT_FOUND (it cannot be served), never served with a
        checksum computed now."""
        digest, _ = sha256_file(result.path)
        if result.sha256 is None:
            logger.info("job %s: the %s result predates checksums; served as it is", job_id,
                        result.fmt)
            return digest
        if digest != result.sha256:
            logger.error("job %s: the %s result %s changed on disk (SHA-256 %s, written as %s)",
                         job_id, result.fmt, result.path, digest, result.sha256)
            raise NotFound(f"job {job_id}: the {result.fmt} result is damaged on disk (its "
                           "SHA-256 differs from the one computed when it was written); it "
                           "cannot be served")
        return digest

    def events(self, job_id: str, after_seq: int, is_active: Callable[[], bool],
               identity: Identity | None = None) -> Iterator["pb.JobEvent"]:
        """Events with seq > after_seq, then live ones, until the terminal event (or the caller
        goes away, or the server stops)."""
        row = self.get(job_id, identity)
        if after_seq > row["last_seq"]:
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
        """Delete finished jobs past the retention period, beyond the newest
        ``max_finished_jobs`` of their owner, or beyond their owner's byte quota."""
        now = time.time() if now is None else now
        with self._sweep_lock:
            gone = self.store.expired_jobs(now - self.config.retention_seconds,
                                           self.config.max_finished_jobs,
                                           self.limits.max_stored_bytes_per_client)
            for job_id in gone:
                self._delete(job_id)
        if gone:
            logger.info("retention: deleted %d finished jobs", len(gone))
        return gone

    def _delete(self, job_id: str) -> None:
        """A finished job's files, then its rows (a crash in between leaves a row whose files
        are gone: the next sweep finishes it)."""
        shutil.rmtree(self.jobs_dir / job_id, ignore_errors=True)
        self.store.delete_job(job_id)
        with self._lock:
            self._last_seq.pop(job_id, None)

    def _maybe_sweep(self) -> None:
        if time.time() < self._next_sweep:
            return
        self._next_sweep = time.time() + SWEEP_INTERVAL_S
        try:
            self.sweep()
        except Exception:  # noqa: BLE001 - retention must never stop the worker
            logger.exception("retention sweep failed")

    # --- worker ----------------------------------------------------------------------------

    def _next_job(self) -> _Running | None:
        """The next job, marked running; None when there is none now (or the worker cannot
        work, or a sweep is due)."""
        with self._lock:
            while not self._stopping.is_set() and self._fault is None:
                while self._heap and self._heap[0][2] not in self._queued:
                    heapq.heappop(self._heap)
                if self._heap:
                    short = self.disk.shortage()
                    if short is not None:
                        self._set_fault(short)
                        return None
                    entry = heapq.heappop(self._heap)
                    job_id = entry[2]
                    self._queued.discard(job_id)
                    started = time.time()
                    try:
                        self.store.increment_attempts(job_id, state="running", started=started,
                                                      stage="", step=0, cancel_requested=0)
                        row = self.store.get_job(job_id)
                    except BaseException:
                        heapq.heappush(self._heap, entry)
                        self._queued.add(job_id)
                        raise
                    run = _Running(job_id=job_id, row=row, started=started)
                    self._running[job_id] = run
                    return run
                self._changed.wait(timeout=1.0)
                if time.time() >= self._next_sweep:
                    return None
            return None

    def _work(self) -> None:
        while not self._stopping.is_set():
            try:
                self._maybe_sweep()  # also while faulted: expired jobs give space back
                if self._fault is not None or self._pending:
                    self._heal()
                    continue
                if not self._executor_ready():
                    continue
                run = self._next_job()
                if run is None:
                    continue
                try:
                    self._run(run)
                finally:
                    with self._lock:
                        self._running.pop(run.job_id, None)
                        self._changed.notify_all()
            except Exception as exc:  # noqa: BLE001 - the worker must survive anything
                if is_storage_full(exc):
                    self._set_fault(self.disk.shortage() or
                                    f"the data directory is full ({strerror(exc)})")
                else:
                    logger.exception("worker: unexpected error; it carries on")
                self._stopping.wait(ERROR_PAUSE_S)

    def _executor_ready(self) -> bool:
        """Whether this thread's worker can take a job (it waits a little when not); health
        says NOT_SERVING while no worker can."""
        me = threading.get_ident()
        try:
            ok = bool(self.executor.ready())
        except Exception:  # noqa: BLE001 - a worker that cannot even say is not ready
            logger.exception("worker: the executor cannot tell whether it is ready")
            ok = False
        with self._lock:
            before = bool(self._ready_threads)
            (self._ready_threads.add if ok else self._ready_threads.discard)(me)
            self._asked_threads.add(me)
            after = bool(self._ready_threads)
            all_asked = len(self._asked_threads) >= len(self._threads)
        if before != after and (after or all_asked) and self.on_health is not None:
            if after:
                logger.info("a worker can run jobs again")
                self.on_health(self._fault is None, self._fault or "")
            else:
                reasons = "; ".join(sorted({w.reason for w in self.executor.workers()
                                            if not w.healthy and w.reason}))
                self.on_health(False, f"no worker can run jobs ({reasons or 'unhealthy'})")
        if not ok:
            self._stopping.wait(HEAL_INTERVAL_S)
        return ok

    def workers(self):
        """What runs jobs (``executor.workers()``)."""
        return self.executor.workers()

    def _spec(self, run: _Running) -> JobSpec:
        """The job as the executor receives it: its plan and its validated sketch (an input an
        older version stored unparsed is parsed now, once, and kept parsed)."""
        job_id = run.job_id
        stored = self.store.get_input(job_id)
        if stored is None:
            raise InternalError("the job's input is missing from the store")
        sketch_pb, form, meta_json = stored
        if form == "validated":
            meta = json.loads(meta_json or "{}")
        else:
            parsed = self._parse_stored(sketch_pb)
            sketch_pb, meta = parsed.sketch_pb, parsed.meta
            self.store.set_input(job_id, sketch_pb, "validated", json.dumps(meta, sort_keys=True))
        out_dir = self.jobs_dir / job_id / RESULT_DIR
        shutil.rmtree(out_dir, ignore_errors=True)
        out_dir.mkdir(parents=True)
        return JobSpec(job_id=job_id, plan=self._plan_of(run.row), sketch_pb=sketch_pb,
                       sketch_meta=meta, out_dir=out_dir, attempt=int(run.row["attempts"]))

    def _run(self, run: _Running) -> None:
        job_id = run.job_id
        logger.info("job %s running (attempt %d)", job_id, run.row["attempts"])
        try:
            spec = self._spec(run)
            result = self.executor.execute(
                spec, lambda ev: self._on_event(run, ev),
                lambda: run.cancel.is_set() or run.requeue.is_set())
        except WorkerLost as exc:
            result = self._lost(run, exc)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a Failed event
            code, message = classify_error(exc)
            if is_storage_full(exc) or isinstance(exc, StorageFull):
                self._set_fault(self.disk.shortage() or message)
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
        self._finish(run, result)

    def _lost(self, run: _Running, exc: WorkerLost) -> Cancelled | Failed:
        """The job's worker died: back to the queue (a Queued event, then it runs again on
        another worker), or FAILED past ``max_restarts``; a cancel asked meanwhile wins."""
        restarts = int(run.row["restarts"] or 0) + 1
        stage = str(run.row.get("stage") or "")
        if run.cancel.is_set():
            return Cancelled(stage=stage or "queued", step=0)
        if restarts > self.config.max_restarts:
            message = _one_line(f"{exc}; it was started {restarts} times (the limit "
                                f"max_restarts={self.config.max_restarts}) and is not run again")
            logger.warning("job %s: %s", run.job_id, message)
            self.store.update_job(run.job_id, restarts=restarts)
            return Failed(code="resource", message=message)
        logger.warning("job %s: %s; re-queued", run.job_id, exc)
        run.requeue_reason = "requeued: its worker died"
        run.requeue_updates = {"restarts": restarts}
        run.requeue.set()
        return Cancelled(stage=stage, step=0)

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

    def _tracked_eta(self, run: _Running, ev: Progress, now: float) -> float:
        """The job's ETA for ``ev``: the runner's, plus what is left of the fit stage when the
        runner's estimate does not count the fit down (it stays put while fit steps pass)."""
        eta = max(0.0, float(ev.eta_seconds))
        t0 = run.stage_started.get(FIT_STAGE)
        if ev.stage != FIT_STAGE or t0 is None or not 0 < ev.step < ev.total_steps:
            return eta
        if run.fit_first_eta is None:
            run.fit_first_eta = (eta, now)
            return eta
        first_eta, first_t = run.fit_first_eta
        if first_eta - eta >= 0.5 * (now - first_t):
            return eta  # the runner's estimate tracks the fit
        return eta + (now - t0) / ev.step * (ev.total_steps - ev.step)

    def _on_event(self, run: _Running, ev) -> None:
        if run.terminal:
            return
        if isinstance(ev, (Completed, Failed, Cancelled)):
            self._finish(run, ev)
            return
        updates: dict = {}
        now = time.monotonic()
        if isinstance(ev, StageStarted):
            run.stage_started[ev.stage] = now
            updates = {"stage": ev.stage, "step": 0, "total_steps": int(ev.total_steps)}
        elif isinstance(ev, Progress):
            last = run.last_progress.get(ev.stage, 0.0)
            if now - last < PROGRESS_INTERVAL_S and ev.step < ev.total_steps:
                return
            run.last_progress[ev.stage] = now
            ev = dataclasses.replace(ev, eta_seconds=self._tracked_eta(run, ev, now))
            updates = {"stage": ev.stage, "step": int(ev.step),
                       "total_steps": int(ev.total_steps), "eta": float(ev.eta_seconds)}
        elif not isinstance(ev, Preview):
            logger.warning("job %s: ignoring an unknown event %s", run.job_id, type(ev).__name__)
            return
        try:
            self._append(run.job_id, convert.event_to_proto(run.job_id, 0, 0.0, ev), updates)
        except sqlite3.Error as exc:
            if is_storage_full(exc):
                raise self._storage_failed(exc, f"job {run.job_id} recorded its progress") \
                    from exc
            raise

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

    def _finish(self, run: _Running, ev) -> None:
        """Slim the job's stored previews, then record the terminal event (so a client that sees
        it also sees the final store); or re-queue a job stopped for shutdown. What cannot be
        written for lack of space is held and written when space returns."""
        requeue = isinstance(ev, Cancelled) and run.requeue.is_set() and not run.cancel.is_set()
        run.terminal = True
        if not requeue:
            try:
                self._compact_previews(run.job_id)
            except Exception:  # noqa: BLE001 - only disk space is at stake
                logger.exception("job %s: cannot compact its previews", run.job_id)
        try:
            try:
                self._record_end(run, ev, requeue)
            except Exception as exc:  # noqa: BLE001 - the reserve makes room for this record
                if not (is_storage_full(exc) and self.disk.release_reserve()):
                    raise
                logger.warning("job %s: the disk is full; the reserve file was released to "
                               "record the job's end", run.job_id)
                self._set_fault(self.disk.shortage() or
                                f"the data directory is full ({strerror(exc)})")
                self._record_end(run, ev, requeue)
        except Exception as exc:  # noqa: BLE001 - held, never lost
            if is_storage_full(exc):
                self._storage_failed(exc, f"job {run.job_id} recorded its end")
                logger.warning("job %s: its end is held until the disk has room", run.job_id)
            else:
                logger.exception("job %s: cannot record its end; held", run.job_id)
                self._set_fault(f"the job store cannot record the end of job {run.job_id}")
            with self._lock:
                self._pending.append((run, ev, requeue))

    def _record_end(self, run: _Running, ev, requeue: bool) -> None:
        job_id = run.job_id
        row = run.row
        now = time.time()
        if requeue:
            with self._lock:
                position = sum(1 for e in self._heap if e[2] in self._queued and
                               e < (row["priority"], row["order_no"], job_id))
                self._append(job_id, convert.queued_event(
                    job_id, 0, 0.0, position, run.requeue_reason),
                    {"state": "queued", "stage": "", "step": 0, **run.requeue_updates})
                self._push(row)
            logger.info("job %s %s", job_id, run.requeue_reason)
            return
        if isinstance(ev, Completed):
            job_dir = (self.jobs_dir / job_id).resolve()
            files, sums, size = {}, {}, 0
            for fmt, path in dict(ev.files).items():
                p = Path(path).resolve()
                if fmt in convert.FORMAT_ENUMS and p.is_file() and p.is_relative_to(job_dir):
                    files[fmt] = str(p.relative_to(job_dir))
                    sums[fmt], n = sha256_file(p)
                    size += n
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
                                           "result_files": json.dumps(files),
                                           "result_sha256": json.dumps(sums), "eta": 0.0},
                             add_bytes=size)
                logger.info("job %s completed in %.1f s", job_id, now - run.started)
                return
        # Failed or cancelled: partial files are of no use to anyone (and take space).
        shutil.rmtree(self.jobs_dir / job_id / RESULT_DIR, ignore_errors=True)
        if isinstance(ev, Failed):
            self._append(job_id, convert.event_to_proto(job_id, 0, 0.0, ev),
                         {"state": "failed", "finished": now, "failure_code": ev.code,
                          "failure_message": ev.message})
            return
        self._append(job_id, convert.event_to_proto(job_id, 0, 0.0, ev),
                     {"state": "cancelled", "finished": now})
        logger.info("job %s cancelled at %s step %d", job_id, ev.stage, ev.step)
