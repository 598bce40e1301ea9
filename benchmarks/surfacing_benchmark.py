"""Surfacing benchmark: curve networks with known true surfaces, drawn the way people draw in VR
(``geometry/drawn_networks.py``), fitted, and measured against the truth.

    python benchmarks/surfacing_benchmark.py [--mode membrane] [--resolution 64] [--seeds 0]
        [--shapes torus box ...] [--out results.json] [--renders DIR] [--device cpu]

Per shape and seed: the two-sided surface distance (mean and 95th percentile, fractions of the
true surface's bounding-box diagonal), the mean normal angle error (degrees), the Euler
characteristic of the fit against the truth's (the genus is right when they agree and the fit is
one piece), watertightness, roughness (``metrics.roughness``), the one-sided stroke-to-surface
distance and the fit's seconds. The open leaf's truth is the thin closed shell the fit gives an
open sheet (half-thickness ``sdf_fit.shell_half_thickness``).

Exits non-zero when a shape misses the issue's bar: the right Euler characteristic, two-sided
mean distance <= 0.5% of the diagonal, mean normal error <= 8 degrees, watertight.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from sketch2real.geometry.drawn_networks import draw_shape
from sketch2real.geometry.metrics import (euler_characteristic, roughness,
                                          surface_comparison)
from sketch2real.geometry.mesh_cleanup import face_components
from sketch2real.geometry.sdf_fit import FitConfig, fit_sketch, shell_half_thickness
from sketch2real.geometry.truth_shapes import SHAPES, truth_mesh

BAR = {"distance_mean": 0.005, "normal_deg_mean": 8.0}


def measure(name: str, seed: int, config: FitConfig, device: str, renders: Path | None) -> dict:
    sketch, shape = draw_shape(name, seed)
    t0 = time.perf_counter()
    res = fit_sketch(sketch, config, device=device)
    secs = time.perf_counter() - t0
    shell = shell_half_thickness(sketch, config) if shape.is_open else 0.0
    tv, tf = truth_mesh(shape, cells=160, shell_half=shell)
    diag = shape.diagonal()
    row = {"shape": name, "seed": seed, "seconds": secs,
           "watertight": bool(res.report["watertight"]),
           "euler": euler_characteristic(res.faces), "euler_true": shape.euler,
           "pieces": int(np.unique(face_components(res.faces, len(res.verts))).shape[0])
           if len(res.faces) else 0,
           "roughness": roughness(res.verts, res.faces, diag),
           "roughness_true": roughness(tv, tf, diag),
           "stroke_to_surface": res.report["stroke_to_surface"]["mean"]}
    row.update(surface_comparison(res.verts, res.faces, tv, tf, diag))
    row["ok"] = bool(row["watertight"] and row["euler"] == row["euler_true"]
                     and row["pieces"] == 1 and row["distance_mean"] <= BAR["distance_mean"]
                     and row["normal_deg_mean"] <= BAR["normal_deg_mean"])
    if renders is not None:
        from PIL import Image

        from sketch2real.geometry.preview_image import shaded_views
        from sketch2real.geometry.tubes import strokes_to_mesh

        renders.mkdir(parents=True, exist_ok=True)
        sv, sf, _ = strokes_to_mesh(sketch.strokes, min_radius=0.003 * sketch.diagonal())
        img = np.concatenate([shaded_views(sv, sf, size=200), shaded_views(res.verts, res.faces, size=200),
                              shaded_views(tv, tf, size=200)], 0)
        Image.fromarray(img).save(renders / f"{name}-{seed}-{config.mode}.png")
    return row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", default=FitConfig().mode)
    ap.add_argument("--resolution", type=int, default=64)
    ap.add_argument("--seeds", type=int, nargs="+", default=[0])
    ap.add_argument("--shapes", nargs="+", default=list(SHAPES))
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--renders", type=Path)
    args = ap.parse_args()
    config = FitConfig(mode=args.mode, resolution=args.resolution)
    import torch

    print(f"mode {args.mode}, resolution {args.resolution}, device {args.device}, torch threads "
          f"{torch.get_num_threads()}")
    head = (f"{'shape':18s} {'dist mean':>9s} {'dist p95':>8s} {'normal':>7s} {'euler':>9s} "
            f"{'pieces':>6s} {'closed':>6s} {'rough':>6s} {'stroke':>6s} {'seconds':>7s}")
    print(head, flush=True)
    rows = []
    for name in args.shapes:
        for seed in args.seeds:
            try:
                row = measure(name, seed, config, args.device, args.renders)
            except Exception as err:  # report and go on with the others
                print(f"{name + '-' + str(seed):18s} FAILED: {err!r}", flush=True)
                rows.append({"shape": name, "seed": seed, "ok": False, "error": repr(err)})
                continue
            rows.append(row)
            print(f"{name + '-' + str(seed):18s} {100 * row['distance_mean']:8.2f}% "
                  f"{100 * row['distance_p95']:7.2f}% {row['normal_deg_mean']:6.1f}d "
                  f"{row['euler']:4d}/{row['euler_true']:<4d} {row['pieces']:6d} "
                  f"{str(row['watertight']):>6s} {row['roughness']:6.2f} "
                  f"{100 * row['stroke_to_surface']:5.2f}% {row['seconds']:7.1f}"
                  f"{'' if row['ok'] else '  <- misses the bar'}", flush=True)
    good = [r for r in rows if "error" not in r]
    if good:
        print(f"{len(rows)} fits, {sum(not r['ok'] for r in rows)} miss the bar; means: distance "
              f"{100 * np.mean([r['distance_mean'] for r in good]):.2f}%, normal "
              f"{np.mean([r['normal_deg_mean'] for r in good]):.1f} deg, roughness "
              f"{np.mean([r['roughness'] for r in good]):.2f}, "
              f"{np.mean([r['seconds'] for r in good]):.1f} s per fit")
    if args.out:
        args.out.write_text(json.dumps(rows, indent=2))
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
