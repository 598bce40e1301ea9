"""What each part of the GPU check measures. Each ``part_*`` runs in its own process (``run.py``)
and puts every number into its ``Recorder`` as soon as it has it.

Timing: device work is asynchronous, so each timed iteration ends with a synchronisation; the
median of ``timed_steps`` iterations after ``warmup_steps`` is reported (``_timed``). Nothing
inside the refinement loop is synchronised by this script: the end-to-end parts time the
``Refiner`` exactly as a user's job runs.
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any, Callable

import torch

from benchmarks.gpu_check.record import Recorder
from benchmarks.gpu_check.schedule import Sizes

PROMPT = "a DSLR photo of a wooden chair"
MiB = 2 ** 20
GiB = 2 ** 30


@dataclasses.dataclass
class Ctx:
    """What a part gets."""

    sizes: Sizes
    rec: Recorder
    work: Path
    """A scratch folder (meshes written by the end-to-end parts)."""
    sketch: Path | None
    """A real sketch (the CASSIE chair), or None: the project's example chair."""
    commit: str = ""

    @property
    def device(self) -> torch.device:
        return torch.device(self.sizes.device)


# --- helpers -------------------------------------------------------------------------------------

def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def _timed(fn: Callable[[], Any], sizes: Sizes, device: torch.device,
           steps: int | None = None) -> dict[str, float]:
    """Median / min / mean milliseconds of ``fn`` over timed iterations after a warm-up."""
    for _ in range(sizes.warmup_steps):
        fn()
    _sync(device)
    times = []
    for _ in range(steps or sizes.timed_steps):
        t0 = time.perf_counter()
        fn()
        _sync(device)
        times.append(1000.0 * (time.perf_counter() - t0))
    return {"median_ms": statistics.median(times), "min_ms": min(times),
            "mean_ms": statistics.fmean(times), "n": len(times)}


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return f"{type(err).__name__}: {text.splitlines()[0][:300] if text else ''}"


def build_prior(sizes: Sizes, unet_channels_last: bool | None = None):
    """The prior of the guidance and end-to-end parts: Stable Diffusion 2.1-base's size with
    random weights in fp16 on CUDA (``benchmarks/bench_guidance.py``'s configs; the real compute,
    nothing downloaded), or the tiny random model in fp32 on the CPU."""
    from sketch2real.guidance.priors.stable_diffusion import StableDiffusionPrior

    device = torch.device(sizes.device)
    if sizes.model == "sd21-base-random":
        from benchmarks.bench_guidance import build_sd21_base_random

        return StableDiffusionPrior.from_components(
            build_sd21_base_random(device), device, torch.float16, name=sizes.model,
            unet_channels_last=unet_channels_last)
    from sketch2real.guidance.priors.tiny_random import build_tiny_sd_components

    return StableDiffusionPrior.from_components(build_tiny_sd_components(0), device,
                                                torch.float32, name="tiny-random",
                                                unet_channels_last=unet_channels_last)


def read_check_sketch(ctx: Ctx):
    """The sketch of the fit and end-to-end parts: the real one if there is one, else the
    project's example chair (made here, no data needed)."""
    from sketch2real.geometry.readers import read_sketch

    if ctx.sketch is not None and ctx.sketch.is_file():
        return read_sketch(str(ctx.sketch)), str(ctx.sketch.name)
    from sketch2real.geometry.examples import EXAMPLES
    from sketch2real.geometry.readers.curves import write_curves

    path = ctx.work / "example_chair.curves"
    write_curves(EXAMPLES["chair"](), path)
    return read_sketch(str(path)), "example chair (no real sketch found)"


def _fit_config(sizes: Sizes, **fields):
    """``FitConfig`` with the dry run's toy sizes (fields the config does not have are left
    out, so the check survives changes to the fit)."""
    from sketch2real.geometry.sdf_fit import FitConfig

    names = {f.name for f in dataclasses.fields(FitConfig)}
    values = {k: v for k, v in {**sizes.fit_overrides, **fields}.items() if k in names}
    return FitConfig(**values)


# --- env -----------------------------------------------------------------------------------------

def part_env(ctx: Ctx) -> None:
    """Versions, the device, and the two ceilings (bf16 matmul rate, device copy bandwidth)."""
    rec, dev = ctx.rec, ctx.device
    rec.update({
        "python": sys.version.split()[0], "torch": torch.__version__,
        "cuda_build": torch.version.cuda,
        "cudnn": torch.backends.cudnn.version() if torch.backends.cudnn.is_available() else None,
        "commit": ctx.commit, "cpus": os.cpu_count(), "dry_run": ctx.sizes.dry_run,
        "blocked_imports": list(ctx.sizes.block_imports),
        "packages": {d: _version(d) for d in (
            "numpy", "scipy", "diffusers", "transformers", "peft", "trimesh", "xatlas",
            "diffrp-nvdiffrast", "nvdiffrast", "pymeshlab", "open3d", "pillow", "grpcio")},
    })
    if dev.type != "cuda":
        rec.put("device_name", "cpu (dry run)")
    else:
        props = torch.cuda.get_device_properties(dev)
        rec.update({"device_name": props.name, "capability": f"{props.major}.{props.minor}",
                    "memory_gib": round(props.total_memory / GiB, 1),
                    "multiprocessors": props.multi_processor_count})
        try:
            out = subprocess.run(["nvidia-smi", "--query-gpu=driver_version,clocks.sm,"
                                  "clocks.max.sm,power.limit", "--format=csv,noheader"],
                                 capture_output=True, text=True, timeout=15)
            rec.put("nvidia_smi", out.stdout.strip() or out.stderr.strip())
        except (OSError, subprocess.TimeoutExpired) as err:
            rec.put("nvidia_smi", _first_line(err))
    # Ceilings: a bf16 (fp32 on the CPU) matrix product on random data, a device-to-device copy.
    n = 8192 if dev.type == "cuda" else 256
    dtype = torch.bfloat16 if dev.type == "cuda" else torch.float32
    a = torch.randn(n, n, device=dev, dtype=dtype)
    b = torch.randn(n, n, device=dev, dtype=dtype)
    t = _timed(lambda: a @ b, ctx.sizes, dev, steps=10)
    rec.put("matmul_tflops", 2 * n ** 3 / (t["median_ms"] / 1000) / 1e12)
    nbytes = GiB if dev.type == "cuda" else 64 * MiB
    src = torch.empty(nbytes // 4, device=dev, dtype=torch.float32).uniform_()
    dst = torch.empty_like(src)
    t = _timed(lambda: dst.copy_(src), ctx.sizes, dev, steps=10)
    rec.put("copy_tb_per_s", 2 * nbytes / (t["median_ms"] / 1000) / 1e12)


# --- nvdiffrast ----------------------------------------------------------------------------------

def part_nvdiffrast(ctx: Ctx) -> None:
    """Build and load nvdiffrast (the fallback decision included), then rasterize + interpolate +
    antialias, forward and backward, with nvdiffrast and with the PyTorch rasterizer on the same
    device (what a user without nvdiffrast gets)."""
    import trimesh

    from sketch2real.geometry import raster
    from sketch2real.geometry.cameras import sphere_cameras
    from sketch2real.geometry.render import render_mesh

    rec, dev, sizes = ctx.rec, ctx.device, ctx.sizes
    rec.put("installed", raster.nvdiffrast_installed())
    backends: dict[str, Any] = {}
    if dev.type == "cuda":
        # The automatic choice, as a job makes it: builds and loads nvdiffrast, or falls back
        # (the build's own output and the traceback are in the log).
        t0 = time.perf_counter()
        chosen = raster.get_rasterizer(dev)
        status = raster.rasterizer_status(dev)
        rec.update({"build_and_load_s": time.perf_counter() - t0,
                    "loaded": status.backend == "nvdiffrast",
                    "automatic_choice": status.describe()})
        if status.backend == "nvdiffrast":
            backends["nvdiffrast"] = chosen
        else:
            rec.put("error", status.reason)
    else:
        # No CUDA: exercise the fallback decision with a loader that fails as a broken build does.
        def broken():
            raise RuntimeError("simulated: Error building extension 'nvdiffrast_plugin'")

        raster.reset_choice()
        backend, status = raster.choose("cuda", broken)
        rec.put("simulated_cuda_choice", status.describe())
        assert backend is None and status.backend == "torch" and status.fallback
        raster.reset_choice()
    backends["torch"] = raster.get_rasterizer(dev, backend="torch")
    sphere = trimesh.creation.icosphere(subdivisions=sizes.raster_subdivisions, radius=0.3)
    v = torch.tensor(sphere.vertices, dtype=torch.float32, device=dev)
    f = torch.tensor(sphere.faces, dtype=torch.int32, device=dev)
    cams = sphere_cameras(sizes.raster_views, device=dev)
    res = (sizes.raster_size, sizes.raster_size)
    rec.put("raster_problem", f"{f.shape[0]} triangles, {sizes.raster_views} views at "
                              f"{res[0]}x{res[1]}, rasterize + interpolate + antialias, fwd+bwd")
    for name, r in backends.items():
        def fn(r=r):
            vv = v.clone().requires_grad_(True)
            o = render_mesh(r, vv, f, cams, res, with_normals=True)
            (o.mask.sum() + o.normal.sum()).backward()
        try:
            rec.put(f"raster_{name}", _timed(fn, sizes, dev, steps=sizes.timed_steps if
                                              name == "nvdiffrast" else min(3, sizes.timed_steps)))
        except Exception as err:  # noqa: BLE001
            rec.put(f"raster_{name}", {"error": _first_line(err)})
    if dev.type == "cuda":
        rec.put("peak_memory_gib", torch.cuda.max_memory_allocated(dev) / GiB)


# --- fit -----------------------------------------------------------------------------------------

def part_fit(ctx: Ctx) -> None:
    """The sketch-to-SDF fit at each resolution (a small warm-up fit first: CUDA context and
    rasterizer are not fit time)."""
    from sketch2real.geometry.sdf_fit import fit_sketch

    rec, dev, sizes = ctx.rec, ctx.device, ctx.sizes
    sketch, label = read_check_sketch(ctx)
    rec.put("sketch", label)
    t0 = time.perf_counter()
    fit_sketch(sketch, _fit_config(sizes, resolution=16, iterations=2), device=dev)
    rec.put("warmup_s", time.perf_counter() - t0)
    rows = []
    for res in sizes.fit_resolutions:
        _sync(dev)
        t0 = time.perf_counter()
        r = fit_sketch(sketch, _fit_config(sizes, resolution=res), device=dev)
        _sync(dev)
        wall = time.perf_counter() - t0
        sec = r.report.get("seconds", {})
        rows.append({"resolution": res, "seconds": sec, "wall_s": wall,
                     "fit_s": sum(v for k, v in sec.items() if k != "metrics") if sec else wall,
                     "faces": r.report.get("faces"),
                     "heldout_iou": (r.report.get("heldout_iou") or {}).get("mean"),
                     "distance_mean": (r.report.get("stroke_to_surface") or {}).get("mean"),
                     "watertight": r.report.get("watertight")})
        rec.put("fits", rows)
    if dev.type == "cuda":
        rec.put("peak_memory_gib", torch.cuda.max_memory_allocated(dev) / GiB)


# --- guidance ------------------------------------------------------------------------------------

def _standard_plan(sizes: Sizes, model: str, preset: str = "standard", steps: int | None = None):
    """The plan a user's job gets (a dry run shrinks the fit, texture and face budget)."""
    from sketch2real.pipeline.plan import resolve_plan
    from sketch2real.pipeline.request import RefineRequest

    plan = resolve_plan(RefineRequest(prompt=PROMPT, preset=preset, model=model,
                                      device=sizes.device, steps=steps, **sizes.request_overrides))
    if sizes.fit_overrides:
        fit = _fit_config(sizes, **{f.name: getattr(plan.fit, f.name)
                                    for f in dataclasses.fields(plan.fit)
                                    if f.name not in sizes.fit_overrides})
        plan = dataclasses.replace(plan, fit=fit)
    return plan


def _step_fn(guidance, batch: int, render_size: int, step: int, total: int, device):
    """One refinement-loop guidance step as the loop runs it: renders [B,3,S,S] in (resized to
    the prior's size inside), ``step`` then ``loss.backward()`` to the renders."""
    gen = torch.Generator(device="cpu").manual_seed(step)
    images = torch.rand(batch, 3, render_size, render_size, generator=gen).to(device)
    angles = torch.stack([torch.linspace(0.0, 300.0, batch), torch.full((batch,), 15.0)], 1)

    def fn():
        x = images.detach().requires_grad_(True)
        _, loss, _ = guidance.step(x, PROMPT, angles, step, total, space="image")
        loss.backward()
    return fn


def _floor(prior, batch: int, sizes: Sizes, device) -> dict:
    """The model work of one step alone at the same batch and resolution: the UNet on 2B
    latents, the VAE encoder forward + backward on B images, and both as one step
    (``bench_refine.floor_step_ms``: what any SDS / bridge step must do)."""
    from benchmarks.bench_refine import floor_step_ms

    size = prior.image_size
    side = size // prior.latent_scale
    emb = prior.encode_prompts([PROMPT] * (2 * batch))
    x = torch.randn(2 * batch, prior.latent_channels, side, side, device=device)
    t = torch.randint(20, 980, (2 * batch,), device=device)

    def unet():
        with torch.no_grad():
            prior.predict_noise(x, t, emb)

    def vae():
        img = torch.rand(batch, 3, size, size, device=device, requires_grad=True)
        prior.encode_images(img).sum().backward()

    out = {"unet_2b": _timed(unet, sizes, device), "vae_fwd_bwd_b": _timed(vae, sizes, device)}
    out["step_ms"] = floor_step_ms(prior, batch, steps=sizes.timed_steps,
                                   warmup=sizes.warmup_steps, device=device)
    return out


def _variants(prior, batch: int, sizes: Sizes, device) -> list[dict]:
    """The UNet (2B latents) and the VAE encoder (B images, fwd + bwd) in each dtype and memory
    format of ``sizes.dtype_variants``, then the prior's own settings restored."""
    names = {"fp16": torch.float16, "bf16": torch.bfloat16, "fp32": torch.float32}
    size = prior.image_size
    side = size // prior.latent_scale
    emb32 = prior.encode_prompts([PROMPT] * (2 * batch)).float()
    rows = []
    for dtype_name, channels_last in sizes.dtype_variants:
        dtype = names[dtype_name]
        fmt = torch.channels_last if channels_last else torch.contiguous_format
        prior.unet.to(dtype=dtype, memory_format=fmt)
        prior.vae.to(dtype=dtype, memory_format=fmt)
        x = torch.randn(2 * batch, prior.latent_channels, side, side, device=device, dtype=dtype)
        t = torch.randint(20, 980, (2 * batch,), device=device)
        emb = emb32.to(dtype)

        def unet():
            with torch.no_grad():
                prior.unet(x, t, encoder_hidden_states=emb, return_dict=False)

        def vae():
            img = torch.rand(batch, 3, size, size, device=device, dtype=dtype)
            img = img.to(memory_format=fmt).requires_grad_(True)
            prior.vae.encode(img).latent_dist.mean.float().sum().backward()

        rows.append({"dtype": dtype_name, "channels_last": channels_last,
                     "unet_2b_ms": _timed(unet, sizes, device)["median_ms"],
                     "vae_fwd_bwd_b_ms": _timed(vae, sizes, device)["median_ms"]})
    if device.type == "cuda":       # cuDNN's autotuner on the prior's own settings
        prior.unet.to(dtype=prior.dtype, memory_format=torch.channels_last if
                      prior.unet_channels_last else torch.contiguous_format)
        prior.vae.to(dtype=prior.dtype, memory_format=torch.contiguous_format)
        torch.backends.cudnn.benchmark = True
        try:
            fl = _floor(prior, batch, sizes, device)
            rows.append({"dtype": "default+cudnn.benchmark", "channels_last": prior.unet_channels_last,
                         "unet_2b_ms": fl["unet_2b"]["median_ms"],
                         "vae_fwd_bwd_b_ms": fl["vae_fwd_bwd_b"]["median_ms"],
                         "floor_step_ms": fl["step_ms"]})
        finally:
            torch.backends.cudnn.benchmark = False
    prior.unet.to(dtype=prior.dtype, memory_format=torch.channels_last if
                  prior.unet_channels_last else torch.contiguous_format)
    prior.vae.to(dtype=prior.dtype, memory_format=torch.contiguous_format)
    return rows


def _guidance_steps(ctx: Ctx, prior, plan, key: str, methods=("sds", "bridge", "vsd")) -> None:
    """Step time of each method (SDS as the bridge's first stage, the bridge as its second,
    VSD last: its LoRA changes the UNet), and their split into encode / UNet / the rest."""
    from benchmarks.bench_guidance import TimedPrior
    from sketch2real.guidance import make_guidance
    from sketch2real.pipeline.plan import guidance_config
    from sketch2real.pipeline.presets import preset_for

    rec, dev, sizes = ctx.rec, ctx.device, ctx.sizes
    batch, render = plan.views.views_per_step, plan.views.render_size
    total = plan.steps
    preset = preset_for(plan.preset, plan.device)
    steps = rec.data.get(key, {})
    for method in methods:
        if method in ("sds", "bridge"):
            config, at = guidance_config("bridge", preset, 0), (
                int(0.5 * total) if method == "sds" else int(0.9 * total))
            kind = "bridge"
        else:
            config, at, kind = guidance_config(method, preset, 0), int(0.9 * total), method
        with make_guidance(kind, prior, config) as g:
            if kind == "bridge":
                assert g.stage(at, total) == (1 if method == "sds" else 2)
            row = _timed(_step_fn(g, batch, render, at, total, dev), sizes, dev)
            if method != "vsd":     # the split: synchronised around encode and UNet calls
                tp = TimedPrior(prior, dev)
                with make_guidance(kind, tp, config) as gt:
                    fn = _step_fn(gt, batch, render, at, total, dev)
                    fn()
                    n = max(1, min(3, sizes.timed_steps))
                    tp.encode_s = tp.unet_s = 0.0
                    for _ in range(n):
                        fn()
                    row["encode_ms"] = 1000 * tp.encode_s / n
                    row["unet_ms"] = 1000 * tp.unet_s / n
        steps[method] = row
        rec.put(key, steps)


def part_guidance(ctx: Ctx) -> None:
    """SD 2.1-base sized prior (random weights, fp16): the floor, one step of SDS, the bridge and
    VSD as the standard preset runs them (B views of the render size, resized to 512), and the
    UNet / VAE in each dtype and memory format."""
    rec, dev, sizes = ctx.rec, ctx.device, ctx.sizes
    t0 = time.perf_counter()
    prior = build_prior(sizes)
    _sync(dev)
    rec.put("prior_build_s", time.perf_counter() - t0)
    plan = _standard_plan(sizes, sizes.model)
    batch = plan.views.views_per_step
    rec.update({"prior": prior.name, "dtype": str(prior.dtype).replace("torch.", ""),
                "unet_channels_last": prior.unet_channels_last, "batch": batch,
                "render_size": plan.views.render_size, "model_size": prior.image_size})
    rec.put("floor", _floor(prior, batch, sizes, dev))
    _guidance_steps(ctx, prior, plan, "steps", methods=("sds", "bridge"))
    rec.put("variants", _variants(prior, batch, sizes, dev))
    _guidance_steps(ctx, prior, plan, "steps", methods=("vsd",))
    if dev.type == "cuda":
        rec.put("peak_memory_gib", torch.cuda.max_memory_allocated(dev) / GiB)


# --- end to end ----------------------------------------------------------------------------------

def _end_to_end(ctx: Ctx, prior, plan, floor_batch: int | None = None) -> None:
    """Run ``plan`` on the check's sketch through the ``Refiner``, recording the events' times
    as they come and the report at the end."""
    from sketch2real.pipeline.events import Completed, Preview, StageStarted
    from sketch2real.pipeline.refine import Refiner

    rec, dev, sizes = ctx.rec, ctx.device, ctx.sizes
    sketch, label = read_check_sketch(ctx)
    rec.update({"sketch": label, "preset": plan.preset, "steps": plan.steps,
                "views_per_step": plan.views.views_per_step,
                "render_size": plan.views.render_size, "model_size": prior.image_size,
                "compiled": bool(getattr(prior, "compiled", False))})
    if floor_batch is not None:
        rec.put("floor", _floor(prior, floor_batch, sizes, dev))
    if dev.type == "cuda":
        torch.cuda.reset_peak_memory_stats(dev)
    stamps: dict[str, float] = {}
    t_call = time.perf_counter()

    def on_event(event) -> None:
        now = time.perf_counter() - t_call
        if isinstance(event, StageStarted) and f"start_{event.stage}" not in stamps:
            stamps[f"start_{event.stage}"] = now
            rec.put("stamps", stamps)
        elif isinstance(event, Preview) and "first_preview" not in stamps:
            stamps["first_preview"] = now
            rec.put("stamps", stamps)

    out_dir = ctx.work / f"{rec.path.stem}_out"
    result = Refiner(plan, prior, on_event).run(sketch, out_dir)
    if not isinstance(result, Completed):
        raise RuntimeError(f"the job did not complete: {result}")
    rep = result.report.to_dict()
    loop_s = sum(rep["seconds"].get(k, 0.0) for k in rep["stages"])
    per_stage_ms = {k: 1000.0 * rep["seconds"][k] / n for k, n in rep["stages"].items()
                    if n and k in rep["seconds"]}
    rec.update({
        "stamps": stamps, "seconds": rep["seconds"], "export_seconds": rep["export_seconds"],
        "stages": rep["stages"], "steps_per_second": rep["steps_per_second"],
        "step_ms": 1000.0 * loop_s / max(1, rep["steps"]), "stage_step_ms": per_stage_ms,
        "time_to_first_preview_s": rep["time_to_first_preview_s"],
        "time_to_first_preview_from_job_start_s": rep["time_to_first_preview_from_job_start_s"],
        "peak_gpu_memory_allocated_gib": (rep["peak_gpu_memory_bytes"] or 0) / GiB
        if dev.type == "cuda" else None,
        "peak_gpu_memory_reserved_gib": torch.cuda.max_memory_reserved(dev) / GiB
        if dev.type == "cuda" else None,
        "peak_rss_gib": rep["peak_rss_bytes"] / GiB, "rasterizer": rep["rasterizer"],
        "fallbacks": rep["fallbacks"], "prior_compiled": rep["prior_compiled"],
        "faces": rep["faces"], "stroke_to_surface": rep["stroke_to_surface"],
        "fit": rep["fit"], "skipped_steps": rep["skipped_steps"],
    })
    floor = rec.data.get("floor")
    if floor:
        rec.put("loop_over_floor", rec.data["step_ms"] / floor["step_ms"])


def part_standard(ctx: Ctx) -> None:
    """``standard`` end to end with the SD 2.1-base sized prior (fp16, eager), the floor measured
    in the same process first (it also warms the model up, as a server's warm prior is)."""
    dev, sizes = ctx.device, ctx.sizes
    t0 = time.perf_counter()
    prior = build_prior(sizes)
    _sync(dev)
    ctx.rec.put("prior_build_s", time.perf_counter() - t0)
    plan = _standard_plan(sizes, sizes.model, steps=sizes.refine_steps)
    _end_to_end(ctx, prior, plan, floor_batch=plan.views.views_per_step)


def part_fallback(ctx: Ctx) -> None:
    """Refinement with the PyTorch rasterizer on the GPU, as a user without nvdiffrast runs it
    (``SKETCH2REAL_RASTERIZER=torch``): the tiny random prior, so the step time is mostly
    rendering; the report must say "torch"."""
    from sketch2real.geometry import raster

    os.environ[raster.ENV_VAR] = "torch"
    sizes = ctx.sizes
    prior = build_prior(dataclasses.replace(sizes, model="tiny-random"))
    plan = _standard_plan(sizes, "tiny-random", preset=sizes.fallback_preset,
                          steps=sizes.fallback_steps)
    _end_to_end(ctx, prior, plan)
    assert ctx.rec.data["rasterizer"] == "torch", ctx.rec.data["rasterizer"]


# --- compiled ------------------------------------------------------------------------------------

def _compiled_prior(ctx: Ctx, batch: int):
    from sketch2real.pipeline.priors import PriorOwner, unet_batches

    rec, dev, sizes = ctx.rec, ctx.device, ctx.sizes
    prior = build_prior(sizes)
    rec.update({"compile_started": True, "compile_backend": sizes.compile_backend,
                "compile_batches": list(unet_batches(batch))})
    # What the server does at start with --compile: the owner compiles the prior it is given.
    owner = PriorOwner(compile=True, compile_batches=unet_batches(batch),
                       compile_backend=sizes.compile_backend)
    owner.put(sizes.model, dev, prior)
    rec.put("compile_s", owner.compile_seconds)
    if not prior.compiled:
        raise RuntimeError("the prior was not compiled")
    return prior


def part_compiled(ctx: Ctx) -> None:
    """The UNet compiled once (default mode, never max-autotune) for the standard preset's batch:
    compile seconds, then the floor and SDS / bridge steps with it."""
    sizes = ctx.sizes
    plan = _standard_plan(sizes, sizes.model)
    batch = plan.views.views_per_step
    prior = _compiled_prior(ctx, batch)
    ctx.rec.put("floor", _floor(prior, batch, sizes, ctx.device))
    _guidance_steps(ctx, prior, plan, "steps", methods=("sds", "bridge"))


def part_standard_compiled(ctx: Ctx) -> None:
    """``standard`` end to end with the compiled UNet (inductor's cache from ``compiled`` makes
    the compile shorter here when both run on one machine)."""
    sizes = ctx.sizes
    plan = _standard_plan(sizes, sizes.model, steps=sizes.refine_steps)
    prior = _compiled_prior(ctx, plan.views.views_per_step)
    _end_to_end(ctx, prior, plan, floor_batch=plan.views.views_per_step)


PARTS: dict[str, Callable[[Ctx], None]] = {
    "env": part_env,
    "nvdiffrast": part_nvdiffrast,
    "fit": part_fit,
    "guidance": part_guidance,
    "standard": part_standard,
    "fallback": part_fallback,
    "compiled": part_compiled,
    "standard_compiled": part_standard_compiled,
}
"""The parts that run Python in this process (``pytest_gpu`` is run by ``run.py`` itself)."""
