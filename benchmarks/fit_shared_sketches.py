"""Fit every sketch under a folder (default ../shared/data/sketches) and print a table of the
fit's quality and time: held-out silhouette IoU, stroke-to-surface distance, watertightness.

    python benchmarks/fit_shared_sketches.py [--root DIR] [--resolution 64] [--device cpu]
        [--mode surface] [--out results.json] [--renders DIR]

Exits non-zero if any sketch fails the issue's bar (watertight, mean distance <= 2% of the
diagonal, held-out IoU >= 0.9), so it doubles as an acceptance check.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from sketch2real.geometry.readers import read_sketch, supported_extensions
from sketch2real.geometry.sdf_fit import FitConfig, fit_sketch

ROOT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "sketches"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--resolution", type=int, default=64)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--mode", default="surface")
    ap.add_argument("--only", nargs="*", help="substrings of file names to keep")
    ap.add_argument("--out", type=Path, help="write all reports as JSON here")
    ap.add_argument("--renders", type=Path, help="write a PNG of each result here")
    args = ap.parse_args()
    files = sorted(p for p in args.root.rglob("*") if p.suffix.lower() in supported_extensions())
    if args.only:
        files = [p for p in files if any(s in p.name for s in args.only)]
    rows, reports, failed = [], {}, 0
    print(f"{'sketch':40s} {'IoU mean':>8s} {'IoU min':>8s} {'dist mean':>9s} {'dist p95':>9s} "
          f"{'closed':>6s} {'faces':>7s} {'seconds':>8s}", flush=True)
    for path in files:
        t0 = time.perf_counter()
        try:
            sketch = read_sketch(path)
            res = fit_sketch(sketch, FitConfig(mode=args.mode, resolution=args.resolution),
                             device=args.device)
        except Exception as err:  # report and go on with the others
            print(f"{path.name:40s} FAILED: {err}", flush=True)
            failed += 1
            continue
        rep = res.report
        secs = time.perf_counter() - t0
        iou, dist = rep["heldout_iou"], rep["stroke_to_surface"]
        ok = rep["watertight"] and dist["mean"] <= 0.02 and iou["mean"] >= 0.9
        failed += not ok
        print(f"{path.parent.name + '/' + path.name:40s} {iou['mean']:8.3f} {iou['min']:8.3f} "
              f"{100 * dist['mean']:8.2f}% {100 * dist['p95']:8.2f}% {str(rep['watertight']):>6s} "
              f"{rep['faces']:7d} {secs:8.1f}{'' if ok else '  <- below the bar'}", flush=True)
        reports[str(path.relative_to(args.root))] = rep
        rows.append((iou["mean"], dist["mean"], secs))
        if args.renders:
            from PIL import Image

            from sketch2real.geometry.preview_image import shaded_views

            args.renders.mkdir(parents=True, exist_ok=True)
            Image.fromarray(shaded_views(res.verts, res.faces, size=240)).save(
                args.renders / f"{path.stem}.png")
    if rows:
        a = np.array(rows)
        print(f"{len(rows)} fitted, {failed} below the bar or failed; IoU mean {a[:, 0].mean():.3f}, "
              f"distance mean {100 * a[:, 1].mean():.2f}%, {a[:, 2].mean():.1f} s per sketch")
    if args.out:
        args.out.write_text(json.dumps(reports, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
