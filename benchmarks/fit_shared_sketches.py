"""Fit every sketch under a folder (default ../shared/data/sketches) and print a table of the
fit's quality and time: stroke-to-surface distance, roughness (curvature noise, where grooves
along strokes and pits show), Euler characteristic, watertightness, held-out silhouette IoU.

    python benchmarks/fit_shared_sketches.py [--root DIR] [--resolution 64] [--device cpu]
        [--mode surface|membrane|tube] [--only NAME...] [--out results.json] [--renders DIR]
        [--compare BEFORE.json]

Exits non-zero if any sketch fails the bar: watertight and stroke-to-surface mean <= 1% of the
bounding-box diagonal; with ``--compare`` (a JSON written by ``--out`` for another mode), also
when a sketch is not smoother (lower roughness) than in that file.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from sketch2real.geometry.metrics import euler_characteristic, roughness
from sketch2real.geometry.readers import read_sketch, supported_extensions
from sketch2real.geometry.sdf_fit import FitConfig, fit_sketch

ROOT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "sketches"
BAR_DISTANCE = 0.01


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--resolution", type=int, default=64)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--mode", default=FitConfig().mode)
    ap.add_argument("--only", nargs="*", help="substrings of file names to keep")
    ap.add_argument("--out", type=Path, help="write all reports as JSON here")
    ap.add_argument("--renders", type=Path, help="write a PNG of each result here")
    ap.add_argument("--compare", type=Path, help="a JSON from --out to compare roughness with")
    args = ap.parse_args()
    files = sorted(p for p in args.root.rglob("*") if p.suffix.lower() in supported_extensions())
    if args.only:
        files = [p for p in files if any(s in p.name for s in args.only)]
    before = json.loads(args.compare.read_text()) if args.compare else {}
    rows, reports, failed = [], {}, 0
    print(f"mode {args.mode}, resolution {args.resolution}, device {args.device}", flush=True)
    print(f"{'sketch':40s} {'dist mean':>9s} {'dist p95':>9s} {'rough':>6s} "
          f"{'euler':>6s} {'closed':>6s} {'IoU':>6s} {'faces':>7s} {'seconds':>8s}", flush=True)
    for path in files:
        key = str(path.relative_to(args.root))
        t0 = time.perf_counter()
        try:
            sketch = read_sketch(path)
            res = fit_sketch(sketch, FitConfig(mode=args.mode, resolution=args.resolution),
                             device=args.device)
        except Exception as err:  # report and go on with the others
            print(f"{key:40s} FAILED: {err}", flush=True)
            failed += 1
            continue
        secs = time.perf_counter() - t0
        rep = res.report
        dist = rep["stroke_to_surface"]
        rep["roughness"] = roughness(res.verts, res.faces, sketch.diagonal())
        rep["euler"] = euler_characteristic(res.faces)
        rep["wall_seconds"] = secs
        ok = rep["watertight"] and dist["mean"] <= BAR_DISTANCE
        note = ""
        if key in before:
            smoother = rep["roughness"] < before[key]["roughness"]
            ok = ok and smoother
            note = f"  (was {before[key]['roughness']:.2f})"
        failed += not ok
        iou = rep.get("heldout_iou", {}).get("mean", float("nan"))
        print(f"{key:40s} {100 * dist['mean']:8.2f}% {100 * dist['p95']:8.2f}% "
              f"{rep['roughness']:6.2f} {rep['euler']:6d} {str(rep['watertight']):>6s} "
              f"{iou:6.3f} {rep['faces']:7d} {secs:8.1f}{note}"
              f"{'' if ok else '  <- below the bar'}", flush=True)
        reports[key] = rep
        rows.append((dist["mean"], rep["roughness"], secs))
        if args.renders:
            from PIL import Image

            from sketch2real.geometry.preview_image import shaded_views

            args.renders.mkdir(parents=True, exist_ok=True)
            Image.fromarray(shaded_views(res.verts, res.faces, size=240)).save(
                args.renders / f"{path.stem}.png")
    if rows:
        a = np.array(rows)
        print(f"{len(rows)} fitted, {failed} below the bar or failed; distance mean "
              f"{100 * a[:, 0].mean():.2f}%, roughness mean {a[:, 1].mean():.2f}, "
              f"{a[:, 2].mean():.1f} s per sketch")
    if args.out:
        args.out.write_text(json.dumps(reports, indent=2, default=str))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
