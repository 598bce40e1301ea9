"""Load test of the gRPC server on loopback: Submit and GetJob latency (p50 / p99) and
throughput, with concurrent clients; and a mixed run: GetJob latency while hostile sketch files
are being parsed.

    python benchmarks/load_server.py [--requests 400] [--concurrency 8] [--json out.json]
    python benchmarks/load_server.py --mixed [--concurrency 8] [--json out.json]

Starts ``sketch2real serve`` in a subprocess on 127.0.0.1 (port chosen by the server, stand-in
runner, a temporary data directory), keeps its worker busy with one long job so the submitted
jobs stay queued (this measures the request path: parsing, validation, SQLite, not refinement),
then sends the requests from ``--concurrency`` threads of this process, each with its own
channel. Bounded: a fixed number of requests, every call with a deadline; the server is stopped
at the end. Loopback only.

``--mixed`` starts a server with tokens (identities ``hostile1``, ``hostile2`` and ``poller``),
measures GetJob from ``--concurrency`` threads for a few seconds alone, then again while two
hostile identities send every file of the hostile corpus (``tests/server/hostile_corpus.py``:
a 12,000 x 12,000 texture in a GLB, 300,000 instanced nodes, millions of lines, lying headers,
zip bombs, big honest files), and reports the latencies, each file's answer and time, and the
server process's resident memory (idle, and its peak during the corpus, from ``/proc``).
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


def _start_server(data_dir: Path, max_jobs: int,
                  extra: tuple[str, ...] = ()) -> tuple[subprocess.Popen, str]:
    cmd = [sys.executable, "-m", "sketch2real", "serve", "--host", "127.0.0.1", "--port", "0",
           "--data-dir", str(data_dir), "--runner", "standin", "--standin-step-seconds", "0.05",
           "--max-queued-per-client", str(max_jobs), "--max-queued-total", str(max_jobs),
           "--shutdown-grace", "0", *extra]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    line = proc.stdout.readline()
    if "serving on" not in line:
        proc.kill()
        raise SystemExit(f"server did not start: {line!r}")
    return proc, line.split("serving on ")[1].split()[0]


def _run_phase(name: str, target: str, n: int, concurrency: int, make_call,
               token: str | None = None, until=None) -> dict:
    """``n`` calls of ``make_call(client, i)`` from ``concurrency`` threads; with ``until`` (a
    threading.Event), each thread calls until it is set instead."""
    from sketch2real.client import Client

    per_thread = [n // concurrency + (1 if i < n % concurrency else 0) for i in range(concurrency)]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(concurrency + 1)

    def worker(count: int) -> None:
        with Client(target, timeout=30.0, token=token) as c:
            c.server_info()  # connect first: the timings exclude channel set-up
            barrier.wait(timeout=60)
            mine, errs = [], []
            i = 0
            while (i < count) if until is None else not until.is_set():
                t0 = time.perf_counter()
                try:
                    make_call(c, i)
                except Exception as exc:  # noqa: BLE001 - counted and reported
                    errs.append(type(exc).__name__ + ": " + str(exc)[:100])
                mine.append(time.perf_counter() - t0)
                i += 1
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
            "mean_ms": round(statistics.fmean(ms), 2), "max_ms": round(max(ms), 2),
            "throughput_rps": round(len(ms) / wall, 1),
            "wall_s": round(wall, 2)}


def _rss(pid: int) -> dict:
    """VmRSS and VmHWM (peak) of a process, bytes (Linux)."""
    out = {}
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) * 1024
    return out


def _child_peaks(pid: int) -> dict:
    """{child pid: VmHWM bytes} of the processes whose parent is ``pid`` (the parsers)."""
    out = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            if ppid == pid:
                out[int(entry.name)] = _rss(int(entry.name))["VmHWM"]
        except (OSError, KeyError, ValueError, IndexError):
            continue
    return out


def mixed(conc: int, seconds: float) -> tuple[list, list, dict]:
    """GetJob alone, then GetJob while two identities send the hostile corpus."""
    sys.path.insert(0, str(REPO / "tests" / "server"))
    from hostile_corpus import corpus

    from sketch2real.client import Client, ServerError

    t0 = time.perf_counter()
    cases = corpus()
    made = time.perf_counter() - t0
    tokens = {"hostile1": "hostile1-token-0123456789", "hostile2": "hostile2-token-0123456789",
              "poller": "poller-token-0123456789ab"}
    results, files = [], []
    with tempfile.TemporaryDirectory() as tmp:
        token_file = Path(tmp) / "tokens"
        token_file.write_text("".join(f"{name} {tok}\n" for name, tok in tokens.items()))
        proc, target = _start_server(Path(tmp) / "data", 64,
                                     ("--token-file", str(token_file)))
        try:
            with Client(target, token=tokens["poller"]) as c:
                warm = c.submit(Client.file_sketch(b"v 2\n0 0 0\n1 1 1\n", format="curves"),
                                "warm", preset="preview")
                c.wait(warm)
                job = c.submit(Client.file_sketch(b"v 2\n0 0 0\n1 1 1\n", format="curves"),
                               "polled", preset="preview", steps=30_000)
            time.sleep(1.0)
            idle_rss = _rss(proc.pid)["VmRSS"]
            with open(f"/proc/{proc.pid}/clear_refs", "w") as fh:
                fh.write("5")  # the peak starts at the idle level

            def get(c, _i):
                c.get_job(job)

            stop = threading.Event()
            timer = threading.Timer(seconds, stop.set)
            timer.start()
            results.append(_run_phase("GetJob, alone", target, 0, conc, get,
                                      tokens["poller"], stop))
            stop = threading.Event()
            lock = threading.Lock()
            parser_peaks: dict = {}

            def hostile(name: str, mine) -> None:
                with Client(target, token=tokens[name], timeout=120.0) as c:
                    for case in mine:
                        t = time.perf_counter()
                        try:
                            c.submit(Client.file_sketch(case.data, format=case.fmt,
                                                        name=f"x.{case.fmt}"),
                                     "hostile", preset="preview", priority="batch")
                            code, detail = "OK", ""
                        except ServerError as err:
                            code, detail = err.code.name, err.details
                        peaks = _child_peaks(proc.pid)
                        with lock:
                            files.append({"identity": name, "case": case.name,
                                          "bytes": len(case.data), "code": code,
                                          "seconds": round(time.perf_counter() - t, 2),
                                          "detail": detail[:120]})
                            for child, peak_bytes in peaks.items():
                                parser_peaks[child] = max(parser_peaks.get(child, 0),
                                                          peak_bytes)

            attackers = [threading.Thread(target=hostile, args=(name, half)) for name, half in
                         (("hostile1", [cases[0], *cases[1::2]]),
                          ("hostile2", [cases[0], *cases[2::2]]))]
            t_start = time.perf_counter()

            def run_attack() -> None:
                for t in attackers:
                    t.start()
                for t in attackers:
                    t.join(timeout=900)
                stop.set()

            threading.Thread(target=run_attack).start()
            results.append(_run_phase("GetJob, during the hostile corpus", target, 0, conc, get,
                                      tokens["poller"], stop))
            attack_s = time.perf_counter() - t_start
            peak = _rss(proc.pid)["VmHWM"]
            with Client(target, token=tokens["poller"]) as c:
                health = c.health()
                c.cancel(job)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    memory = {"server_rss_idle_mib": round(idle_rss / 2 ** 20, 1),
              "server_rss_peak_mib": round(peak / 2 ** 20, 1),
              "server_rss_increase_mib": round((peak - idle_rss) / 2 ** 20, 1),
              "largest_parser_peak_mib": round(max(parser_peaks.values(), default=0) / 2 ** 20,
                                               1),
              "corpus_seconds": round(attack_s, 1), "corpus_made_seconds": round(made, 1),
              "health_after": health}
    return results, files, memory


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=400, help="requests per phase")
    parser.add_argument("--concurrency", type=int, default=8, help="client threads")
    parser.add_argument("--mesh-triangles", type=int, default=20_000,
                        help="triangles of the mesh sketch in the large-Submit phase")
    parser.add_argument("--mixed", action="store_true",
                        help="GetJob alone, then while hostile files are parsed (instead of the "
                             "Submit/GetJob phases)")
    parser.add_argument("--alone-seconds", type=float, default=5.0,
                        help="--mixed: seconds of GetJob without the corpus")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args(argv)
    n, conc = max(1, args.requests), max(1, args.concurrency)
    if args.mixed:
        return _report_mixed(args, conc)

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


def _report_mixed(args, conc: int) -> int:
    import platform

    import grpc

    results, files, memory = mixed(conc, args.alone_seconds)
    env = {"python": platform.python_version(), "grpc": grpc.__version__,
           "cpus": __import__("os").cpu_count(), "load_average": __import__("os").getloadavg()}
    print(f"sketch2real server mixed run on loopback ({env})")
    print(f"{'phase':48} {'n':>6} {'err':>4} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} "
          f"{'req/s':>8}")
    for r in results:
        print(f"{r['phase']:48} {r['requests']:6d} {r['errors']:4d} {r['p50_ms']:8.2f} "
              f"{r['p99_ms']:8.2f} {r['max_ms']:8.1f} {r['throughput_rps']:8.1f}")
    print(f"{'file (identity)':56} {'MB':>7} {'answer':>19} {'s':>6}")
    for f in sorted(files, key=lambda f: (f["case"], f["identity"])):
        print(f"{f['case'] + ' (' + f['identity'] + ')':56} {f['bytes'] / 1e6:7.2f} "
              f"{f['code']:>19} {f['seconds']:6.2f}")
    print(", ".join(f"{k} {v}" for k, v in memory.items()))
    if args.json:
        Path(args.json).write_text(json.dumps({"env": env, "results": results, "files": files,
                                               "memory": memory}, indent=2))
    return 0 if all(r["errors"] == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
