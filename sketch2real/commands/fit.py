"""``sketch2real fit SKETCH -o OUT.(ply|obj|glb)``: fit a watertight surface to a sketch."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

MESH_SUFFIXES = (".ply", ".obj", ".glb")
log = logging.getLogger("sketch2real.fit")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("sketch", help="sketch file (.curves .tilt .apa .obj .ply .glb .gltf .stl .off)")
    p.add_argument("-o", "--output", required=True, help="output mesh (.ply, .obj or .glb)")
    p.add_argument("--mode", choices=("surface", "membrane", "tube"), default="surface",
                   help="surface: the solid the filled silhouettes enclose (default); membrane: "
                        "a smooth membrane through curve networks, by variational surfacing "
                        "(opt-in: keeps the holes of closed curve networks, smoother; not yet "
                        "right on thin legs or sheets, see docs/surfacing.md); tube: strokes as "
                        "drawn")
    p.add_argument("--resolution", type=int, default=64,
                   help="tetrahedral grid cells per axis (default 64; 128 on a GPU)")
    p.add_argument("--iterations", type=int, default=None,
                   help="optimisation steps after the visual hull (surface and tube modes; default "
                        "from the fit config)")
    p.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--report", help="write a JSON report (metrics, seconds per stage) here")


def check_output_path(path: str, suffixes=MESH_SUFFIXES) -> Path:
    out = Path(path)
    if out.suffix.lower() not in suffixes:
        raise ValueError(f"output must end in one of {', '.join(suffixes)}: got {path!r}")
    return out


def run(args: argparse.Namespace) -> int:
    try:
        out = check_output_path(args.output)
        if args.resolution < 8 or args.resolution > 512:
            raise ValueError(f"--resolution must be between 8 and 512, got {args.resolution}")
    except ValueError as err:
        print(f"sketch2real fit: error: {err}", file=sys.stderr)
        return 2
    import dataclasses

    import torch
    import trimesh

    from sketch2real.geometry.readers import read_sketch
    from sketch2real.geometry.sdf_fit import FitConfig, fit_sketch

    if args.device == "cuda" and not torch.cuda.is_available():
        print("sketch2real fit: error: --device cuda asked for, but torch sees no CUDA device",
              file=sys.stderr)
        return 2
    sketch = read_sketch(args.sketch)
    config = FitConfig(mode=args.mode, resolution=args.resolution, seed=args.seed)
    if args.iterations is not None:
        config = dataclasses.replace(config, iterations=max(0, args.iterations))
    log.info("fitting %s (%d strokes, %d points) in %s mode at resolution %d on %s",
             sketch.name, len(sketch.strokes), sketch.n_points, config.mode, config.resolution,
             args.device)
    result = fit_sketch(sketch, config, device=args.device)
    out.parent.mkdir(parents=True, exist_ok=True)
    trimesh.Trimesh(result.verts, result.faces, process=False).export(out)
    rep = result.report
    rep["input"] = str(args.sketch)
    rep["output"] = str(out)
    summary = (f"{out}: {rep['faces']} faces, watertight={rep['watertight']}")
    if "heldout_iou" in rep:
        summary += (f", held-out IoU {rep['heldout_iou']['mean']:.3f}, stroke-to-surface mean "
                    f"{100 * rep['stroke_to_surface']['mean']:.2f}% / p95 "
                    f"{100 * rep['stroke_to_surface']['p95']:.2f}% of the diagonal")
    summary += f", {sum(rep['seconds'].values()):.1f} s"
    print(summary)
    if args.report:
        Path(args.report).parent.mkdir(parents=True, exist_ok=True)
        Path(args.report).write_text(json.dumps(rep, indent=2))
    return 0
