"""The server's front on a Ray cluster: a pool of worker actors (``ray_worker.Worker``), one per
GPU (or per CPU slot), each a runner the job manager dispatches to.

    executor = RayExecutor(RayPool(RayConfig(address="auto", workers=2), "analytic", "cpu"))
    Server(config, executor=executor)          # the job manager's executor (``executor.py``)
    ...
    executor.close()

The executor gives each of the job manager's worker threads its own slot (``RaySlot``: one
actor). A slot runs one job, ``slot.run(spec, on_event, should_cancel)``, and:

    # 1. Makes sure its actor is alive and has its model loaded (``prepare``), starting a new
    #    one when the last died; an actor that cannot load the model leaves the slot unhealthy
    #    (``prepare`` says why) and the job manager gives it no work
    # 2. Sends the sketch and the plan's JSON; a watcher thread turns ``should_cancel`` into
    #    ``actor.cancel`` (the loop stops within one step)
    # 3. Hands each event to ``on_event`` as it arrives, writes the result files into
    #    ``out_dir`` (workers share no disk with the front), and returns the terminal event
    # 4. If the actor or its node dies meanwhile: ``WorkerLost`` (the job manager re-queues the
    #    job, within its retry limit)

Ray is an optional extra (``pip install 'sketch2real[cluster]'``); nothing imports this module
unless ``sketch2real serve --ray`` is used.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from sketch2real.errors import ConfigError, InternalError, WorkerLost
from sketch2real.server.executor import JobSpec, WorkerStatus
from sketch2real.server.ray_worker import ResultFile, Worker

log = logging.getLogger(__name__)

CANCEL_POLL_S = 0.05
"""How often a slot asks ``should_cancel`` while its job runs."""
WARM_TIMEOUT_S = 900.0
"""Longest wait for a new worker to start and load its model (a cold node pulls the weights)."""
RETRY_UNHEALTHY_S = 60.0
"""An unhealthy slot tries a fresh actor again after this long."""


@dataclass(frozen=True)
class RayConfig:
    """Where the cluster is and how many workers to run on it."""

    address: str = "auto"
    """``auto``: the Ray cluster running on this machine (``ray start --head``), or a new local
    one if there is none; ``local``: always a new local one, inside this process's session;
    else a cluster address (``HOST:PORT`` of its head, or ``ray://HOST:10001``)."""
    workers: int = 0
    """Worker actors (concurrent jobs); 0: one per GPU of the cluster (CUDA), or 1 (CPU)."""
    cpus_per_worker: float = 1.0
    """CPUs each worker reserves (CPU slots; GPU workers reserve one GPU and this)."""
    worker_threads: int = 0
    """torch intra-op threads in each worker (0: torch's default)."""
    namespace: str = "sketch2real"
    """Ray namespace of the actors."""
    runner: str = "refine"
    """What the workers run: "refine" (the real loop) or "standin" (the fast imitation)."""
    standin_step_seconds: float = 0.05
    """Pace of the stand-in runner, seconds per step."""
    compile: bool = False
    """Each worker compiles its UNet once, right after loading it (``serve --compile``)."""


def connect(cfg: RayConfig) -> bool:
    """Join (or start) the cluster; ``ConfigError`` with one line when it cannot be reached.
    Returns True when this call connected (False: this process was connected already)."""
    try:
        import ray
    except ImportError:
        raise ConfigError("--ray needs Ray: pip install 'sketch2real[cluster]'") from None
    if ray.is_initialized():
        return False
    kwargs = dict(namespace=cfg.namespace, include_dashboard=False, log_to_driver=False,
                  ignore_reinit_error=True)
    try:
        if cfg.address == "local":
            ray.init(**kwargs)
        elif cfg.address == "auto":
            try:
                ray.init(address="auto", **kwargs)
            except ConnectionError:
                log.info("no Ray cluster runs on this machine: starting a local one")
                ray.init(**kwargs)
        else:
            ray.init(address=cfg.address, **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ConfigError(f"cannot join the Ray cluster at {cfg.address}: "
                          f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") \
            from None
    return True


class RayPool:
    """The worker actors of one server front (see the module docstring)."""

    def __init__(self, cfg: RayConfig, model: str, device: str):
        import ray

        self._connected = connect(cfg)
        self.cfg, self.model, self.device = cfg, model, device
        n = cfg.workers
        if n <= 0:
            n = int(ray.cluster_resources().get("GPU", 0)) if device == "cuda" else 1
        if n <= 0:
            raise ConfigError("the Ray cluster has no GPU for a CUDA worker: add GPU nodes, or "
                              "give --ray-workers N with --device cpu")
        options = dict(num_cpus=cfg.cpus_per_worker, max_concurrency=2, max_restarts=0,
                       num_gpus=1 if device == "cuda" else 0)
        self._actor_class = ray.remote(**options)(Worker)
        self.slots = [RaySlot(self, f"w{i}") for i in range(n)]
        log.info("Ray pool: %d workers (%s, model %s) on %s", n, device, model,
                 ray.get_runtime_context().gcs_address)

    def new_actor(self, worker_id: str):
        device = "cuda:0" if self.device == "cuda" else self.device   # each sees its own GPU
        return self._actor_class.remote(worker_id, self.model, device, self.cfg.worker_threads,
                                        self.cfg.runner, self.cfg.standin_step_seconds,
                                        self.cfg.compile)

    def statuses(self) -> list[WorkerStatus]:
        """Every slot's last known status (no remote call)."""
        return [s.status for s in self.slots]

    def close(self) -> None:
        """Stop the actors; leave the cluster (a local one started here stops with it)."""
        import ray

        for slot in self.slots:
            slot.stop()
        if self._connected and ray.is_initialized():
            ray.shutdown()


class RaySlot:
    """One worker of the pool, called like a runner (see the module docstring)."""

    def __init__(self, pool: RayPool, worker_id: str):
        self.pool, self.worker_id = pool, worker_id
        self.__name__ = f"ray:{worker_id}"
        self._actor = None
        self._lock = threading.Lock()
        self._retry_at = 0.0
        self.status = WorkerStatus(worker_id=worker_id, node="", device=pool.device,
                                   device_name="", model=pool.model, healthy=False,
                                   reason="starting")

    # --- lifecycle ---------------------------------------------------------------------------

    def prepare(self) -> WorkerStatus:
        """Make sure an actor with its model loaded stands behind this slot; returns its status
        (unhealthy ones are retried every ``RETRY_UNHEALTHY_S``)."""
        import ray

        with self._lock:
            if self._actor is not None and self.status.healthy:
                return self.status
            if not self.status.healthy and time.monotonic() < self._retry_at:
                return self.status
            self._kill()
            actor = self.pool.new_actor(self.worker_id)
            try:
                status = ray.get(actor.warm.remote(), timeout=WARM_TIMEOUT_S)
            except Exception as exc:  # noqa: BLE001 - a worker that cannot start is unhealthy
                status = replace(self.status, healthy=False,
                                 reason=f"cannot start: {type(exc).__name__}: "
                                        f"{str(exc).splitlines()[0] if str(exc) else ''}"[:300])
                ray.kill(actor)
                actor = None
            self._actor, self.status = actor, status
            if not status.healthy:
                self._retry_at = time.monotonic() + RETRY_UNHEALTHY_S
                log.warning("worker %s is unhealthy: %s", self.worker_id, status.reason)
            return status

    def stop(self) -> None:
        with self._lock:
            self._kill()

    def _kill(self) -> None:
        import ray

        if self._actor is not None:
            try:
                ray.kill(self._actor)
            except Exception:  # noqa: BLE001 - already gone
                pass
            self._actor = None

    # --- one job -----------------------------------------------------------------------------

    def run(self, spec: JobSpec, on_event: Callable, should_cancel: Callable[[], bool]):
        """Run one job on this slot's actor (see the module docstring)."""
        import ray
        from ray.exceptions import RayActorError, RayTaskError

        status = self.prepare()
        if not status.healthy:
            raise WorkerLost(f"worker {self.worker_id} is unhealthy: {status.reason}")
        actor, key = self._actor, spec.job_id or uuid.uuid4().hex
        out_dir = Path(spec.out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        self.status = replace(self.status, busy=True)
        finished = threading.Event()
        watcher = threading.Thread(target=self._watch_cancel,
                                   args=(actor, key, should_cancel, finished), daemon=True,
                                   name=f"sketch2real-cancel-{self.worker_id}")
        watcher.start()
        try:
            # 1-3. Send the job; relay events and files as they come.
            for ref in actor.run.remote(key, spec.sketch_pb, dict(spec.sketch_meta),
                                        spec.plan.to_json()):
                item = ray.get(ref)
                if isinstance(item, ResultFile):
                    _write_result(out_dir, item)
                elif _is_terminal(item):
                    return _localise(item, out_dir)
                else:
                    on_event(item)
            raise InternalError(f"worker {self.worker_id} ended the job without a result")
        except RayActorError as exc:
            # 4. The actor (or its node) died: the job goes back to the queue.
            with self._lock:
                self._actor = None
                self.status = replace(self.status, healthy=False, reason="died", busy=False)
            raise WorkerLost(f"worker {self.worker_id} died during the job "
                             f"({type(exc).__name__})") from None
        except RayTaskError as exc:
            cause = exc.cause if isinstance(exc.cause, BaseException) else None
            raise (cause or InternalError(str(exc).splitlines()[0])) from None
        finally:
            finished.set()
            watcher.join(timeout=1.0)
            self.status = replace(self.status, busy=False)

    @staticmethod
    def _watch_cancel(actor, key: str, should_cancel: Callable[[], bool],
                      finished: threading.Event) -> None:
        while not finished.wait(CANCEL_POLL_S):
            if should_cancel():
                try:
                    actor.cancel.remote(key)
                except Exception:  # noqa: BLE001 - the actor is gone; the job ends anyway
                    pass
                return


class RayExecutor:
    """The job manager's executor on a ``RayPool``: each of the manager's worker threads gets
    its own slot (one actor) the first time it asks, and keeps it."""

    def __init__(self, pool: RayPool):
        self.pool = pool
        self.slots = len(pool.slots)
        self._free = list(reversed(pool.slots))
        self._mine = threading.local()
        self._lock = threading.Lock()

    def _slot(self) -> RaySlot:
        slot = getattr(self._mine, "slot", None)
        if slot is None:
            with self._lock:
                if not self._free:
                    raise InternalError("more worker threads than Ray workers")
                slot = self._mine.slot = self._free.pop()
        return slot

    def ready(self) -> bool:
        return self._slot().prepare().healthy

    def execute(self, spec: JobSpec, on_event, should_cancel):
        return self._slot().run(spec, on_event, should_cancel)

    def workers(self) -> list[WorkerStatus]:
        return self.pool.statuses()

    def close(self) -> None:
        self.pool.close()


def _is_terminal(item) -> bool:
    from sketch2real.pipeline.events import Cancelled, Completed, Failed

    return isinstance(item, (Completed, Cancelled, Failed))


def _write_result(out_dir: Path, f: ResultFile) -> None:
    """Write a file the worker sent, refusing names that leave ``out_dir``."""
    target = (out_dir / f.name).resolve()
    if not target.is_relative_to(out_dir.resolve()):
        raise InternalError(f"a worker sent a result file outside the job folder: {f.name!r}")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(f.data)


def _localise(event, out_dir: Path):
    """The worker's Completed names files relative to its folder: make them paths here."""
    from sketch2real.pipeline.events import Completed

    if not isinstance(event, Completed):
        return event
    report = event.report
    if hasattr(report, "files_written"):
        report = replace(report, files={k: str(out_dir / v) for k, v in report.files.items()},
                         files_written=[str(out_dir / v) for v in report.files_written])
    return replace(event, files={fmt: str(out_dir / name) for fmt, name in event.files.items()},
                   report=report)
