"""Throughput of the front on a Ray cluster: jobs per minute with one and with two workers on the
same machine, and the dispatch overhead of a worker per job.

    python benchmarks/bench_cluster.py [--jobs 6] [--steps 8] [--out bench_cluster.json]

Every number comes from a real server on loopback and the Python client (submit, then wait for
each job's Completed), on a local Ray cluster started here:

- ``jobs_per_minute``: N real jobs (the analytic prior, the CPU ``preview`` preset with
  ``--steps`` refinement steps: fit, refine, export), first with the server running jobs itself
  (no Ray), then with one and with two Ray workers. On a CPU the workers share its cores, so two
  workers gain only what the cores allow; on a GPU cluster each worker has its own GPU.
- ``dispatch_overhead_ms``: the same small stand-in job (no compute: stages, events and result
  files only) run through one Ray worker and run by the server itself; the difference per job is
  what a worker adds (shipping the plan and the sketch, relaying events, copying the files back).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests" / "server"))

from server_helpers import chair_sketch  # noqa: E402

from sketch2real.client import Client  # noqa: E402
from sketch2real.server.app import Server  # noqa: E402
from sketch2real.server.config import ServerConfig  # noqa: E402


def run_jobs(executor, runner: str, n: int, steps: int, data: Path, step_s: float = 0.0) -> dict:
    """Submit ``n`` jobs at once to a fresh server; seconds until all completed, per job."""
    cfg = ServerConfig(host="127.0.0.1", port=0, data_dir=data, device="cpu", model="analytic")
    server = Server(cfg, runner=runner, standin_step_seconds=step_s, executor=executor)
    server.start()
    try:
        with Client(f"127.0.0.1:{server.port}", timeout=120) as c:
            if executor is not None:        # workers started and warm before the clock runs
                deadline = time.monotonic() + 300
                while sum(w.healthy for w in c.server_info().workers) < executor.slots:
                    if time.monotonic() > deadline:
                        raise SystemExit("the Ray workers did not become healthy")
                    time.sleep(0.2)
            warm = c.submit(chair_sketch(), "warm up", preset="preview", steps=steps)
            c.wait(warm)                     # the first job of a worker pays its imports
            t0 = time.perf_counter()
            ids = [c.submit(chair_sketch(), f"chair {i}", preset="preview", steps=steps)
                   for i in range(n)]
            ends = []
            for job_id in ids:
                ev = c.wait(job_id)
                if not ev.HasField("completed"):
                    raise SystemExit(f"job {job_id} did not complete: {Client.describe(ev)}")
                ends.append(time.perf_counter() - t0)
            total = max(ends)
    finally:
        server.stop(grace_seconds=1.0)
    return {"jobs": n, "seconds": round(total, 2), "jobs_per_minute": round(60.0 * n / total, 2)}


def ray_executor(workers: int, runner: str, step_s: float = 0.0):
    from sketch2real.server.ray_pool import RayConfig, RayExecutor, RayPool

    return RayExecutor(RayPool(RayConfig(address="local", workers=workers, worker_threads=1,
                                         cpus_per_worker=0, runner=runner,
                                         standin_step_seconds=step_s), "analytic", "cpu"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=6)
    ap.add_argument("--steps", type=int, default=8)
    ap.add_argument("--overhead-jobs", type=int, default=20)
    ap.add_argument("--out", default="bench_cluster.json")
    args = ap.parse_args()
    import ray
    import torch

    torch.set_num_threads(1)
    ray.init(include_dashboard=False, log_to_driver=False)
    results: dict = {"machine": f"{platform.machine()}, {os.cpu_count()} cores",
                     "ray": ray.__version__, "steps": args.steps}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # 1. Jobs per minute: the server itself, one worker, two workers.
        results["no_ray"] = run_jobs(None, "refine", args.jobs, args.steps, tmp / "local")
        for workers in (1, 2):
            executor = ray_executor(workers, "refine")
            try:
                results[f"ray_{workers}_workers"] = run_jobs(executor, "refine", args.jobs,
                                                             args.steps, tmp / f"ray{workers}")
            finally:
                executor.close()
        # 2. Dispatch overhead: stand-in jobs without compute, by the server and on a worker.
        per_job = {}
        for name in ("local", "ray"):
            executor = ray_executor(1, "standin") if name == "ray" else None
            try:
                r = run_jobs(executor, "standin", args.overhead_jobs, 1, tmp / f"over-{name}")
            finally:
                if executor is not None:
                    executor.close()
            per_job[name] = 1000.0 * r["seconds"] / args.overhead_jobs
        results["standin_ms_per_job"] = {k: round(v, 1) for k, v in per_job.items()}
        results["dispatch_overhead_ms"] = round(per_job["ray"] - per_job["local"], 1)
    ray.shutdown()

    print(f"machine: {results['machine']} (Ray {results['ray']}), real jobs: analytic prior, "
          f"CPU preview preset, {args.steps} steps")
    print("| front | jobs | seconds | jobs/min |")
    print("| --- | --- | --- | --- |")
    for key, label in (("no_ray", "no Ray (the server runs jobs)"),
                       ("ray_1_workers", "Ray, 1 worker"), ("ray_2_workers", "Ray, 2 workers")):
        r = results[key]
        print(f"| {label} | {r['jobs']} | {r['seconds']} | {r['jobs_per_minute']} |")
    print(f"dispatch overhead per job (stand-in, no compute): {results['dispatch_overhead_ms']} "
          f"ms ({results['standin_ms_per_job']['ray']} ms on a worker, "
          f"{results['standin_ms_per_job']['local']} ms by the server)")
    speedup = results["ray_2_workers"]["jobs_per_minute"] / results["ray_1_workers"]["jobs_per_minute"]
    print(f"two workers / one: {speedup:.2f}x")
    results["two_over_one"] = round(speedup, 2)
    Path(args.out).write_text(json.dumps(results, indent=2))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
