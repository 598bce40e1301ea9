"""End-to-end refinement benchmark: one preset on a real sketch, against the floor.

    python benchmarks/bench_refine.py --out bench_refine.json [--preset standard]
        [--sketch ../shared/data/sketches/cassie/chair.curves] [--steps N] [--device cuda|cpu]

On CUDA the prior is a Stable Diffusion 2.1-base sized model with random weights, fp16 (built by
``bench_guidance.build_sd21_base_random``: the real compute, nothing downloaded), handed to the
``Refiner`` as the CLI and the server hand theirs, with a plan resolved as they resolve it.

It reports (and prints):
- ``time_to_first_preview_s``: from the start of the refinement loop to the first Preview event
  (``..._from_job_start_s``: from the call, fit and model set-up included);
- ``seconds``: per stage (fit, sds, bridge, export), the prior's set-up and the total;
- ``steps_per_second`` of the loop and ``step_ms``;
- ``peak_gpu_memory_gb`` (torch's peak allocated during the job);
- ``floor_step_ms``: the UNet + VAE work of one step alone at the same batch and resolution (VAE
  encode of B images at the model's size with its backward, one UNet call on 2B latents: what any
  SDS/bridge step must do), and ``loop_over_floor`` = step_ms / floor_step_ms.

Targets on one H100/H200 (checked and printed; the same as ``scripts/gpu_check.sh``'s): first
preview within 3 s of the job's start, ``standard`` complete within 60 s, loop at most 1.2x the
floor, peak memory at most 16 GiB.
On a CPU it runs the tiny random model and the CPU-sized preset and says that the numbers only
show that the script works.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
sys.path.insert(0, HERE)

from sketch2real.geometry.readers import read_sketch  # noqa: E402
from sketch2real.guidance.priors.stable_diffusion import StableDiffusionPrior  # noqa: E402
from sketch2real.guidance.priors.tiny_random import build_tiny_sd_components  # noqa: E402
from sketch2real.pipeline.events import Completed, Preview, StageStarted  # noqa: E402
from sketch2real.pipeline.plan import resolve_plan  # noqa: E402
from sketch2real.pipeline.refine import refine_sketch  # noqa: E402
from sketch2real.pipeline.request import RefineRequest  # noqa: E402

DEFAULT_SKETCH = os.path.join(HERE, "..", "..", "shared", "data", "sketches", "cassie", "chair.curves")
TARGETS = {"first_preview_s": 3.0, "standard_total_s": 60.0, "loop_over_floor": 1.2,
           "peak_gpu_memory_gb": 16.0}


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def floor_step_ms(prior, batch: int, steps: int, warmup: int, device: torch.device) -> float:
    """Mean ms of the model work of one guidance step: encode B images with gradient, one UNet
    call on 2B latents (two prompts), backward through the encoder."""
    size = prior.image_size or 64
    emb = prior.encode_prompts(["a DSLR photo of a chair"] * (2 * batch))
    total = 0.0
    for i in range(warmup + steps):
        images = torch.rand(batch, 3, size, size, device=device, requires_grad=True)
        _sync(device)
        t0 = time.perf_counter()
        z = prior.encode_images(images)
        t = torch.randint(20, 980, (2 * batch,), device=device)
        with torch.no_grad():
            eps = prior.predict_noise(torch.cat([z.detach(), z.detach()]), t, emb)
        loss = (z * eps[:batch].detach()).sum()
        loss.backward()
        _sync(device)
        if i >= warmup:
            total += time.perf_counter() - t0
    return 1000.0 * total / steps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="JSON file for the results")
    parser.add_argument("--preset", default="standard", choices=("preview", "standard", "high"))
    parser.add_argument("--sketch", default=DEFAULT_SKETCH, help="sketch file (default: CASSIE chair)")
    parser.add_argument("--prompt", default="a DSLR photo of a wooden chair")
    parser.add_argument("--steps", type=int, default=None, help="override the preset's steps")
    parser.add_argument("--device", default=None, help="cuda or cpu (default: cuda if available)")
    parser.add_argument("--out-dir", default=None, help="where the meshes go (default: beside --out)")
    args = parser.parse_args(argv)

    device = torch.device(args.device or ("cuda" if torch.cuda.is_available() else "cpu"))
    if device.type == "cuda":
        from bench_guidance import sd21_base_random_prior

        torch.backends.cuda.matmul.allow_tf32 = True
        config = "SD 2.1-base sized, random weights, fp16, nvdiffrast"
        prior = sd21_base_random_prior(device)
        model = "sd21-base-random"
        from sketch2real.geometry.raster import get_rasterizer

        get_rasterizer(device)     # builds nvdiffrast's plugin on first use, outside the timing
    else:
        torch.set_num_threads(max(1, min(4, os.cpu_count() or 1)))
        config = "CPU: tiny random model, toy-sized preset -- NOT representative of a GPU run"
        print(f"bench_refine: no CUDA; running the tiny config ({config})")
        prior = StableDiffusionPrior.from_components(build_tiny_sd_components(0), device,
                                                     torch.float32, name="tiny-random")
        model = "tiny-random"
    plan = resolve_plan(RefineRequest(prompt=args.prompt, preset=args.preset, model=model,
                                      device=device.type, steps=args.steps))

    # Floor first (it also warms the UNet and VAE kernels up).
    floor = floor_step_ms(prior, plan.views.views_per_step, steps=10 if device.type == "cuda" else 3,
                          warmup=3 if device.type == "cuda" else 1, device=device)

    sketch = read_sketch(args.sketch)
    out_dir = args.out_dir or os.path.join(os.path.dirname(os.path.abspath(args.out)), "bench_refine_out")
    stamps: dict[str, float] = {}
    t_call = time.perf_counter()

    def on_event(event) -> None:
        now = time.perf_counter() - t_call
        if isinstance(event, StageStarted):
            stamps.setdefault(f"start_{event.stage}", now)
        elif isinstance(event, Preview):
            stamps.setdefault("first_preview", now)

    result = refine_sketch(sketch, plan, prior, out_dir, on_event=on_event)
    if not isinstance(result, Completed):
        print(f"bench_refine: the run did not complete: {result}")
        return 1
    rep = result.report.to_dict()
    steps = rep["steps"]
    loop_s = sum(rep["seconds"].get(k, 0.0) for k in rep["stages"])
    step_ms = 1000.0 * loop_s / max(1, steps)
    peak_gb = (rep["peak_gpu_memory_bytes"] or 0) / 2 ** 30
    summary = {
        "config": config, "device": str(device),
        "device_name": torch.cuda.get_device_name(device) if device.type == "cuda" else platform.processor(),
        "torch": torch.__version__, "preset": args.preset, "sketch": args.sketch,
        "steps": steps, "views_per_step": plan.views.views_per_step,
        "render_size": plan.views.render_size,
        "model_image_size": prior.image_size,
        "time_to_first_preview_s": rep["time_to_first_preview_s"],
        "time_to_first_preview_from_job_start_s": stamps.get("first_preview"),
        "seconds": rep["seconds"], "export_seconds": rep["export_seconds"],
        "steps_per_second": rep["steps_per_second"], "step_ms": step_ms,
        "floor_step_ms": floor, "loop_over_floor": step_ms / floor if floor > 0 else None,
        "peak_gpu_memory_gb": peak_gb if device.type == "cuda" else None,
        "peak_rss_gb": rep["peak_rss_bytes"] / 2 ** 30,
        "stroke_to_surface": rep["stroke_to_surface"], "faces": rep["faces"],
        "files": rep["files"],
    }
    if device.type == "cuda":
        checks = {
            "first_preview_within_3s_of_the_job_start": (
                summary["time_to_first_preview_from_job_start_s"] or 1e9) <= TARGETS["first_preview_s"],
            "loop_over_floor_at_most_1.2": (summary["loop_over_floor"] or 1e9) <= TARGETS["loop_over_floor"],
            "peak_memory_at_most_16gib": peak_gb <= TARGETS["peak_gpu_memory_gb"],
        }
        if args.preset == "standard" and args.steps is None:
            checks["standard_within_60s"] = rep["seconds"]["total"] <= TARGETS["standard_total_s"]
        summary["targets"] = TARGETS
        summary["checks"] = checks

    print(f"config: {config} ({summary['device_name']})")
    print(f"preset {args.preset}: {steps} steps, {plan.views.views_per_step} views/step, "
          f"{plan.views.render_size} px renders -> model size {prior.image_size}")
    print("seconds per stage: " + ", ".join(f"{k} {v:.2f}" for k, v in rep["seconds"].items()))
    print(f"time to first preview: {summary['time_to_first_preview_s']} s after the loop started "
          f"({summary['time_to_first_preview_from_job_start_s']} s after the call)")
    print(f"steps/s {summary['steps_per_second']:.2f} (step {step_ms:.1f} ms); floor (UNet + VAE "
          f"alone) {floor:.1f} ms; loop/floor {summary['loop_over_floor']:.2f}")
    if device.type == "cuda":
        print(f"peak GPU memory {peak_gb:.2f} GB")
        for name, ok in summary["checks"].items():
            print(f"  {'PASS' if ok else 'FAIL'} {name}")
    print(f"stroke-to-surface mean {100 * rep['stroke_to_surface']['mean']:.2f}% of the diagonal, "
          f"{rep['faces']} faces")
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2, default=str)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
