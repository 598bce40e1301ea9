"""Time the sketch-to-SDF fit per stage at several resolutions, devices and modes.

    python benchmarks/bench_fit.py [--sketch PATH] [--resolutions 64 128] [--devices cpu cuda]
        [--modes surface membrane] [--out results.json]

Prints one row per (mode, device, resolution): seconds per stage, the fit's total (without the
report's metrics), wall seconds, faces, stroke-to-surface distance. Targets for the
variational ``membrane`` mode: at most 60 s on a 2-core CPU at resolution 64 for a sketch the size of the
CASSIE chair, at most 5 s on a GPU at resolution 128.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import torch

from sketch2real.geometry.readers import read_sketch
from sketch2real.geometry.sdf_fit import FitConfig, fit_sketch

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "sketches" / "cassie" / "chair.curves"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sketch", type=Path, default=DEFAULT)
    ap.add_argument("--resolutions", type=int, nargs="+", default=[64, 128])
    ap.add_argument("--devices", nargs="+", default=["cpu"] + (["cuda"] if torch.cuda.is_available() else []))
    ap.add_argument("--modes", nargs="+", default=["surface"])
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    sketch = read_sketch(args.sketch)
    rows = []
    stages = ("membrane", "interpret", "visual_hull", "optimise", "extract", "metrics")
    print(f"sketch {args.sketch.name}: {len(sketch.strokes)} strokes, {sketch.n_points} points; "
          f"torch {torch.__version__}, threads {torch.get_num_threads()}"
          + (f", GPU {torch.cuda.get_device_name()}" if torch.cuda.is_available() else ""))
    print(f"{'mode':8s} {'device':6s} {'res':>4s} " + " ".join(f"{s:>11s}" for s in stages)
          + f" {'fit total':>9s} {'wall':>7s} {'faces':>7s} {'dist':>6s}")
    for mode in args.modes:
        for dev in args.devices:
            if dev == "cuda":
                # Warm-up: nvdiffrast's plugin build and CUDA context are not fit time.
                fit_sketch(sketch, FitConfig(mode=mode, resolution=32, iterations=2), device=dev)
            for res in args.resolutions:
                if dev == "cuda":
                    torch.cuda.synchronize()
                t0 = time.perf_counter()
                r = fit_sketch(sketch, FitConfig(mode=mode, resolution=res), device=dev)
                wall = time.perf_counter() - t0
                sec = r.report["seconds"]
                fit_total = sum(v for k, v in sec.items() if k != "metrics")
                row = {"mode": mode, "device": dev, "resolution": res, "seconds": sec,
                       "fit_seconds": fit_total, "wall_seconds": wall, "faces": r.report["faces"],
                       "dist_mean": r.report["stroke_to_surface"]["mean"]}
                rows.append(row)
                print(f"{mode:8s} {dev:6s} {res:4d} " + " ".join(f"{sec.get(s, 0.0):11.2f}" for s in stages)
                      + f" {fit_total:9.2f} {wall:7.1f} {row['faces']:7d} {100 * row['dist_mean']:5.2f}%",
                      flush=True)
    if args.out:
        args.out.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
