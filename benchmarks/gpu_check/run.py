"""The GPU check's orchestrator, and the entry point of one part.

    python -m benchmarks.gpu_check [--dry-run] [--out DIR] [--budget S | --deadline EPOCH]
                                   [--sketch PATH] [--only a,b] [--skip a,b]

runs the parts of ``schedule.PARTS`` in order, each in its own process under a timeout (a hung
or crashed part costs only its own time; its process group is killed), and after every part
rewrites ``gpu_check.json`` and ``gpu_check.md`` in ``--out``, so a run cut short still reports
what it measured. A part starts only when at least its ``min_s`` of the budget is left; else
it is recorded as skipped. The log of every part goes to ``gpu_check.log``. The short table
(targets, parts) is printed last. Exit code 1 when a part failed or timed out.

    python -m benchmarks.gpu_check --part NAME --result FILE --work DIR [--dry-run] [--sketch P]

runs one part (``parts.PARTS``) and writes its results to FILE as they come.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ET
from pathlib import Path

from benchmarks.gpu_check.record import Recorder, read_json, write_json
from benchmarks.gpu_check.schedule import PARTS, Part, sizes_for
from benchmarks.gpu_check.table import markdown, short_table

ROOT = Path(__file__).resolve().parents[2]
SKETCH = Path("cassie") / "chair.curves"
SKETCH_DIRS = ("SKETCH2REAL_SKETCHES", ".gpu_check/sketches", "../shared/data/sketches")
"""Where the real sketch is looked for: the environment variable's folder, the folder that
``scripts/gpu_check.sh --prepare`` fills (and the device run carries), the shared data."""


def find_sketches_dir() -> Path | None:
    """The folder of real sketches (``cassie/chair.curves`` in it), or None."""
    for entry in SKETCH_DIRS:
        if entry.isupper():
            value = os.environ.get(entry)
            if not value:
                continue
            path = Path(value)
        else:
            path = ROOT / entry
        if (path / SKETCH).is_file():
            return path.resolve()
    return None


def find_commit() -> str:
    """The commit being checked: ``GPU_CHECK_COMMIT``, else git, else the file ``--prepare``
    wrote (a copy of the working tree sent to a GPU machine has no git history)."""
    if os.environ.get("GPU_CHECK_COMMIT"):
        return os.environ["GPU_CHECK_COMMIT"]
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                              capture_output=True, text=True, timeout=10)
        if head.returncode == 0 and head.stdout.strip():
            dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                                   cwd=ROOT, capture_output=True, text=True, timeout=10)
            return head.stdout.strip() + ("-dirty" if dirty.stdout.strip() else "")
    except (OSError, subprocess.TimeoutExpired):
        pass
    stamp = ROOT / ".gpu_check" / "commit"
    if stamp.is_file():
        return stamp.read_text().strip() + " (stamped by --prepare)"
    return ""


# --- one part ------------------------------------------------------------------------------------

def run_part(args: argparse.Namespace) -> int:
    """Run one part in this process; its results go to ``args.result`` as they come."""
    logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                        format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    logging.getLogger("sketch2real.geometry.raster").setLevel(logging.DEBUG)   # build errors
    import torch

    from benchmarks.gpu_check.parts import PARTS as PART_FUNCS, Ctx

    sizes = sizes_for(args.dry_run)
    if sizes.device == "cpu":
        torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    for name in sizes.block_imports:
        sys.modules[name] = None          # ``import name`` now raises ImportError
    rec = Recorder(Path(args.result))
    ctx = Ctx(sizes=sizes, rec=rec, work=Path(args.work),
              sketch=Path(args.sketch) if args.sketch else None, commit=find_commit())
    try:
        PART_FUNCS[args.part](ctx)
    except BaseException as err:  # noqa: BLE001 - recorded, then the exit code says it failed
        traceback.print_exc()
        rec.put("_error", f"{type(err).__name__}: {str(err).strip().splitlines()[0][:300] if str(err).strip() else ''}")
        return 1
    return 0


# --- pytest --------------------------------------------------------------------------------------

def gpu_test_files() -> list[str]:
    """Test files with GPU-marked tests (found by their marker, so new ones are included)."""
    found = []
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "pytest.mark.gpu" in text:
            found.append(str(path.relative_to(ROOT)))
    return found


def pytest_command(xml: Path) -> list[str]:
    return [sys.executable, "-m", "pytest", "-q", "-m", "gpu", "-p", "no:cacheprovider",
            f"--junitxml={xml}", "-o", "junit_family=xunit2", *gpu_test_files()]


def read_junit(xml: Path) -> dict:
    """Counts and cases of a JUnit XML file written by pytest."""
    out = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0, "cases": []}
    try:
        root = ET.parse(xml).getroot()
    except (OSError, ET.ParseError):
        return out
    for case in root.iter("testcase"):
        outcome, message = "passed", ""
        for child in case:
            if child.tag in ("failure", "error", "skipped"):
                outcome = {"failure": "failed", "error": "errors"}.get(child.tag, child.tag)
                message = (child.get("message") or "").splitlines()[0][:200] if child.get("message") else ""
        key = {"failed": "failed", "errors": "errors", "skipped": "skipped"}.get(outcome, "passed")
        out[key] += 1
        out["cases"].append({"name": f"{case.get('classname', '')}.{case.get('name', '')}",
                             "outcome": "error" if outcome == "errors" else outcome,
                             "seconds": float(case.get("time") or 0.0), "message": message})
    return out


# --- the orchestrator ----------------------------------------------------------------------------

def _kill_group(proc: subprocess.Popen) -> None:
    for sig, wait in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


_CURRENT: list[subprocess.Popen] = []
"""The part's process while it runs (killed with its group if the check itself is stopped)."""


def _run_child(cmd: list[str], timeout: float, log: Path, env: dict) -> tuple[int | None, float]:
    """Run ``cmd`` in its own process group (its own children, such as inductor's compile
    workers, go with it), output appended to ``log``; (exit code or None on timeout, seconds)."""
    t0 = time.perf_counter()
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(f"\n===== {' '.join(cmd)} (timeout {timeout:.0f} s)\n")
        fh.flush()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)
        _CURRENT.append(proc)
        try:
            code: int | None = proc.wait(timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            code = None
        finally:
            _CURRENT.remove(proc)
    return code, time.perf_counter() - t0


def _stop(signum, frame) -> None:
    """SIGTERM / SIGINT (the shell's ``timeout``, Ctrl-C): end the running part's process group,
    which would otherwise outlive the check in its own session."""
    del frame
    for proc in list(_CURRENT):
        _kill_group(proc)
    raise SystemExit(128 + signum)


def _tail(log: Path, lines: int = 1) -> str:
    try:
        text = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " / ".join(text[-lines:])[:300]


class Check:
    """One run of the whole check (see the module docstring)."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.sizes = sizes_for(args.dry_run)
        self.out = Path(args.out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.work = Path(args.work or tempfile.mkdtemp(prefix="gpu_check_"))
        self.work.mkdir(parents=True, exist_ok=True)
        self.log = self.out / "gpu_check.log"
        self.t0 = time.time()
        budget = self.sizes.budget_s if args.budget is None else args.budget
        self.deadline = args.deadline if args.deadline is not None else self.t0 + budget
        sketches = find_sketches_dir()
        self.sketch = (Path(args.sketch) if args.sketch else
                       (sketches / SKETCH if sketches and self.sizes.real_sketch else None))
        only = set(filter(None, (args.only or "").split(",")))
        skip = set(filter(None, (args.skip or "").split(",")))
        unknown = (only | skip) - {p.name for p in PARTS}
        if unknown:
            raise SystemExit(f"unknown parts: {', '.join(sorted(unknown))}; the parts are "
                             f"{', '.join(p.name for p in PARTS)}")
        self.parts = [p for p in PARTS if (not only or p.name in only) and p.name not in skip]
        self.results = {
            "schema": 1, "dry_run": bool(args.dry_run),
            "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "commit": find_commit(), "budget_s": round(self.deadline - self.t0, 1),
            "machine": "", "sketch": str(self.sketch.name) if self.sketch else "example chair",
            "parts": {p.name: {"status": "pending", "what": p.what} for p in self.parts},
        }

    def save(self) -> None:
        self.results["elapsed_s"] = round(time.time() - self.t0, 1)
        write_json(self.out / "gpu_check.json", self.results)
        (self.out / "gpu_check.md").write_text(markdown(self.results), encoding="utf-8")

    def env(self) -> dict:
        env = dict(os.environ)
        env["PYTHONUNBUFFERED"] = "1"
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        sketches = find_sketches_dir()
        if sketches is not None:
            env["SKETCH2REAL_SKETCHES"] = str(sketches)
        return env

    def run(self) -> int:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, _stop)
        self.save()
        try:
            return self._run_parts()
        except SystemExit:
            for name, entry in self.results["parts"].items():
                if entry.get("status") == "running":
                    entry.update(status="interrupted", error="the check was stopped",
                                 data=read_json(self.work / f"{name}.json"))
            self.save()
            raise

    def _run_parts(self) -> int:
        failed = False
        for part in self.parts:
            left = self.deadline - time.time()
            entry = self.results["parts"][part.name]
            if left < part.min_s:
                entry.update(status="skipped", reason=f"budget: {left:.0f} s left, the part "
                                                      f"needs at least {part.min_s:.0f} s")
                self.save()
                continue
            timeout = max(1.0, min(part.max_s, left - 2.0))
            print(f"[gpu_check] {part.name}: {part.what} (timeout {timeout:.0f} s)", flush=True)
            entry.update(status="running")
            self.save()
            ok = self.run_one(part, timeout, entry)
            failed = failed or not ok
            if part.name == "env":
                d = entry.get("data", {})
                self.results["machine"] = (f"{d.get('device_name', '?')}, {d.get('cpus', '?')} "
                                           f"CPUs, torch {d.get('torch', '?')}")
            self.save()
            print(f"[gpu_check] {part.name}: {entry['status']} in {entry.get('seconds', 0):.1f} s"
                  + (f" ({entry.get('error')})" if entry.get("error") else ""), flush=True)
        self.results["finished"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        self.save()
        print(short_table(self.results), flush=True)
        print(f"\n[gpu_check] wrote {self.out / 'gpu_check.md'}, {self.out / 'gpu_check.json'}, "
              f"{self.log}", flush=True)
        return 1 if failed else 0

    def run_one(self, part: Part, timeout: float, entry: dict) -> bool:
        result = self.work / f"{part.name}.json"
        if part.name == "pytest_gpu":
            xml = self.work / "pytest.xml"
            code, seconds = _run_child(pytest_command(xml), timeout, self.log, self.env())
            data = read_junit(xml)
            ok_codes = (0, 5)             # 5: nothing collected
        else:
            cmd = [sys.executable, "-m", "benchmarks.gpu_check", "--part", part.name,
                   "--result", str(result), "--work", str(self.work)]
            if self.args.dry_run:
                cmd.append("--dry-run")
            if self.sketch is not None:
                cmd += ["--sketch", str(self.sketch)]
            code, seconds = _run_child(cmd, timeout, self.log, self.env())
            data = read_json(result)
            ok_codes = (0,)
        error = data.pop("_error", None) if isinstance(data, dict) else None
        entry.update(seconds=round(seconds, 1), data=data)
        if code is None:
            entry.update(status="timeout", error=f"killed after {timeout:.0f} s; partial results kept")
            return False
        if code not in ok_codes:
            entry.update(status="failed", error=error or f"exit code {code}: {_tail(self.log)}")
            return False
        entry.update(status="ok")
        return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.gpu_check",
                                 description="Check and time the real path on this machine's GPU.")
    ap.add_argument("--dry-run", action="store_true",
                    help="the same parts on the CPU at toy sizes (CI: the script cannot rot)")
    ap.add_argument("--out", default=os.environ.get("OUT") or "gpu_check_out",
                    help="folder for gpu_check.json, .md and .log (default $OUT, else ./gpu_check_out)")
    ap.add_argument("--budget", type=float, default=None,
                    help="seconds for all parts (default 480 real, 900 dry run)")
    ap.add_argument("--deadline", type=float, default=None,
                    help="end of the budget as a Unix time (the shell script passes its own)")
    ap.add_argument("--sketch", default=None, help="the sketch of the fit and end-to-end parts "
                                                   "(default: cassie/chair.curves if found)")
    ap.add_argument("--only", default="", help="comma-separated parts to run (default all)")
    ap.add_argument("--skip", default="", help="comma-separated parts to leave out")
    ap.add_argument("--work", default=None, help="scratch folder (default: a new temporary one)")
    ap.add_argument("--part", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--result", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.part:
        return run_part(args)
    return Check(args).run()
