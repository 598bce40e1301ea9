"""``sketch2real serve``: run the gRPC server until SIGTERM / Ctrl-C (graceful: the running job
finishes within --shutdown-grace seconds or is re-queued; queued jobs stay in the store)."""

from __future__ import annotations

import argparse

from sketch2real.server.config import ServerConfig, ServerLimits

_CONFIG = ServerConfig()
_LIMITS = ServerLimits()


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1; anything else needs a token)")
    p.add_argument("--port", type=int, default=50051, help="TCP port (default 50051; 0: any)")
    p.add_argument("--data-dir", default="sketch2real-data",
                   help="job store and result files (default ./sketch2real-data)")
    p.add_argument("--token-file", metavar="FILE",
                   help="tokens clients must send, one per line: TOKEN, NAME TOKEN, or "
                        "NAME TOKEN admin (sees every client's jobs)")
    p.add_argument("--insecure", action="store_true",
                   help="allow listening beyond loopback without a token")
    p.add_argument("--tls-cert", metavar="PEM", help="certificate chain (TLS)")
    p.add_argument("--tls-key", metavar="PEM", help="private key (TLS)")
    p.add_argument("--model", default=_CONFIG.model,
                   help="diffusion prior for every job: a model id, a folder, tiny-random or "
                        "analytic")
    p.add_argument("--device", default="auto", choices=("auto", "cuda", "cpu"),
                   help="auto: cuda when available")
    p.add_argument("--runner", default="refine", choices=("refine", "standin"),
                   help="refine: the real loop (default); standin: a fast imitation for "
                        "client development")
    p.add_argument("--standin-step-seconds", type=float, default=0.05,
                   help="pace of the stand-in runner, seconds per step")
    p.add_argument("--max-queued-per-client", type=int, default=_LIMITS.max_queued_per_client)
    p.add_argument("--max-queued-total", type=int, default=_LIMITS.max_queued_total)
    p.add_argument("--max-message-mb", type=float, default=64.0,
                   help="largest gRPC message, MiB (default 64)")
    p.add_argument("--retention-hours", type=float, default=168.0,
                   help="hours finished jobs and their files are kept (default 168)")
    p.add_argument("--shutdown-grace", type=float, default=5.0,
                   help="seconds the running job may take to finish at shutdown")
    p.add_argument("--max-stored-gb-per-client", type=float,
                   default=_LIMITS.max_stored_bytes_per_client / 2 ** 30,
                   help="GiB one client's jobs may keep (inputs, events, results; default 8)")
    p.add_argument("--min-free-mb", type=float, default=_CONFIG.min_free_bytes / 2 ** 20,
                   help="below this much free space in --data-dir no job is accepted or "
                        "started and health is NOT_SERVING (default 64)")
    p.add_argument("--parser-workers", type=int, default=_CONFIG.parsing.workers,
                   help="processes that parse sketch files, with a memory ceiling and time "
                        "limits (default 2)")
    p.add_argument("--ray", metavar="ADDRESS",
                   help="run jobs on a Ray cluster (pip install 'sketch2real[cluster]'): 'auto' "
                        "joins the cluster of this machine (ray start) or starts a local one, "
                        "'local' always starts one, else the head's HOST:PORT (docs/cluster.md)")
    p.add_argument("--ray-workers", type=int, default=0, metavar="N",
                   help="workers on the cluster, one job each at a time (default: one per GPU "
                        "with --device cuda, else 1)")
    p.add_argument("--ray-cpus-per-worker", type=float, default=1.0, metavar="C",
                   help="CPUs each worker reserves (default 1)")
    p.add_argument("--web-port", type=int, metavar="PORT",
                   help="also serve the browser client (and its gRPC-Web bridge) on this port, "
                        "over TLS with --tls-cert/--tls-key; 0: any free port (docs/web.md)")
    p.add_argument("--web-host", metavar="HOST",
                   help="address of the browser client's port (default: --host)")
    p.add_argument("--compile", action="store_true",
                   help="load the model and torch.compile its UNet when the server starts (CUDA; "
                        "about 80 s once, then faster steps for every job)")


def _device(choice: str, runner: str, ray: bool = False) -> str:
    if choice != "auto":
        return choice
    if runner == "standin":
        return "cpu"
    if ray:
        import ray as ray_module

        return "cuda" if ray_module.cluster_resources().get("GPU", 0) > 0 else "cpu"
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def _ray_config(args: argparse.Namespace):
    """Join the Ray cluster of ``--ray`` (None without it); its ``RayConfig``."""
    if not args.ray:
        return None
    from sketch2real.server.ray_pool import RayConfig, connect

    cfg = RayConfig(address=args.ray, workers=args.ray_workers,
                    cpus_per_worker=args.ray_cpus_per_worker, runner=args.runner,
                    standin_step_seconds=args.standin_step_seconds, compile=args.compile)
    connect(cfg)
    return cfg


def run(args: argparse.Namespace) -> int:
    import dataclasses
    import signal
    import threading
    from pathlib import Path

    from sketch2real.server.app import Server
    from sketch2real.server.config import check_config
    from sketch2real.wire.tokens import TokenFile, read_tokens

    runner = args.runner
    max_message = int(args.max_message_mb * 1024 * 1024)
    limits = dataclasses.replace(
        _LIMITS, max_message_bytes=max_message,
        max_file_bytes=min(_LIMITS.max_file_bytes, max_message),
        max_queued_per_client=args.max_queued_per_client,
        max_queued_total=args.max_queued_total,
        max_stored_bytes_per_client=int(args.max_stored_gb_per_client * 2 ** 30))
    token_file = read_tokens(Path(args.token_file)) if args.token_file else TokenFile()
    config = ServerConfig(
        host=args.host, port=args.port, data_dir=Path(args.data_dir),
        tokens=token_file.tokens, admins=token_file.admins,
        insecure=args.insecure,
        tls_cert=Path(args.tls_cert) if args.tls_cert else None,
        tls_key=Path(args.tls_key) if args.tls_key else None,
        model=args.model, device="cpu", limits=limits,
        retention_seconds=args.retention_hours * 3600.0,
        shutdown_grace_seconds=args.shutdown_grace,
        min_free_bytes=int(args.min_free_mb * 2 ** 20),
        parsing=dataclasses.replace(_CONFIG.parsing, workers=args.parser_workers))
    check_config(config)
    ray_cfg = _ray_config(args)
    config = dataclasses.replace(config, device=_device(args.device, runner, ray_cfg is not None))
    executor = None
    if ray_cfg is not None:
        from sketch2real.server.ray_pool import RayExecutor, RayPool

        executor = RayExecutor(RayPool(ray_cfg, config.model, config.device))
    server = Server(config, runner=runner, standin_step_seconds=args.standin_step_seconds,
                    executor=executor, compile=args.compile)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    if args.web_port is not None:
        from sketch2real.web import WebFrontend

        WebFrontend.check_host(config, args.web_host)  # refuse before anything starts
    port = server.start()
    workers = f", {executor.slots} Ray workers" if executor is not None else ""
    print(f"sketch2real serving on {args.host}:{port} (runner {server.runner_name}, "
          f"device {config.device}{workers}, data {config.data_dir})", flush=True)
    web = None
    if args.web_port is not None:
        try:
            web = WebFrontend.for_server(config, port, args.web_port, host=args.web_host)
            web.start()
        except BaseException:
            server.stop()
            raise
        print(f"sketch2real web page on {web.url}", flush=True)
    while not stop.wait(0.5):
        pass
    print("sketch2real: shutting down", flush=True)
    server.stop()
    if web is not None:
        web.stop()
    if executor is not None:
        executor.close()
    return 0
