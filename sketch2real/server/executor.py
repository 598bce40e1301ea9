"""Where a job runs: the boundary between the job manager (queue, store, events, retention,
faults: ``jobs.py``) and whatever executes a job.

    spec = JobSpec(job_id, plan, sketch_pb, sketch_meta, out_dir, attempt)
    result = executor.execute(spec, on_event, should_cancel)     # Completed | Cancelled | Failed

The manager takes a job off its queue, builds its ``JobSpec`` from the store (the plan resolved
at Submit, the sketch validated at Submit in its compact form) and calls ``execute`` from one of
``executor.slots`` worker threads. ``execute`` blocks until the job ends; it hands every
pipeline event to ``on_event`` in order (the manager numbers, stores and streams them), stops
soon after ``should_cancel()`` turns true (returning ``Cancelled``), and returns the terminal
event or raises (the manager turns any exception into ``Failed`` by the error table). Result
files go in ``spec.out_dir``, which the manager owns: it checksums them when the job completes
and serves them.

Before a worker thread takes a job off the queue it asks ``ready()``: a worker that cannot
run jobs now (a cluster worker that cannot load its model) makes its thread wait instead of
failing every job it would be given. ``workers()`` says what runs jobs (``GetServerInfo``).
An ``execute`` that raises ``WorkerLost`` (``sketch2real/errors.py``: the remote worker died)
sends the job back to the queue, within the manager's retry limit.

``LocalExecutor`` runs the job in the calling thread on a runner (the real loop on the prior
the server owns, or the stand-in). ``ray_pool.RayExecutor`` runs it on a Ray cluster: ``spec``
is plain data (``plan.to_json()`` round-trips, ``sketch_pb`` is bytes), remote events are
relayed to ``on_event`` from the thread that called ``execute``, ``should_cancel`` is polled
and forwarded, and the result files are copied into ``out_dir`` before ``Completed`` is
returned; ``slots`` is how many jobs it runs at once.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Protocol

from sketch2real.server import convert
from sketch2real.wire._generated import sketch2real_pb2 as pb

if TYPE_CHECKING:
    from sketch2real.pipeline.events import Cancelled, Completed, Event, Failed
    from sketch2real.pipeline.plan import RefinePlan

Runner = Callable[..., object]
"""``runner(sketch, plan, out_dir, on_event, should_cancel) -> Completed | Cancelled``, the
signature of ``sketch2real.pipeline.runner.LocalRunner``."""


@dataclass(frozen=True)
class JobSpec:
    """Everything one run of a job needs, as plain data."""

    job_id: str
    plan: "RefinePlan"
    """The plan resolved at Submit (``RefinePlan.to_json`` for a remote worker)."""
    sketch_pb: bytes
    """The sketch validated at Submit: a serialized ``pb.Sketch`` of strokes or a mesh
    (``convert.stored_sketch``); decoded, not parsed or validated again."""
    sketch_meta: dict
    """Its name, units and reader metadata."""
    out_dir: Path
    """Where the result files go (emptied before the run)."""
    attempt: int
    """1 for the first run, more after a restart or shutdown re-queued the job."""


@dataclass(frozen=True)
class WorkerStatus:
    """What one worker says about itself."""

    worker_id: str
    """"local", or the worker's name in a cluster ("w0", ...)."""
    node: str
    """The host it runs on."""
    device: str
    """"cuda", "cuda:0", "cpu"."""
    device_name: str
    """The GPU's name, "cpu", or "" before it started."""
    model: str
    """The diffusion prior it runs."""
    healthy: bool
    """False while it cannot take jobs."""
    reason: str = ""
    """Why it is unhealthy ("" when healthy)."""
    busy: bool = False
    """True while it runs a job."""


class Executor(Protocol):
    slots: int
    """Jobs it runs at once (the manager starts this many worker threads)."""

    def ready(self) -> bool:
        """Whether the calling worker thread can run a job now (a cluster worker is started and
        its model loaded here; this may take long the first time)."""
        ...

    def execute(self, spec: JobSpec, on_event: Callable[["Event"], None],
                should_cancel: Callable[[], bool]) -> "Completed | Cancelled | Failed":
        ...

    def workers(self) -> list[WorkerStatus]:
        """Every worker's status, without waiting for any of them."""
        ...


class LocalExecutor:
    """Runs jobs in the calling thread with the runner ``load_runner`` returns (called once,
    before the first job, so the imports of the real loop never hold up a request)."""

    slots = 1

    def __init__(self, load_runner: Callable[[], Runner], model: str = "", device: str = ""):
        self._load = load_runner
        self._runner: Runner | None = None
        self._lock = threading.Lock()
        self._busy = False
        self._status = WorkerStatus(worker_id="local", node=socket.gethostname(), device=device,
                                    device_name="", model=model, healthy=True)

    def ready(self) -> bool:
        """Always: a server that runs jobs itself fails a job whose model cannot be loaded,
        with the reason, as it always has."""
        return True

    def workers(self) -> list[WorkerStatus]:
        return [replace(self._status, busy=self._busy)]

    def runner(self) -> Runner:
        with self._lock:
            if self._runner is None:
                self._runner = self._load()
            return self._runner

    def execute(self, spec: JobSpec, on_event, should_cancel):
        sketch = convert.sketch_from_stored(pb.Sketch.FromString(spec.sketch_pb),
                                            spec.sketch_meta)
        self._busy = True
        try:
            return self.runner()(sketch, spec.plan, spec.out_dir, on_event, should_cancel)
        finally:
            self._busy = False
