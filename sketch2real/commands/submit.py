"""``sketch2real submit SKETCH --prompt TEXT --server HOST:PORT [--wait] [-o OUT]``: send a
sketch file to a server; print the job id, or (with --wait or -o) follow it and download the
result. Imports only the client (grpcio, protobuf), never torch."""

from __future__ import annotations

import argparse

from sketch2real.client.cli_support import add_connection_arguments, parse_vector

FORMATS = ("glb", "obj", "ply")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("sketch", help="sketch file (.curves .tilt .apa .obj .ply .glb .gltf .stl .off)")
    p.add_argument("--prompt", required=True, help="what the sketch is, e.g. 'a red flower'")
    p.add_argument("--method", default="bridge", help="bridge, sds, nfsd, csd or vsd")
    p.add_argument("--preset", default="standard", help="preview, standard or high")
    p.add_argument("--steps", type=int, default=0, help="override the preset's steps")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--front", type=parse_vector, metavar="X,Y,Z",
                   help="the direction the object faces in the sketch's frame, horizontal "
                        "(default: the server's, +Z); view prompts follow it")
    p.add_argument("--batch", action="store_true", help="batch priority (after interactive jobs)")
    p.add_argument("--request-id", default="", help="idempotency key for retries")
    p.add_argument("--wait", action="store_true", help="follow the job to its end")
    p.add_argument("-o", "--output", help="download the result here (implies --wait)")
    p.add_argument("--format", choices=FORMATS,
                   help="result format to download (default: the output's suffix, else glb)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    add_connection_arguments(p)


def result_format(output, fmt: str | None) -> str:
    """The format to download: ``fmt`` if given, else ``output``'s suffix if it names one, else
    glb."""
    suffix = output.suffix.lstrip(".").lower() if output is not None else ""
    return fmt or (suffix if suffix in FORMATS else "glb")


def follow_and_download(client, job_id: str, output, fmt: str, quiet: bool,
                        after_seq: int = 0) -> int:
    """Follow ``job_id`` from event ``after_seq``, printing events to stderr; download to
    ``output``. Returns the exit code (1 when the job failed or was cancelled)."""
    import sys
    import time

    from sketch2real.client import Client, JobFailed

    last_progress = [0.0]

    def show(ev) -> None:
        if quiet:
            return
        if ev.WhichOneof("event") == "progress":
            now = time.monotonic()
            if now - last_progress[0] < 1.0 and ev.progress.step < ev.progress.total_steps:
                return
            last_progress[0] = now
        print(Client.describe(ev), file=sys.stderr, flush=True)

    try:
        client.wait(job_id, after_seq, on_event=show)
    except JobFailed as err:
        print(f"sketch2real: {err}", file=sys.stderr)
        return 1
    if output is not None:
        path = client.download(job_id, output, fmt)
        print(path)
    return 0


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sketch2real.client import Client
    from sketch2real.client.cli_support import connect

    out = Path(args.output) if args.output else None
    fmt = result_format(out, args.format)
    sketch = Client.file_sketch(args.sketch)
    with connect(args) as client:
        job_id = client.submit(sketch, args.prompt, method=args.method, preset=args.preset,
                               steps=args.steps, seed=args.seed, front=args.front,
                               priority="batch" if args.batch else "interactive",
                               request_id=args.request_id)
        print(job_id, flush=True)
        if not (args.wait or out is not None):
            return 0
        return follow_and_download(client, job_id, out, fmt, args.quiet)
