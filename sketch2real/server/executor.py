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

``LocalExecutor`` runs the job in the calling thread on a runner (the real loop on the prior
the server owns, or the stand-in). A cluster executor (Ray) implements the same two members:
``spec`` is plain data (``plan.to_json()`` round-trips, ``sketch_pb`` is bytes), remote events
are relayed to ``on_event`` from the thread that called ``execute``, ``should_cancel`` is polled
and forwarded, and the result files are copied into ``out_dir`` before ``Completed`` is
returned; ``slots`` is how many jobs it runs at once.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
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


class Executor(Protocol):
    slots: int
    """Jobs it runs at once (the manager starts this many worker threads)."""

    def execute(self, spec: JobSpec, on_event: Callable[["Event"], None],
                should_cancel: Callable[[], bool]) -> "Completed | Cancelled | Failed":
        ...


class LocalExecutor:
    """Runs jobs in the calling thread with the runner ``load_runner`` returns (called once,
    before the first job, so the imports of the real loop never hold up a request)."""

    slots = 1

    def __init__(self, load_runner: Callable[[], Runner]):
        self._load = load_runner
        self._runner: Runner | None = None
        self._lock = threading.Lock()

    def runner(self) -> Runner:
        with self._lock:
            if self._runner is None:
                self._runner = self._load()
            return self._runner

    def execute(self, spec: JobSpec, on_event, should_cancel):
        sketch = convert.sketch_from_stored(pb.Sketch.FromString(spec.sketch_pb),
                                            spec.sketch_meta)
        return self.runner()(sketch, spec.plan, spec.out_dir, on_event, should_cancel)
