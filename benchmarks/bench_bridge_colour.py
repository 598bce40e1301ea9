"""The bridge's colours on the exact analytic prior: does stage 2 undo what SDS breaks, and
does it stop at the target? Prints tables (the numbers in docs/guidance.md come from here).

    python benchmarks/bench_bridge_colour.py                       # 2D, and 3D for every CPU preset
    python benchmarks/bench_bridge_colour.py --only 2d
    python benchmarks/bench_bridge_colour.py --only 3d --table cpu --presets preview,standard
    python benchmarks/bench_bridge_colour.py --only 3d --table cuda --render-size 64
    python benchmarks/bench_bridge_colour.py --only 3d --table paper --steps 1000 --render-size 64

2D: "a red apple" from N(0, I) latents, 64 x 64, seed 0, as ``sketch2real image --init noise
--model analytic`` runs it: SDS at s = 100 (500 steps), the bridge exactly as the official code
(``--paper``: 1,000 steps, stage 2 to the end), the official schedule with the fade rule, and ours
(500 steps, the switch at 100) with and without the rule. Colours are the decoded image's mean
(what the PNG shows) and the latent's mean (unclipped); distances are Euclidean in RGB, 0-1, to
the prompt's colour; "past" names the channels that ended on the other side of the target from
where SDS drives them (for red: red below 0.75, green above 0.25, blue above 0.22).

3D: a real sketch (default the CASSIE chair), "a red chair", the refine pipeline with the
analytic prior on the CPU. ``--table cpu`` runs ``CPU_PRESETS``; ``--table cuda`` resolves the
GPU presets (``PRESETS``: their steps, views per step, switch, learning rates, texture field, fit
grid) and runs them on the CPU, with ``--render-size`` replacing the render side if given (the
analytic prior judges each pixel alone, so the render size changes how many texels a step sees,
not the colour dynamics; it is the schedule that is measured, not the speed); ``--table paper``
runs ``presets.PAPER`` (``--steps`` to shorten it, fractions kept). Colours are the area-weighted
mean albedo over the surface at the end of the SDS stage and at the end; "back" is the fraction of
the way from the SDS stage's colour back to the target, 1 - d_end / d_sds; "sat" the share of the
surface with a channel at 0 or 255 in 8 bits (at the end, and the most any Progress event
reported).
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

from sketch2real.guidance import BRIDGE_2D, BRIDGE_PAPER_2D, SDSConfig, make_guidance  # noqa: E402
from sketch2real.guidance.optimize_image import (PAPER_2D, ImageOptConfig, noise_latents,  # noqa: E402
                                                 optimize_latents)
from sketch2real.guidance.priors.analytic import COLOURS, AnalyticPrior  # noqa: E402

SKETCHES = ROOT.parent / "shared" / "data" / "sketches"
RED = torch.tensor(COLOURS["red"])


def _fmt(colour) -> str:
    return "(" + ", ".join(f"{float(c):.3f}" for c in colour) + ")"


def _past(final: torch.Tensor, pushed: torch.Tensor, target: torch.Tensor, tol: float) -> str:
    """Channels that ended on the other side of ``target`` from ``pushed`` (where SDS drives
    them), by more than ``tol``."""
    names = "rgb"
    side = torch.sign(pushed - target)
    over = (final - target) * side < -tol
    return ",".join(names[i] for i in range(3) if over[i]) or "-"


def run_2d(seed: int = 0) -> list[dict]:
    """The 2D rows (see the module docstring)."""
    prior = AnalyticPrior("cpu")
    prompt = "a red apple"
    runs = [
        ("sds, s = 100", "sds", SDSConfig(guidance_scale=100.0), ImageOptConfig(steps=500)),
        ("bridge, paper (--paper)", "bridge", BRIDGE_PAPER_2D, PAPER_2D),
        ("bridge, paper schedule + fade", "bridge",
         dataclasses.replace(BRIDGE_PAPER_2D, stop="fade"), PAPER_2D),
        ("bridge, ours, none", "bridge", dataclasses.replace(BRIDGE_2D, stop="none"),
         ImageOptConfig(steps=500)),
        ("bridge, ours, fade (default)", "bridge", dataclasses.replace(BRIDGE_2D, stop="fade"),
         ImageOptConfig(steps=500)),
    ]
    rows = []
    sds_colour = None
    for label, method, config, opt in runs:
        config = dataclasses.replace(config, seed=seed)
        guidance = make_guidance(method, prior, config)
        t0 = time.perf_counter()
        z, history = optimize_latents(guidance, prompt, noise_latents(prior, 64, seed),
                                      dataclasses.replace(opt, log_every=0))
        colour = prior.decode_latents(z).mean(dim=(0, 2, 3))
        latent = ((z + 1) / 2).mean(dim=(0, 2, 3))
        if sds_colour is None:
            sds_colour = colour
        rows.append({"run": label, "steps": opt.steps, "colour": colour, "latent": latent,
                     "distance": float((colour - RED).norm()),
                     "past": _past(colour, sds_colour, RED, 0.0),
                     "past_latent": _past(latent, sds_colour, RED, 0.0),
                     "seconds": time.perf_counter() - t0})
    return rows


def print_2d(rows: list[dict]) -> None:
    sds = rows[0]["distance"]
    print("\n2D from noise, 'a red apple', analytic prior, target " + _fmt(RED))
    print(f"{'run':<32} {'steps':>5}  {'final colour (decoded)':<24} {'distance':>8} "
          f"{'/ SDS':>6}  {'past':<5} {'latent mean':<24} {'past':<5} {'s':>5}")
    for r in rows:
        print(f"{r['run']:<32} {r['steps']:>5}  {_fmt(r['colour']):<24} {r['distance']:>8.3f} "
              f"{r['distance'] / sds:>6.2f}  {r['past']:<5} {_fmt(r['latent']):<24} "
              f"{r['past_latent']:<5} {r['seconds']:>5.1f}")


def run_3d(table: str, preset_name: str, stop: str, sketch_path: Path, seed: int,
           steps: int | None, render_size: int | None, fit_resolution: int | None,
           switch_at: float | None = None) -> dict:
    """One 3D run; the row of the table."""
    from sketch2real.geometry.readers import read_sketch
    from sketch2real.pipeline import presets
    from sketch2real.pipeline.events import Completed, Progress
    from sketch2real.pipeline.plan import resolve_plan
    from sketch2real.pipeline.refine import Refiner
    from sketch2real.pipeline.request import RefineRequest

    device = "cpu" if table == "cpu" else "cuda"
    request = RefineRequest(prompt="a red chair", model="analytic", device=device,
                            preset="standard" if table == "paper" else preset_name,
                            seed=seed, steps=steps, texture_size=64, max_faces=2000,
                            formats=("ply",), preview_interval_s=3600.0, bridge_stop=stop)
    plan = resolve_plan(request, preset=presets.PAPER if table == "paper" else None)
    # Benchmark-only: a plan resolved for CUDA runs on the CPU (its schedule is what is
    # measured); optionally smaller renders and fit grid.
    plan = dataclasses.replace(plan, device="cpu")
    if render_size:
        plan = dataclasses.replace(plan, views=dataclasses.replace(
            plan.views, render_size=render_size,
            early_render_size=(min(render_size, plan.views.early_render_size)
                               if plan.views.early_render_size else None)))
    if fit_resolution:
        plan = dataclasses.replace(plan, fit=dataclasses.replace(plan.fit,
                                                                 resolution=fit_resolution))
    if switch_at is not None:
        plan = dataclasses.replace(plan, guidance=dataclasses.replace(plan.guidance,
                                                                      switch_at=switch_at))
    sketch = dataclasses.replace(read_sketch(sketch_path), name="bench")
    events_sat = [0.0]

    def on_event(event) -> None:
        if isinstance(event, Progress) and event.stage in ("sds", "bridge"):
            events_sat[0] = max(events_sat[0], event.saturated_share)

    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        result = Refiner(plan, AnalyticPrior("cpu"), on_event).run(sketch, Path(out))
    assert isinstance(result, Completed)
    tex = result.report.texture
    sds = torch.tensor(tex["by_stage"]["sds"]["mean_colour"])
    end = torch.tensor(tex["mean_colour"])
    d_sds, d_end = float((sds - RED).norm()), float((end - RED).norm())
    return {"table": table, "preset": plan.preset, "stop": stop, "steps": plan.steps,
            "stages": result.report.stages, "sds": sds, "end": end, "d_sds": d_sds,
            "d_end": d_end, "back": 1.0 - d_end / d_sds if d_sds > 0 else float("nan"),
            "past": _past(end, sds, RED, 0.0),
            "sat_sds": tex["by_stage"]["sds"]["saturated_share"],
            "sat_end": tex["saturated_share"], "sat_max": events_sat[0],
            "render": plan.views.render_size, "views": plan.views.views_per_step,
            "seconds": time.perf_counter() - t0}


def print_3d_header(sketch: Path) -> None:
    print(f"\n3D, {sketch.parent.name}/{sketch.name}, 'a red chair', analytic prior, target "
          + _fmt(RED))
    print(f"{'table':<6} {'preset':<9} {'stop':<5} {'steps':>6} {'sds/bridge':>11} "
          f"{'px':>4} {'B':>2}  {'colour after SDS':<24} {'d':>6}  {'colour at the end':<24} "
          f"{'d':>6} {'back':>6} {'past':<5} {'sat end':>8} {'sat max':>8} {'s':>6}")


def print_3d_row(r: dict) -> None:
    stages = f"{r['stages'].get('sds', 0)}/{r['stages'].get('bridge', 0)}"
    print(f"{r['table']:<6} {r['preset']:<9} {r['stop']:<5} {r['steps']:>6} {stages:>11} "
          f"{r['render']:>4} {r['views']:>2}  {_fmt(r['sds']):<24} {r['d_sds']:>6.3f}  "
          f"{_fmt(r['end']):<24} {r['d_end']:>6.3f} {r['back']:>6.2f} {r['past']:<5} "
          f"{r['sat_end']:>8.4f} {r['sat_max']:>8.4f} {r['seconds']:>6.0f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--only", choices=("2d", "3d"), default=None)
    p.add_argument("--table", choices=("cpu", "cuda", "paper"), default="cpu",
                   help="3D presets: CPU_PRESETS, the GPU PRESETS run on the CPU, or PAPER")
    p.add_argument("--presets", default="preview,standard,high")
    p.add_argument("--stops", default="fade,none")
    p.add_argument("--sketch", default=str(SKETCHES / "cassie" / "chair.curves"))
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--steps", type=int, default=None, help="3D: override the preset's steps")
    p.add_argument("--render-size", type=int, default=None, help="3D: override the render side")
    p.add_argument("--fit-resolution", type=int, default=None,
                   help="3D: override the fit's grid (the fit is not what is measured)")
    p.add_argument("--switch-at", type=float, default=None,
                   help="3D: override the preset's switch (to size a preset's stage 2)")
    args = p.parse_args(argv)
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    logging.basicConfig(level=logging.WARNING)
    print(f"machine: {os.cpu_count()} CPU cores visible, torch {torch.__version__}, "
          f"{torch.get_num_threads()} thread(s)")
    if args.only in (None, "2d"):
        print_2d(run_2d(args.seed))
    if args.only in (None, "3d"):
        sketch = Path(args.sketch)
        print_3d_header(sketch)
        names = ["paper"] if args.table == "paper" else args.presets.split(",")
        for name in names:
            for stop in args.stops.split(","):
                print_3d_row(run_3d(args.table, name, stop, sketch, args.seed, args.steps,
                                    args.render_size, args.fit_resolution, args.switch_at))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
