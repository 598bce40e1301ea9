"""Sketch to real: fit an SDF to the sketch, refine geometry and texture with a score-distillation
gradient (SDS, then the bridge), export a textured mesh in the sketch's frame.

    refine_sketch(sketch, settings, out_dir, on_event, should_cancel) -> Completed | Cancelled

Stages (``events.STAGES``): ``fit``, then the method's stages (``sds`` then ``bridge`` for the
bridge; the method's own name otherwise), then ``export``. Events go to ``on_event`` from the
caller's thread; the final ``Completed`` / ``Cancelled`` is emitted *and* returned. A user's bad
input raises ``SketchError`` / ``GuidanceError`` (``SettingsError`` is one); the caller turns
exceptions into ``Failed``. ``should_cancel`` is checked before every step (and between the
stages and export steps), so a cancellation stops the job within one step.

Notation (code name: the paper's symbol / meaning)
    sdf, deform        the geometry theta_g (tet-grid SDF and deformation, ``surface.py``)
    texture            the texture field theta_c (hash grid + MLP, ``geometry/texture_field.py``)
    images [B,3,H,W]   x = g(theta, c): renders from cameras c, in [0, 1], top row first
    grad               the guidance gradient on the prior's latents (``guidance.step``)
    total_steps        N; the bridge switches from SDS at ``switch_at * N``

Loop (each step):
    # 1. Extract the surface (marching tetrahedra over the band near it)
    # 2. Sample views: cameras around the front, shading, light, background
    # 3. Render (nvdiffrast on CUDA, the torch rasterizer on CPU)
    # 4. Guidance: encode, apply the gradient (loss whose backward applies it)
    # 5. Regularisers: anchor to the fitted SDF, mesh Laplacian
    # 6. Step Adam (texture at full rate, geometry at a lowered one); project the SDF back into
    #    the trust region around the fit
    # 7. Progress (throttled) and previews (at an interval, built in a worker thread)
"""

from __future__ import annotations

import logging
import re
import resource
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import Callable

import numpy as np
import torch

from sketch2real.geometry.errors import SketchValidationError
from sketch2real.geometry.metrics import distance_summary, point_to_mesh_distance
from sketch2real.geometry.raster import get_rasterizer
from sketch2real.geometry.render import flip_rows
from sketch2real.geometry.sdf_fit import fit_sketch
from sketch2real.geometry.shading import render_shaded
from sketch2real.geometry.sketch import Sketch
from sketch2real.geometry.texture_field import TextureField
from sketch2real.guidance import BRIDGE_3D, GUIDANCES, make_guidance
from sketch2real.guidance.priors.stable_diffusion import resolve_device
from sketch2real.pipeline.events import (Cancelled, Completed, Event, Preview, Progress,
                                         StageStarted)
from sketch2real.pipeline.finish import export_result
from sketch2real.pipeline.presets import RefinePreset, preset_for
from sketch2real.pipeline.prior_cache import get_prior
from sketch2real.pipeline.previews import PreviewWorker
from sketch2real.pipeline.settings import RefineSettings
from sketch2real.pipeline.surface import Surface
from sketch2real.pipeline.validation import check_settings
from sketch2real.pipeline.views import sample_views

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.1
"""Least seconds between two Progress events of a stage (its first and last step always go)."""


def _ignore(event: Event) -> None:
    del event


def _never() -> bool:
    return False


class _Stop(Exception):
    """Raised inside the job when ``should_cancel`` says so."""

    def __init__(self, stage: str, step: int):
        super().__init__(f"cancelled in {stage} at step {step}")
        self.stage, self.step = stage, step


def refine_sketch(sketch: Sketch, settings: RefineSettings, out_dir: Path,
                  on_event: Callable[[Event], None] = _ignore,
                  should_cancel: Callable[[], bool] = _never) -> Completed | Cancelled:
    """Refine ``sketch`` as ``settings`` say and write the result into ``out_dir``; see the
    module docstring. Files are named after the sketch (``<name>.glb``, ``.obj``/``.mtl``/
    ``.png``, ``.ply``)."""
    job = _Job(sketch, settings, Path(out_dir), on_event, should_cancel)
    try:
        result = job.run()
    except _Stop as stop:
        result = Cancelled(stage=stop.stage, step=stop.step)
        log.info("%s: cancelled in %s after %d steps", job.name, stop.stage, stop.step)
    finally:
        job.close()
    on_event(result)
    return result


def guidance_config(method: str, preset: RefinePreset, seed: int):
    """The gradient's config for 3D: the bridge's official 3D setting with the preset's switch;
    for the other methods their defaults with the same timestep schedule and view prompts."""
    if method == "bridge":
        return replace(BRIDGE_3D, switch_at=preset.switch_at, seed=seed)
    config = GUIDANCES[method].Config()
    return replace(config, seed=seed, view_dependent=True, timesteps=BRIDGE_3D.timesteps)


def file_stem(name: str) -> str:
    """A safe file name stem from a sketch's name (a path or any text)."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(str(name)).stem).strip("._")
    return stem[:80] or "result"


class _Job:
    """State of one refinement job (see ``refine_sketch``)."""

    def __init__(self, sketch: Sketch, settings: RefineSettings, out_dir: Path,
                 on_event: Callable[[Event], None], should_cancel: Callable[[], bool]):
        self.sketch, self.settings, self.out_dir = sketch, settings, out_dir
        self.on_event, self.should_cancel = on_event, should_cancel
        self.name = file_stem(getattr(sketch, "name", "result"))
        self.seconds: dict[str, float] = {}
        self.worker: PreviewWorker | None = None
        self.guidance = None
        self.t_start = time.perf_counter()

    def check(self, stage: str, step: int) -> None:
        if self.should_cancel():
            raise _Stop(stage, step)

    def close(self) -> None:
        if self.worker is not None:
            self.worker.close()
        particle = getattr(self.guidance, "particle", None)
        if particle is not None and hasattr(particle, "remove"):
            particle.remove()                 # VSD's LoRA off the (cached) prior's UNet

    # ------------------------------------------------------------------------------------------
    def run(self) -> Completed:
        s = check_settings(self.settings)
        if not isinstance(self.sketch, Sketch):
            raise SketchValidationError(f"sketch must be a Sketch, got {type(self.sketch).__name__}")
        points = self.sketch.points()
        if points.shape[0] == 0:
            raise SketchValidationError("the sketch has no points")
        device = resolve_device(s.device)
        preset = preset_for(s.preset, device)
        total = s.steps if s.steps is not None else preset.steps
        if device.type == "cuda":
            torch.cuda.reset_peak_memory_stats(device)
        torch.manual_seed(s.seed)
        self.check("fit", 0)

        # -- prior and gradient (before the fit, so a missing model fails fast) -----------------
        t0 = time.perf_counter()
        prior = get_prior(s.model, device, s.seed)
        guidance = make_guidance(s.method, prior, guidance_config(s.method, preset, s.seed))
        self.guidance = guidance
        self.seconds["load_prior"] = time.perf_counter() - t0
        stage_of = self._stage_names(guidance, total)
        stage_steps = {name: stage_of.count(name) for name in dict.fromkeys(stage_of)}

        # -- fit -----------------------------------------------------------------------------
        fit_cfg = replace(preset.fit, mode=s.fit_mode, seed=s.seed)
        self.on_event(StageStarted("fit", fit_cfg.iterations))
        t0 = time.perf_counter()
        last_fit_event = -float("inf")

        def fit_step(step: int, n: int, loss: float) -> None:
            # Cancellation reaches the fit between its steps; progress throttled like the loop's.
            nonlocal last_fit_event
            self.check("fit", step)
            now = time.perf_counter()
            if step > 0 and (step == n or now - last_fit_event >= PROGRESS_INTERVAL_S):
                last_fit_event = now
                self.on_event(Progress("fit", step, n, loss, self._eta(0, total, None, s)))

        fit = fit_sketch(self.sketch, fit_cfg, device=device, on_step=fit_step)
        self.seconds["fit"] = time.perf_counter() - t0
        self.check("fit", fit_cfg.iterations)

        # -- refine --------------------------------------------------------------------------
        norm = fit.normalization
        surface = Surface(fit, preset.max_sdf_change_cells, band_cells=fit_cfg.band_cells)
        gen_init = torch.Generator().manual_seed(s.seed)
        texture = TextureField(preset.texture, generator=gen_init).to(device)
        factor = preset.geometry_lr_factor
        opt = torch.optim.Adam([
            {"params": list(texture.parameters()), "lr": preset.lr_texture},
            {"params": [surface.sdf], "lr": fit_cfg.lr_sdf * factor},
            {"params": [surface.deform], "lr": fit_cfg.lr_deform * factor},
        ], betas=(0.9, 0.99), eps=1e-15)
        raster = get_rasterizer(device)
        gen_views = torch.Generator().manual_seed(s.seed + 1)
        self.worker = PreviewWorker(norm, s.preview_max_faces)
        res = (preset.render_size, preset.render_size)
        front = tuple(float(c) for c in s.front)
        t_loop = time.perf_counter()
        first_preview_s = None
        last_preview_submit = -float("inf")
        last_progress = -float("inf")
        stage, stage_step, stage_t0 = None, 0, t_loop
        skipped = 0
        last_diag: dict[str, float] = {}
        for step in range(total):
            name = stage_of[step]
            if name != stage:
                if stage is not None:
                    self.seconds[stage] = time.perf_counter() - stage_t0
                stage, stage_step, stage_t0 = name, 0, time.perf_counter()
                self.on_event(StageStarted(stage, stage_steps[stage]))
            self.check(stage, stage_step)
            # 1. Extract
            if step and step % preset.band_every == 0:
                surface.select_band()
            verts, faces = surface.extract()
            if faces.shape[0] == 0:
                raise RuntimeError(f"the surface vanished at refinement step {step}")
            # 2. Sample views
            views = sample_views(preset, preset.views_per_step, front, gen_views, device)
            # 3. Render
            r = render_shaded(raster, verts, faces, views.cams, res, texture, views.shading,
                              views.light_dir, views.background, ambient=preset.ambient)
            images = flip_rows(r.rgb).permute(0, 3, 1, 2).contiguous()
            # 4. Guidance
            _, g_loss, diag = guidance.step(images, s.prompt, views.angles, step, total,
                                            space="image")
            # 5. Regularisers
            regs = surface.regularizers(verts, faces)
            loss = g_loss + preset.w_anchor * regs["anchor"] + preset.w_laplacian * regs["laplacian"]
            # 6. Step
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            surface.project()
            skipped += int(diag.get("skipped", 0.0))
            last_diag = diag
            stage_step += 1
            # 7. Progress and previews
            now = time.perf_counter()
            if (now - last_progress >= PROGRESS_INTERVAL_S or stage_step == 1
                    or stage_step == stage_steps[stage]):
                last_progress = now
                self.on_event(Progress(stage, stage_step, stage_steps[stage], float(diag["loss"]),
                                       self._eta(step + 1, total, (now - t_loop) / (step + 1), s)))
            if now - last_preview_submit >= s.preview_interval_s and not self.worker.busy:
                with torch.no_grad():
                    v_det = verts.detach()
                    colors = texture.query(v_det).cpu().numpy()
                self.worker.submit(stage, stage_step, v_det.cpu().numpy(), faces.cpu().numpy(),
                                   colors)
                last_preview_submit = now
            for preview in self.worker.poll():
                first_preview_s = self._emit_preview(preview, first_preview_s, t_loop)
        if stage is not None:
            self.seconds[stage] = time.perf_counter() - stage_t0
        loop_s = time.perf_counter() - t_loop
        for preview in self.worker.poll(wait=True):
            first_preview_s = self._emit_preview(preview, first_preview_s, t_loop)

        # -- export --------------------------------------------------------------------------
        self.check("export", 0)
        self.on_event(StageStarted("export", 0))
        t0 = time.perf_counter()
        mesh, files, written, export_seconds = export_result(
            surface, texture, norm, s, preset, raster, self.out_dir, self.name,
            lambda: self.check("export", 0))
        self.seconds["export"] = time.perf_counter() - t0

        # -- report --------------------------------------------------------------------------
        t0 = time.perf_counter()
        dist = point_to_mesh_distance(points, mesh.verts, mesh.faces)
        self.seconds["metrics"] = time.perf_counter() - t0
        self.seconds["total"] = time.perf_counter() - self.t_start
        diagonal = self.sketch.diagonal()
        report = {
            "sketch": {"name": str(self.sketch.name), "kind": self.sketch.kind,
                       "points": int(points.shape[0]), "diagonal": diagonal},
            "settings": s.to_dict(),
            "preset": asdict(preset),
            "device": str(device),
            "device_name": (torch.cuda.get_device_name(device) if device.type == "cuda"
                            else "cpu"),
            "rasterizer": raster.name,
            "prior": prior.name,
            "steps": total,
            "stages": stage_steps,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
            "export_seconds": export_seconds,
            "steps_per_second": total / loop_s if loop_s > 0 else None,
            "time_to_first_preview_s": first_preview_s,
            "peak_gpu_memory_bytes": (int(torch.cuda.max_memory_allocated(device))
                                      if device.type == "cuda" else None),
            "peak_rss_bytes": _peak_rss_bytes(),
            "skipped_steps": skipped,
            "last_guidance": last_diag,
            "fit": {k: fit.report[k] for k in ("faces", "heldout_iou", "stroke_to_surface",
                                               "watertight", "seconds") if k in fit.report},
            "stroke_to_surface": distance_summary(dist, diagonal),
            "faces": int(mesh.faces.shape[0]),
            "vertices": int(mesh.verts.shape[0]),
            "texture_size": s.texture_size,
            "normalization": norm.to_dict(),
            "files": files,
            "files_written": written,
        }
        log.info("%s: %d steps in %.1f s (%.2f steps/s), %d faces, stroke-to-surface mean "
                 "%.2f%% of the diagonal", self.name, total, loop_s, report["steps_per_second"] or 0,
                 report["faces"], 100 * report["stroke_to_surface"]["mean"])
        return Completed(files=files, vertices=mesh.verts, faces=mesh.faces.astype(np.uint32),
                         colors=mesh.colors, uvs=mesh.uvs, texture_png=mesh.texture_png(),
                         report=report)

    # ------------------------------------------------------------------------------------------
    @staticmethod
    def _stage_names(guidance, total: int) -> list[str]:
        """The stage name of every step: ``sds``/``bridge`` for the bridge, else the method."""
        if hasattr(guidance, "stage") and guidance.name == "bridge":
            return ["sds" if guidance.stage(i, total) == 1 else "bridge" for i in range(total)]
        return [guidance.name] * total

    def _emit_preview(self, preview: Preview, first: float | None, t_loop: float) -> float:
        self.on_event(preview)
        return first if first is not None else time.perf_counter() - t_loop

    def _eta(self, done: int, total: int, per_step: float | None, s: RefineSettings) -> float:
        """Seconds left: remaining steps at the measured rate (a guess before any step) plus a
        rough export estimate that grows with the face budget and texture size."""
        if per_step is None:
            per_step = 0.1 if s.device == "cuda" else 0.5
        export_guess = 2.0 + 1e-4 * s.max_faces + 2e-6 * s.texture_size ** 2
        return float((total - done) * per_step + export_guess)


def _peak_rss_bytes() -> int:
    """Peak resident memory of this process (ru_maxrss: kB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)
