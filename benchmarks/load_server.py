"""Load test of the gRPC server on loopback: Submit and GetJob latency (p50 / p99) and
throughput, with concurrent clients.

    python benchmarks/load_server.py [--requests 400] [--concurrency 8] [--json out.json]

Starts ``sketch2real serve`` in a subprocess on 127.0.0.1 (port chosen by the server, stand-in
runner, a temporary data directory), keeps its worker busy with one long job so the submitted
jobs stay queued (this measures the request path: parsing, validation, SQLite, not refinement),
then sends the requests from ``--concurrency`` threads of this process, each with its own
channel. Bounded: a fixed number of requests, every call with a deadline; the server is stopped
at the end. Loopback only.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    k = min(len(s) - 1, max(0, int(round(q / 100.0 * (len(s) - 1)))))
    return s[k]


def _start_server(data_dir: Path, max_jobs: int) -> tuple[subprocess.Popen, str]:
    cmd = [sys.executable, "-m", "sketch2real", "serve", "--host", "127.0.0.1", "--port", "0",
           "--data-dir", str(data_dir), "--runner", "standin", "--standin-step-seconds", "0.05",
           "--max-queued-per-client", str(max_jobs), "--max-queued-total", str(max_jobs),
           "--shutdown-grace", "0"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    line = proc.stdout.readline()
    if "serving on" not in line:
        proc.kill()
        raise SystemExit(f"server did not start: {line!r}")
    return proc, line.split("serving on ")[1].split()[0]


def _run_phase(name: str, target: str, n: int, concurrency: int, make_call) -> dict:
    from sketch2real.client import Client

    per_thread = [n // concurrency + (1 if i < n % concurrency else 0) for i in range(concurrency)]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(concurrency + 1)

    def worker(count: int) -> None:
        with Client(target, timeout=30.0) as c:
            c.server_info()  # connect first: the timings exclude channel set-up
            barrier.wait(timeout=60)
            mine, errs = [], []
            for i in range(count):
                t0 = time.perf_counter()
                try:
                    make_call(c, i)
                except Exception as exc:  # noqa: BLE001 - counted and reported
                    errs.append(type(exc).__name__ + ": " + str(exc)[:100])
                mine.append(time.perf_counter() - t0)
            with lock:
                latencies.extend(mine)
                errors.extend(errs)

    threads = [threading.Thread(target=worker, args=(k,)) for k in per_thread]
    for t in threads:
        t.start()
    barrier.wait(timeout=60)
    t0 = time.perf_counter()
    for t in threads:
        t.join(timeout=600)
    wall = time.perf_counter() - t0
    ms = [x * 1000.0 for x in latencies]
    return {"phase": name, "requests": len(ms), "errors": len(errors),
            "first_error": errors[0] if errors else "", "concurrency": concurrency,
            "p50_ms": round(statistics.median(ms), 2), "p99_ms": round(_percentile(ms, 99), 2),
            "mean_ms": round(statistics.fmean(ms), 2), "throughput_rps": round(len(ms) / wall, 1),
            "wall_s": round(wall, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=400, help="requests per phase")
    parser.add_argument("--concurrency", type=int, default=8, help="client threads")
    parser.add_argument("--mesh-triangles", type=int, default=20_000,
                        help="triangles of the mesh sketch in the large-Submit phase")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args(argv)
    n, conc = max(1, args.requests), max(1, args.concurrency)

    import numpy as np
    import trimesh

    from sketch2real.client import Client
    from sketch2real.geometry.examples import EXAMPLES

    strokes = Client.stroke_sketch([Client.stroke(np.asarray(p, np.float32), radius=0.01)
                                    for p in EXAMPLES["chair"]()])
    n_points = sum(len(p) for p in EXAMPLES["chair"]())
    sphere = trimesh.creation.icosphere(subdivisions=1)
    while len(sphere.faces) < args.mesh_triangles:
        sphere = sphere.subdivide()
    mesh = Client.mesh_sketch(sphere.vertices, sphere.faces)

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        proc, target = _start_server(Path(tmp) / "data", max_jobs=3 * n + 10)
        try:
            with Client(target) as c:
                blocker = c.submit(strokes, "blocker", preset="preview", steps=30_000)
            ids: list[str] = []
            ids_lock = threading.Lock()

            def submit(sketch):
                def call(c, _i):
                    job_id = c.submit(sketch, "a wooden chair", preset="preview",
                                      priority="batch")
                    with ids_lock:
                        ids.append(job_id)
                return call

            results.append(_run_phase(f"Submit (strokes, {n_points} points, "
                                      f"{strokes.ByteSize()} B)", target, n, conc,
                                      submit(strokes)))
            results.append(_run_phase(f"Submit (mesh, {len(sphere.faces)} triangles, "
                                      f"{mesh.ByteSize() // 1024} KiB)", target,
                                      max(1, n // 4), conc, submit(mesh)))
            rng = random.Random(0)
            results.append(_run_phase("GetJob", target, n, conc,
                                      lambda c, _i: c.get_job(rng.choice(ids))))
            with Client(target) as c:
                info = c.server_info()
                queued = info.queued_jobs
                c.cancel(blocker)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    import platform

    import grpc

    env = {"python": platform.python_version(), "grpc": grpc.__version__,
           "cpus": __import__("os").cpu_count(), "queued_jobs_at_end": queued}
    print(f"sketch2real server load test on loopback ({env})")
    print(f"{'phase':48} {'n':>5} {'err':>4} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8}")
    for r in results:
        print(f"{r['phase']:48} {r['requests']:5d} {r['errors']:4d} {r['p50_ms']:8.2f} "
              f"{r['p99_ms']:8.2f} {r['throughput_rps']:8.1f}")
        if r["first_error"]:
            print(f"   first error: {r['first_error']}")
    if args.json:
        Path(args.json).write_text(json.dumps({"env": env, "results": results}, indent=2))
    return 0 if all(r["errors"] == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
