"""The server process: the gRPC server with our service, health checking and reflection, the job
manager and its worker, TLS and authentication.

    server = Server(ServerConfig(port=0, data_dir=tmp, device="cpu"), runner="standin")
    port = server.start()
    ...
    server.stop()        # graceful: running job finished or re-queued, streams ended

Runners: ``"refine"`` is the real loop (``sketch2real.pipeline.runner.LocalRunner``, which runs
each job's plan on the prior the server owns, ``Server.priors``, kept warm across jobs);
``"standin"`` the imitation in ``standin_runner.py``. A callable with the runner's signature
works too. The runner runs inside a ``LocalExecutor`` (``executor.py``); ``executor=`` takes
another executor (e.g. one that runs jobs on a cluster) instead.

Health: SERVING while the worker can work; NOT_SERVING while it cannot (a full disk) and from
the start of a shutdown.
"""

from __future__ import annotations

import logging
import threading
from concurrent import futures
from pathlib import Path
from typing import Callable

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from sketch2real.pipeline.priors import PriorOwner
from sketch2real.server.auth import TokenAuthInterceptor
from sketch2real.server.config import ServerConfig, check_config, config_warnings
from sketch2real.server.executor import Executor, LocalExecutor, Runner
from sketch2real.server.jobs import JobManager
from sketch2real.server.parsing import ParserPool
from sketch2real.server.service import SERVICE_NAME, Sketch2RealService

logger = logging.getLogger(__name__)

RUNNERS = ("refine", "standin")


def resolve_runner(runner, priors: PriorOwner,
                   standin_step_seconds: float = 0.05) -> tuple[str, Callable[[], Runner]]:
    """``runner`` ("refine", "standin" or a callable) -> (name, loader). The loader runs in the
    worker before its first job, so the imports of the real loop never hold up a request."""
    if callable(runner):
        name = getattr(runner, "__name__", "custom")
        return name, (lambda: runner)
    if runner == "refine":
        def load_refine() -> Runner:
            from sketch2real.pipeline.runner import LocalRunner

            return LocalRunner(priors)
        return "refine", load_refine
    if runner == "standin":
        def load_standin() -> Runner:
            from sketch2real.server.standin_runner import make_standin_runner

            return make_standin_runner(standin_step_seconds)
        return "standin", load_standin
    raise ValueError(f"unknown runner {runner!r}; expected one of {', '.join(RUNNERS)}")


def _address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host and not host.startswith("[") else f"{host}:{port}"


class Server:
    def __init__(self, config: ServerConfig, runner="refine", standin_step_seconds: float = 0.05,
                 executor: Executor | None = None, compile: bool = False):
        """``compile``: load the model and compile its UNet when the server starts (CUDA and the
        refine runner only; ``GetServerInfo`` reports the seconds it took)."""
        check_config(config)
        self.config = config
        self.priors = PriorOwner(compile=compile)
        """The diffusion prior of this process, loaded by the first job (or at start, with
        ``compile``) and kept warm."""
        self.runner_name, load = resolve_runner(runner, self.priors, standin_step_seconds)
        self.parser = ParserPool(config.parsing, config.limits)
        """The parser processes that read clients' sketch files."""
        self.runs_jobs_here = executor is None
        """False when an executor runs jobs elsewhere (a Ray cluster): no model or rasterizer
        is loaded in this process then."""
        self.manager = JobManager(config, executor or LocalExecutor(load, config.model,
                                                                    config.device),
                                  parse_stored=self.parser.parse_stored_request)
        from sketch2real.geometry.readers import supported_extensions

        formats = tuple(e.lstrip(".") for e in supported_extensions())
        self.service = Sketch2RealService(config, self.manager, self.runner_name, formats,
                                          self.parser, self.runtime_info)
        self.health = health.HealthServicer()
        self.manager.on_health = self._worker_health
        self.port: int | None = None
        self._grpc: grpc.Server | None = None
        self._stopped = threading.Event()

    def _worker_health(self, ok: bool, reason: str) -> None:
        """NOT_SERVING while the worker cannot work, SERVING again when it can (never after a
        shutdown began)."""
        if self._stopped.is_set() or self._grpc is None:
            return
        status = health_pb2.HealthCheckResponse.SERVING if ok else \
            health_pb2.HealthCheckResponse.NOT_SERVING
        for name in ("", SERVICE_NAME):
            self.health.set(name, status)
        if not ok:
            logger.warning("health NOT_SERVING: %s", reason)
        else:
            logger.info("health SERVING again")

    def start(self) -> int:
        """Recover the job store, start the worker, bind and start serving. Returns the port."""
        cfg = self.config
        if self.runner_name == "refine" and threading.current_thread() is threading.main_thread():
            # The worker thread runs the loop; its native mesh library must be loaded here.
            from sketch2real.pipeline.native_libs import load_on_main_thread

            load_on_main_thread()
        if self.runner_name == "refine" and self.runs_jobs_here and cfg.device == "cpu":
            from sketch2real.pipeline.cpu_threads import cap_cpu_threads

            cap_cpu_threads()  # jobs run in this process; see cpu_threads.py
        limit = cfg.limits.max_message_bytes
        options = [("grpc.max_receive_message_length", limit),
                   ("grpc.max_send_message_length", limit),
                   ("grpc.so_reuseport", 0),
                   ("grpc.keepalive_time_ms", 60_000),
                   ("grpc.keepalive_permit_without_calls", 1),
                   ("grpc.http2.min_ping_interval_without_data_ms", 10_000)]
        interceptors = [TokenAuthInterceptor(cfg.tokens)] if cfg.tokens else []
        server = grpc.server(futures.ThreadPoolExecutor(max_workers=cfg.max_workers,
                                                        thread_name_prefix="sketch2real-rpc"),
                             options=options, interceptors=interceptors,
                             maximum_concurrent_rpcs=cfg.max_workers)
        server.add_generic_rpc_handlers((self.service.handler(),))
        health_pb2_grpc.add_HealthServicer_to_server(self.health, server)
        reflection.enable_server_reflection(
            (SERVICE_NAME, health.SERVICE_NAME, reflection.SERVICE_NAME), server)
        address = _address(cfg.host, cfg.port)
        if cfg.tls_cert is not None:
            creds = grpc.ssl_server_credentials(
                [(Path(cfg.tls_key).read_bytes(), Path(cfg.tls_cert).read_bytes())])
            port = server.add_secure_port(address, creds)
        else:
            port = server.add_insecure_port(address)
        if not port:
            raise OSError(f"cannot listen on {address}")
        for warning in config_warnings(cfg):
            logger.warning("%s", warning)
        self.manager.start()
        self._warm_up()
        server.start()
        self._grpc = server
        self.port = port
        status = health_pb2.HealthCheckResponse.SERVING if self.manager.fault is None else \
            health_pb2.HealthCheckResponse.NOT_SERVING
        for name in ("", SERVICE_NAME):
            self.health.set(name, status)
        logger.info("sketch2real serving %s on %s:%d (%s, runner %s, model %s, device %s, auth %s)",
                    SERVICE_NAME, cfg.host, port, "TLS" if cfg.tls_cert else "plaintext",
                    self.runner_name, cfg.model, cfg.device, "on" if cfg.tokens else "off")
        return port

    def _warm_up(self) -> None:
        """On CUDA with the real loop, in the background: build or load the rasterizer (the
        fallback decision is made here, not in the first job) and, with ``compile``, load the
        model and compile its UNet. The first job waits for whatever is still under way."""
        cfg = self.config
        if not self.runs_jobs_here:
            return                      # the workers warm themselves up (ray_worker.warm)
        if self.runner_name != "refine" or cfg.device != "cuda":
            if self.priors.compile:
                logger.info("--compile applies to the refine runner on CUDA; ignored here")
            return

        def warm() -> None:
            try:
                from sketch2real.geometry.raster import get_rasterizer

                get_rasterizer(cfg.device)
                if self.priors.compile:
                    self.priors.get(cfg.model, cfg.device)
            except Exception as exc:  # noqa: BLE001 - the first job reports it properly
                logger.warning("warm-up failed (the first job will say why): %s", exc)

        threading.Thread(target=warm, name="sketch2real-warmup", daemon=True).start()

    def runtime_info(self) -> dict:
        """What ``GetServerInfo`` reports of this process: rasterizer and compilation."""
        from sketch2real.geometry.raster import rasterizer_status

        if not self.runs_jobs_here:
            return {"rasterizer": "", "rasterizer_note": "jobs run on the workers (see workers)"}
        status = rasterizer_status(self.config.device)
        note = status.reason or ("" if status.known else "not loaded yet")
        return {"rasterizer": status.backend, "rasterizer_note": note,
                "unet_compiled": self.priors.compile_seconds is not None,
                "compile_seconds": float(self.priors.compile_seconds or 0.0)}

    def stop(self, grace_seconds: float | None = None) -> None:
        """Graceful stop: health NOT_SERVING, no new jobs, the running job finished or re-queued,
        then the streams end and the port closes."""
        if self._stopped.is_set():
            return
        self._stopped.set()
        self.health.enter_graceful_shutdown()
        self.manager.shutdown(grace_seconds)
        self.manager.end_streams()
        if self._grpc is not None:
            self._grpc.stop(grace=1.0).wait(5.0)
        self.parser.close()
        self.manager.close()
        logger.info("sketch2real server stopped")

    def wait(self) -> None:
        if self._grpc is not None:
            self._grpc.wait_for_termination()
