"""A GPU worker on a Ray cluster: a Ray actor that owns one warm prior and runs jobs' plans.

It runs on any node of the cluster; it shares no disk with the server's front. One job::

    # 1. The front calls run(key, sketch_pb, sketch_meta, plan_json): a streaming generator
    # 2. The worker resolves nothing: it reads the plan the front resolved (RefinePlan.from_json)
    # 3. It runs the plan with its own LocalRunner (its PriorOwner keeps the model loaded)
    # 4. Every pipeline event is yielded as it happens (progress, previews)
    # 5. At the end, every file the job wrote is yielded (``ResultFile``), then the Completed
    #    event with its files named relative to the job's folder; the temporary folder goes

``cancel(job_id)`` may be called while ``run`` is busy (the actor runs two calls at once: the
job and a control call), and reaches the loop's ``should_cancel`` within one step. ``warm()``
loads the model before the first job, so a worker that cannot load it says so once, before it
is given work (the front then keeps it out of the pool), instead of failing every job.

Only this module and ``ray_pool.py`` import Ray, and only where a cluster is used.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import tempfile
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

from sketch2real.server.executor import WorkerStatus

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ResultFile:
    """One file a job wrote, shipped from the worker to the front."""

    name: str
    """Path relative to the job's result folder (no folders above it)."""
    data: bytes


class Worker:
    """The actor's class (decorated by ``ray_pool`` with the resources it needs)."""

    def __init__(self, worker_id: str, model: str, device: str, threads: int = 0,
                 runner: str = "refine", standin_step_seconds: float = 0.05,
                 compile: bool = False):
        """``runner``: "refine" (the real loop, on the prior this worker owns) or "standin"
        (the fast imitation, for client development and tests of the cluster itself);
        ``compile``: compile the UNet once when the model is loaded (``warm``)."""
        from sketch2real.pipeline.priors import PriorOwner
        from sketch2real.pipeline.runner import LocalRunner

        if threads:
            import torch

            torch.set_num_threads(threads)
        self.worker_id, self.model, self.device = worker_id, model, device
        self.runner = LocalRunner(PriorOwner(compile=compile and device.startswith("cuda")))
        self.job_runner = self.runner
        if runner == "standin":
            from sketch2real.server.standin_runner import make_standin_runner

            self.job_runner = make_standin_runner(standin_step_seconds)
        self._cancel: dict[str, threading.Event] = {}
        self._busy = ""
        self._health = (False, "not warmed up yet")

    def warm(self) -> WorkerStatus:
        """Load the model now (before the first job). Never raises: an error is the status."""
        from sketch2real.errors import is_expected

        try:
            self.runner.priors.get(self.model, self.device)
            self._health = (True, "")
        except Exception as exc:  # noqa: BLE001 - reported as the worker's health
            why = str(exc) if is_expected(exc) else f"{type(exc).__name__}: {exc}"
            self._health = (False, " ".join(why.split())[:300])
            log.warning("worker %s cannot load %s: %s", self.worker_id, self.model, why)
        return self.status()

    def status(self) -> WorkerStatus:
        device_name = "cpu"
        if self.device.startswith("cuda"):
            import torch

            if torch.cuda.is_available():
                device_name = torch.cuda.get_device_name(torch.device(self.device))
        healthy, reason = self._health
        return WorkerStatus(worker_id=self.worker_id, node=socket.gethostname(),
                            device=self.device, device_name=device_name, model=self.model,
                            healthy=healthy, reason=reason, busy=bool(self._busy))

    def cancel(self, job_id: str) -> bool:
        """Ask the running job ``job_id`` to stop; False when it is not running here."""
        flag = self._cancel.get(job_id)
        if flag is None:
            return False
        flag.set()
        return True

    def run(self, job_id: str, sketch_pb: bytes, sketch_meta: dict,
            plan_json: str) -> Iterator[object]:
        """Run one job: ``sketch_pb`` is the sketch the front validated at Submit (a serialized
        ``pb.Sketch`` of strokes or a mesh, decoded here, not parsed again), ``plan_json`` the
        plan it resolved. Yields pipeline events, then ``ResultFile``s, then the terminal
        event (see the module docstring). Errors propagate to the front (with their class)."""
        from sketch2real.pipeline.events import Cancelled, Completed, Failed
        from sketch2real.pipeline.plan import RefinePlan
        from sketch2real.server import convert
        from sketch2real.wire._generated import sketch2real_pb2 as pb

        plan = RefinePlan.from_json(plan_json)
        sketch = convert.sketch_from_stored(pb.Sketch.FromString(sketch_pb), sketch_meta)
        flag = self._cancel.setdefault(job_id, threading.Event())
        out_dir = Path(tempfile.mkdtemp(prefix=f"sketch2real-{job_id[:8]}-"))
        events: list[object] = []
        done = threading.Event()
        result: dict = {}
        self._busy = job_id

        def work() -> None:
            try:
                result["value"] = self.job_runner(sketch, plan, out_dir, events.append,
                                                  flag.is_set)
            except BaseException as exc:  # noqa: BLE001 - re-raised in the generator
                result["error"] = exc
            finally:
                done.set()

        thread = threading.Thread(target=work, name=f"sketch2real-job-{job_id[:8]}", daemon=True)
        try:
            thread.start()
            # Events are handed over as they come: the job runs in its own thread and this
            # generator drains what it appended (the loop never waits for the front).
            sent = 0
            while not done.wait(0.02) or sent < len(events):
                while sent < len(events):
                    event = events[sent]
                    sent += 1
                    if not isinstance(event, (Completed, Cancelled, Failed)):
                        yield event         # the terminal event is the runner's return value
            if "error" in result:
                raise result["error"]
            final = result["value"]
            if isinstance(final, Completed):
                yield from _result_files(out_dir)
                final = _relative_paths(final, out_dir)
            yield final
        finally:
            thread.join(timeout=1.0)
            self._cancel.pop(job_id, None)
            self._busy = ""
            shutil.rmtree(out_dir, ignore_errors=True)


def _relative_paths(event, out_dir: Path):
    """The Completed event (and its report) with file paths relative to the job's folder."""
    def rel(path) -> str:
        return os.path.relpath(path, out_dir)

    report = event.report
    if hasattr(report, "files_written"):
        report = replace(report, files={k: rel(v) for k, v in report.files.items()},
                         files_written=[rel(v) for v in report.files_written])
    return replace(event, files={fmt: rel(path) for fmt, path in event.files.items()},
                   report=report)


def _result_files(out_dir: Path) -> Iterator[ResultFile]:
    for path in sorted(p for p in out_dir.rglob("*") if p.is_file()):
        yield ResultFile(name=path.relative_to(out_dir).as_posix(), data=path.read_bytes())
