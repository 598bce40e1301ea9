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
                   help="tokens clients must send, one per line: TOKEN or NAME TOKEN")
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
    p.add_argument("--compile", action="store_true",
                   help="load the model and torch.compile its UNet when the server starts (CUDA; "
                        "about 80 s once, then faster steps for every job)")


def _device(choice: str, runner: str) -> str:
    if choice != "auto":
        return choice
    if runner == "standin":
        return "cpu"
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def run(args: argparse.Namespace) -> int:
    import dataclasses
    import signal
    import threading
    from pathlib import Path

    from sketch2real.server.app import Server
    from sketch2real.server.config import check_config, read_token_file

    runner = args.runner
    max_message = int(args.max_message_mb * 1024 * 1024)
    limits = dataclasses.replace(
        _LIMITS, max_message_bytes=max_message,
        max_file_bytes=min(_LIMITS.max_file_bytes, max_message),
        max_queued_per_client=args.max_queued_per_client,
        max_queued_total=args.max_queued_total)
    config = ServerConfig(
        host=args.host, port=args.port, data_dir=Path(args.data_dir),
        tokens=read_token_file(Path(args.token_file)) if args.token_file else {},
        insecure=args.insecure,
        tls_cert=Path(args.tls_cert) if args.tls_cert else None,
        tls_key=Path(args.tls_key) if args.tls_key else None,
        model=args.model, device="cpu", limits=limits,
        retention_seconds=args.retention_hours * 3600.0,
        shutdown_grace_seconds=args.shutdown_grace)
    check_config(config)
    config = dataclasses.replace(config, device=_device(args.device, runner))
    server = Server(config, runner=runner, standin_step_seconds=args.standin_step_seconds,
                    compile=args.compile)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    port = server.start()
    print(f"sketch2real serving on {args.host}:{port} (runner {server.runner_name}, "
          f"device {config.device}, data {config.data_dir})", flush=True)
    while not stop.wait(0.5):
        pass
    print("sketch2real: shutting down", flush=True)
    server.stop()
    return 0
