"""Sketch to real: fit an SDF to the sketch, refine geometry and texture with a score-distillation
gradient (SDS, then the bridge), export a textured mesh in the sketch's frame.

    plan = resolve_plan(RefineRequest(prompt="a red chair"))        # pipeline/plan.py
    prior = PriorOwner().get(plan.model, plan.device, plan.seed)    # pipeline/priors.py
    result = Refiner(plan, prior, on_event, should_cancel).run(sketch, out_dir)

Stages (``events.STAGES``): ``fit``, then the method's stages (``sds`` then ``bridge`` for the
bridge; the method's own name otherwise), then ``export``. Events go to ``on_event`` from the
caller's thread; the final ``Completed`` / ``Cancelled`` is emitted *and* returned. Errors are
those of ``sketch2real/errors.py`` (a bad sketch is ``InvalidInput``, too little GPU memory a
``ResourceLimit``); the caller turns them into ``Failed``. ``should_cancel`` is checked before
every step of the fit and of the loop and between the export steps, so a cancellation stops the
job within one step.

Notation (code name: the paper's symbol / meaning)
    sdf, deform        the geometry theta_g (tet-grid SDF and deformation, ``surface.py``)
    texture            the texture field theta_c (hash grid + MLP, ``geometry/texture_field.py``)
    images [B,3,H,W]   x = g(theta, c): renders from cameras c, in [0, 1], top row first
    mask [B,1,H,W]     the pixels that show the texture itself (object pixels of unlit views)
    logits [N,3]       the texture's pre-sigmoid colours at the texels the views showed
    grad               the guidance gradient on the prior's latents (``guidance.step``)
    plan.steps         N; the bridge switches from SDS at ``switch_at * N``
"""

from __future__ import annotations

import logging
import re
import resource
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, NamedTuple

import numpy as np
import torch

from sketch2real.errors import InternalError, ResourceLimit
from sketch2real.geometry.errors import SketchValidationError
from sketch2real.geometry.export import TexturedMesh
from sketch2real.geometry.metrics import (distance_summary, open3d_missing,
                                          point_to_mesh_distance)
from sketch2real.geometry.normalize import Normalization
from sketch2real.geometry.raster import get_rasterizer, rasterizer_status
from sketch2real.geometry.raster.base import RasterBackend
from sketch2real.geometry.render import flip_rows
from sketch2real.geometry.sdf_fit import FitResult, fit_sketch
from sketch2real.geometry.shading import render_shaded
from sketch2real.geometry.sketch import Sketch
from sketch2real.geometry.texture_field import TextureField, saturated_share
from sketch2real.guidance import Guidance, make_guidance
from sketch2real.guidance.priors.stable_diffusion import resolve_device
from sketch2real.guidance.protocol import Prior
from sketch2real.pipeline.events import (Cancelled, Completed, Event, Preview, Progress,
                                         StageStarted)
from sketch2real.pipeline.finish import export_result
from sketch2real.pipeline.optim import make_optimizer
from sketch2real.pipeline.plan import RefinePlan
from sketch2real.pipeline.previews import PreviewWorker
from sketch2real.pipeline.report import RefineReport, SketchSummary
from sketch2real.pipeline.surface import Surface
from sketch2real.pipeline.views import sample_views

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.1
"""Least seconds between two Progress events of a stage (its first and last step always go)."""
TEXTURE_SAMPLES = 20_000
"""Surface points (area-weighted) the texture summary of a stage's end is measured on."""


def _ignore(event: Event) -> None:
    del event


def _never() -> bool:
    return False


class _Stop(Exception):
    """Raised inside the job when ``should_cancel`` says so."""

    def __init__(self, stage: str, step: int):
        super().__init__(f"cancelled in {stage} at step {step}")
        self.stage, self.step = stage, step


def file_stem(name: str) -> str:
    """A safe file name stem from a sketch's name (a path or any text)."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(str(name)).stem).strip("._")
    return stem[:80] or "result"


@dataclass
class _Loop:
    """What the refinement loop moves and measures."""

    surface: Surface
    texture: TextureField
    optimizer: torch.optim.Optimizer
    raster: RasterBackend
    norm: Normalization
    previews: PreviewWorker
    stage_of: list[str]
    """The stage name of every step."""
    stage_steps: dict[str, int]
    """Steps per stage, in order."""
    t_start: float = 0.0
    last_progress: float = -float("inf")
    last_preview: float = -float("inf")
    first_preview_s: float | None = None
    first_preview_job_s: float | None = None
    """Seconds from the job's start to the first preview."""
    skipped: int = 0
    last_diag: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    saturated: torch.Tensor | None = None
    """Saturated share of the texels the last step's views showed (0-dim, on the device)."""
    texture_by_stage: dict[str, dict] = field(default_factory=dict)
    """``texture_summary`` at the end of each refinement stage."""
    texture_lrs: tuple[float, ...] = ()
    """The texture's learning rates (hash tables, MLP) before the guidance's step scale."""


class Exported(NamedTuple):
    mesh: TexturedMesh
    """The final mesh in the sketch's frame (with UVs and the baked texture)."""
    files: dict[str, str]
    """Format -> path."""
    written: list[str]
    """Every file written."""
    seconds: dict[str, float]
    """Seconds per export step."""
    fallbacks: list[str]
    """Export steps that ran without their usual library, and why."""


class Refiner:
    """Runs one ``RefinePlan`` on one sketch with a loaded prior (see the module docstring)."""

    def __init__(self, plan: RefinePlan, prior: Prior,
                 on_event: Callable[[Event], None] = _ignore,
                 should_cancel: Callable[[], bool] = _never):
        self.plan, self.prior = plan, prior
        self.on_event, self.should_cancel = on_event, should_cancel
        self.seconds: dict[str, float] = {}
        self.fallbacks: list[str] = []
        """What ran in place of the usual tool, and why (the report's ``fallbacks``)."""
        self._previews: PreviewWorker | None = None
        self._t_job = 0.0

    def run(self, sketch: Sketch, out_dir: Path) -> Completed | Cancelled:
        """Refine ``sketch`` and write the result into ``out_dir`` (files named after the
        sketch: ``<name>.glb``, ``.obj``/``.mtl``/``.png``, ``.ply``)."""
        t_start = self._t_job = time.perf_counter()
        try:
            # 1. Check the input; where the job runs
            points = self._check_input(sketch)
            device = self._start_device()
            with make_guidance(self.plan.method, self.prior, self.plan.guidance) as guidance:
                # 2. Fit the SDF to the sketch
                fit = self.fit(sketch, device)
                # 3. Refine texture and geometry with the guidance gradient
                loop = self.refine(fit, guidance, device)
            # 4. Export: extract, decimate, unwrap, bake, write in the sketch's frame
            exported = self.export(loop, Path(out_dir), file_stem(getattr(sketch, "name", "")))
            # 5. Report
            report = self.report(sketch, points, fit, loop, exported, device, t_start)
            mesh = exported.mesh
            result: Completed | Cancelled = Completed(
                files=exported.files, vertices=mesh.verts, faces=mesh.faces.astype(np.uint32),
                colors=mesh.colors, uvs=mesh.uvs, texture_png=mesh.texture_png(), report=report)
        except _Stop as stop:
            result = Cancelled(stage=stop.stage, step=stop.step)
            log.info("cancelled in %s after %d steps", stop.stage, stop.step)
        except torch.OutOfMemoryError as exc:
            raise ResourceLimit(self._out_of_memory(exc)) from exc
        finally:
            if self._previews is not None:
                self._previews.close()
        self.on_event(result)
        return result

    # --- stages ----------------------------------------------------------------------------------

    def fit(self, sketch: Sketch, device: torch.device) -> FitResult:
        """The initial SDF on the tetrahedral grid, reporting each step (cancellable)."""
        cfg = self.plan.fit
        self.check("fit", 0)
        self.on_event(StageStarted("fit", cfg.iterations))
        last_event = -float("inf")

        def on_step(step: int, n: int, loss: float) -> None:
            nonlocal last_event
            self.check("fit", step)
            now = time.perf_counter()
            if step > 0 and (step == n or now - last_event >= PROGRESS_INTERVAL_S):
                last_event = now
                self.on_event(Progress("fit", step, n, loss, self._eta(0, None)))

        with self._timed("fit"):
            fit = fit_sketch(sketch, cfg, device=device, on_step=on_step)
        self.check("fit", cfg.iterations)
        return fit

    def refine(self, fit: FitResult, guidance: Guidance, device: torch.device) -> _Loop:
        """The loop: ``plan.steps`` guidance steps over the stages of the method."""
        plan = self.plan
        loop = self._start_loop(fit, guidance, device)
        views_rng = torch.Generator().manual_seed(plan.seed + 1)
        stage, stage_step, stage_t0 = "", 0, time.perf_counter()
        for step in range(plan.steps):
            if loop.stage_of[step] != stage:
                if stage:
                    self.seconds[stage] = time.perf_counter() - stage_t0
                    loop.texture_by_stage[stage] = texture_summary(loop.texture, loop.surface,
                                                                   plan.seed)
                    if plan.optim.reset_at_stage:
                        loop.optimizer.state.clear()
                stage, stage_step, stage_t0 = loop.stage_of[step], 0, time.perf_counter()
                self.on_event(StageStarted(stage, loop.stage_steps[stage]))
            self.check(stage, stage_step)
            verts, faces, diag = self.step(loop, guidance, step, views_rng, device)
            stage_step += 1
            self._progress(loop, stage, stage_step, step, diag)
            self._preview(loop, stage, stage_step, verts, faces)
        if stage:
            self.seconds[stage] = time.perf_counter() - stage_t0
            loop.texture_by_stage[stage] = texture_summary(loop.texture, loop.surface, plan.seed)
        loop.seconds = time.perf_counter() - loop.t_start
        for preview in loop.previews.poll(wait=True):
            self._emit_preview(loop, preview)
        return loop

    def step(self, loop: _Loop, guidance: Guidance, step: int, views_rng: torch.Generator,
             device: torch.device) -> tuple[torch.Tensor, torch.Tensor, dict[str, float]]:
        """One refinement step; returns the extracted mesh (verts [M,3] normalised frame,
        faces [K,3]) and the guidance diagnostics."""
        plan = self.plan
        # 1. Extract the surface (marching tetrahedra over the band near it)
        if step and step % plan.surface.band_every == 0:
            loop.surface.select_band()
        verts, faces = loop.surface.extract()
        if faces.shape[0] == 0:
            raise InternalError(f"the surface vanished at refinement step {step}")
        # 2. Sample views: cameras around the front, shading, light, background
        views = sample_views(plan.views, views_rng, device, step / plan.steps,
                             albedo_only=(plan.views.bridge_albedo_only
                                          and loop.stage_of[step] == "bridge"))
        # 3. Render (nvdiffrast on CUDA, the torch rasterizer on CPU), keeping the logits of the
        #    texels shown and the mask of the pixels that show the texture
        size = views.render_size
        seen: list[torch.Tensor] = []

        def albedo(points: torch.Tensor) -> torch.Tensor:
            logits = loop.texture.logits(points)
            seen.append(logits)
            return torch.sigmoid(logits)

        r = render_shaded(loop.raster, verts, faces, views.cams, (size, size), albedo,
                          views.shading, views.light_dir, views.background,
                          ambient=plan.views.ambient)
        images = flip_rows(r.rgb).permute(0, 3, 1, 2).contiguous()
        unlit = torch.tensor([s == "albedo" for s in views.shading], device=device)
        mask = flip_rows(r.hard_mask).permute(0, 3, 1, 2) * unlit.view(-1, 1, 1, 1)
        # 4. Guidance: encode, the loss whose backward applies the gradient
        _, g_loss, diag = guidance.step(images, plan.prompt, views.angles, step, plan.steps,
                                        space="image", mask=mask)
        # 5. Regularisers: anchor to the fitted SDF, mesh Laplacian, texel logits in range
        regs = loop.surface.regularizers(verts, faces)
        logits = torch.cat(seen) if seen else verts.new_zeros((0, 3))
        loss = (g_loss + plan.surface.w_anchor * regs["anchor"]
                + plan.surface.w_laplacian * regs["laplacian"]
                + loop.texture.range_penalty(logits))
        # 6. Step the optimiser (the texture's step as the guidance asks: the bridge's fade);
        #    project the SDF back into the trust region around the fit
        for group, lr in zip(loop.optimizer.param_groups[:2], loop.texture_lrs):
            group["lr"] = lr * diag["step_scale"]
        loop.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        loop.optimizer.step()
        loop.surface.project()
        loop.skipped += int(diag.get("skipped", 0.0))
        loop.last_diag = diag
        loop.saturated = saturated_share(logits.detach())
        return verts, faces, diag

    def export(self, loop: _Loop, out_dir: Path, name: str) -> Exported:
        """The refined surface and texture to files in the sketch's frame (cancellable between
        its steps)."""
        self.check("export", 0)
        self.on_event(StageStarted("export", 0))
        with self._timed("export"):
            mesh, files, written, seconds, fallbacks = export_result(
                loop.surface, loop.texture, loop.norm, self.plan.export, loop.raster, out_dir,
                name, lambda: self.check("export", 0))
        self.fallbacks += fallbacks
        return Exported(mesh, files, written, seconds, fallbacks)

    def report(self, sketch: Sketch, points: np.ndarray, fit: FitResult, loop: _Loop,
               exported: Exported, device: torch.device, t_start: float) -> RefineReport:
        """Distances to the sketch, seconds, memory: the typed report."""
        mesh = exported.mesh
        with self._timed("metrics"):
            dist = point_to_mesh_distance(points, mesh.verts, mesh.faces)
        missing = open3d_missing()
        if missing:
            self.fallbacks.append(f"distances: PyTorch ({missing})")
        self.seconds["total"] = time.perf_counter() - t_start
        diagonal = sketch.diagonal()
        report = RefineReport(
            sketch=SketchSummary(name=str(sketch.name), kind=sketch.kind,
                                 points=int(points.shape[0]), diagonal=float(diagonal)),
            plan=self.plan,
            device_name=(torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu"),
            rasterizer=loop.raster.name, prior=self.prior.name, stages=loop.stage_steps,
            texture=_texture_report(loop.texture_by_stage),
            seconds={k: round(v, 3) for k, v in self.seconds.items()},
            export_seconds=exported.seconds,
            steps_per_second=self.plan.steps / loop.seconds if loop.seconds > 0 else None,
            time_to_first_preview_s=loop.first_preview_s,
            time_to_first_preview_from_job_start_s=loop.first_preview_job_s,
            peak_gpu_memory_bytes=(int(torch.cuda.max_memory_allocated(device))
                                   if device.type == "cuda" else None),
            peak_rss_bytes=_peak_rss_bytes(), skipped_steps=loop.skipped,
            last_guidance=loop.last_diag,
            fit={k: fit.report[k] for k in ("faces", "heldout_iou", "stroke_to_surface",
                                            "watertight", "seconds") if k in fit.report},
            stroke_to_surface=distance_summary(dist, diagonal),
            faces=int(mesh.faces.shape[0]), vertices=int(mesh.verts.shape[0]),
            normalization=loop.norm.to_dict(), files=exported.files,
            files_written=exported.written, fallbacks=list(self.fallbacks),
            prior_compiled=bool(getattr(self.prior, "compiled", False)))
        log.info("%s: %d steps in %.1f s (%.2f steps/s), %d faces, stroke-to-surface mean "
                 "%.2f%% of the diagonal", report.sketch.name, self.plan.steps, loop.seconds,
                 report.steps_per_second or 0, report.faces,
                 100 * report.stroke_to_surface["mean"])
        return report

    # --- helpers ---------------------------------------------------------------------------------

    def check(self, stage: str, step: int) -> None:
        """Stop the job here if ``should_cancel`` says so."""
        if self.should_cancel():
            raise _Stop(stage, step)

    def _check_input(self, sketch: Sketch) -> np.ndarray:
        if not isinstance(sketch, Sketch):
            raise SketchValidationError(f"sketch must be a Sketch, got {type(sketch).__name__}")
        points = sketch.points()
        if points.shape[0] == 0:
            raise SketchValidationError("the sketch has no points")
        return points

    def _start_device(self) -> torch.device:
        device = resolve_device(self.plan.device)
        if device.type == "cuda":
            torch.cuda.reset_peak_memory_stats(device)
        torch.manual_seed(self.plan.seed)
        return device

    def _start_loop(self, fit: FitResult, guidance: Guidance, device: torch.device) -> _Loop:
        plan = self.plan
        surface = Surface(fit, plan.surface.max_change_cells, band_cells=plan.fit.band_cells)
        texture = TextureField(plan.texture,
                               generator=torch.Generator().manual_seed(plan.seed)).to(device)
        stage_of = guidance.stage_names(plan.steps)
        self._previews = PreviewWorker(fit.normalization, plan.preview.max_faces)
        raster = get_rasterizer(device)
        status = rasterizer_status(device)
        if status.reason and status.backend == raster.name:
            self.fallbacks.append(f"rasterizer: {status.describe()}")
        optimizer = make_optimizer(texture, surface, plan.optim, plan.surface, plan.fit)
        return _Loop(surface=surface, texture=texture, optimizer=optimizer,
                     texture_lrs=tuple(g["lr"] for g in optimizer.param_groups[:2]),
                     raster=raster, norm=fit.normalization,
                     previews=self._previews, stage_of=stage_of,
                     stage_steps={name: stage_of.count(name) for name in dict.fromkeys(stage_of)},
                     t_start=time.perf_counter())

    def _progress(self, loop: _Loop, stage: str, stage_step: int, step: int,
                  diag: dict[str, float]) -> None:
        now = time.perf_counter()
        if (now - loop.last_progress >= PROGRESS_INTERVAL_S or stage_step == 1
                or stage_step == loop.stage_steps[stage]):
            loop.last_progress = now
            per_step = (now - loop.t_start) / (step + 1)
            saturated = float(loop.saturated) if loop.saturated is not None else 0.0
            self.on_event(Progress(stage, stage_step, loop.stage_steps[stage],
                                   float(diag["loss"]), self._eta(step + 1, per_step),
                                   saturated_share=saturated))

    def _preview(self, loop: _Loop, stage: str, stage_step: int, verts: torch.Tensor,
                 faces: torch.Tensor) -> None:
        """Hand the current mesh to the preview worker at the plan's interval; emit the
        previews it has finished."""
        now = time.perf_counter()
        if now - loop.last_preview >= self.plan.preview.interval_s and not loop.previews.busy:
            with torch.no_grad():
                v_det = verts.detach()
                colors = loop.texture.query(v_det).cpu().numpy()
            loop.previews.submit(stage, stage_step, v_det.cpu().numpy(), faces.cpu().numpy(),
                                 colors)
            loop.last_preview = now
        for preview in loop.previews.poll():
            self._emit_preview(loop, preview)

    def _emit_preview(self, loop: _Loop, preview: Preview) -> None:
        self.on_event(preview)
        if loop.first_preview_s is None:
            now = time.perf_counter()
            loop.first_preview_s = now - loop.t_start
            loop.first_preview_job_s = now - self._t_job

    def _eta(self, done: int, per_step: float | None) -> float:
        """Seconds left: remaining steps at the measured rate (a guess before any step) plus a
        rough export estimate that grows with the face budget and texture size."""
        plan = self.plan
        if per_step is None:
            per_step = 0.1 if plan.device == "cuda" else 0.5
        export_guess = 2.0 + 1e-4 * plan.export.max_faces + 2e-6 * plan.export.texture_size ** 2
        return float((plan.steps - done) * per_step + export_guess)

    def _timed(self, key: str):
        return _Timer(self.seconds, key)

    def _out_of_memory(self, exc: BaseException) -> str:
        """One line for the user: the GPU, what the job asked, what to lower (no traceback)."""
        plan = self.plan
        smaller = {"high": "standard", "standard": "preview"}.get(plan.preset)
        hint = (f"try --preset {smaller} (fewer views per step), " if smaller else "") + (
            "lower --texture-size (now {}) and --max-faces (now {}), or free the GPU of other "
            "work".format(plan.export.texture_size, plan.export.max_faces))
        gpu = ""
        if plan.device == "cuda" and torch.cuda.is_available():
            try:
                free_b, total_b = torch.cuda.mem_get_info()
                gpu = (f" ({torch.cuda.get_device_name()}, {total_b / 2 ** 30:.1f} GB, "
                       f"{free_b / 2 ** 30:.1f} GB free now)")
            except RuntimeError:
                pass
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "CUDA out of memory"
        return (f"out of GPU memory on {plan.device}{gpu} running the {plan.preset} preset with "
                f"{plan.views.views_per_step} views of {plan.views.render_size} px per step; "
                f"{hint} ({first[:200]})")


class _Timer:
    """``with _Timer(seconds, key):`` adds the block's wall time to ``seconds[key]``."""

    def __init__(self, seconds: dict[str, float], key: str):
        self.seconds, self.key = seconds, key

    def __enter__(self) -> None:
        self.t0 = time.perf_counter()

    def __exit__(self, *exc_info) -> None:
        self.seconds[self.key] = self.seconds.get(self.key, 0.0) + time.perf_counter() - self.t0


def refine_sketch(sketch: Sketch, plan: RefinePlan, prior: Prior, out_dir: Path,
                  on_event: Callable[[Event], None] = _ignore,
                  should_cancel: Callable[[], bool] = _never) -> Completed | Cancelled:
    """``Refiner(plan, prior, on_event, should_cancel).run(sketch, out_dir)``."""
    return Refiner(plan, prior, on_event, should_cancel).run(sketch, out_dir)


@torch.no_grad()
def texture_summary(texture: TextureField, surface: Surface, seed: int,
                    n: int = TEXTURE_SAMPLES) -> dict:
    """The texture over the current surface: ``mean_colour`` [3] (area-weighted mean albedo in
    [0, 1]) and ``saturated_share`` (share of the surface with a saturated channel), from ``n``
    area-weighted points drawn with ``seed``."""
    verts, faces = surface.extract()
    verts = verts.detach()
    if faces.shape[0] == 0:
        return {"mean_colour": [0.0, 0.0, 0.0], "saturated_share": 0.0}
    tri = verts[faces]                                                               # [F,3,3]
    area = torch.linalg.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]).norm(dim=-1)
    gen = torch.Generator().manual_seed(seed + 2)
    face = torch.multinomial(area.cpu().double() + 1e-20, n, replacement=True, generator=gen)
    uv = torch.rand(n, 2, generator=gen)
    flip = uv.sum(-1) > 1
    uv[flip] = 1 - uv[flip]
    bary = torch.cat([1 - uv.sum(-1, keepdim=True), uv], dim=-1).to(verts)          # [n,3]
    points = (tri[face.to(verts.device)] * bary.unsqueeze(-1)).sum(1)
    logits = texture.logits(points)
    colour = torch.sigmoid(logits).mean(0)
    summary = torch.cat([colour, saturated_share(logits).reshape(1)]).tolist()
    return {"mean_colour": [round(c, 5) for c in summary[:3]],
            "saturated_share": round(summary[3], 6)}


def _texture_report(by_stage: dict[str, dict]) -> dict:
    """The report's ``texture``: the last stage's summary, and each stage's."""
    last = next(reversed(by_stage.values()), {"mean_colour": None, "saturated_share": None})
    return {"mean_colour": last["mean_colour"], "saturated_share": last["saturated_share"],
            "by_stage": dict(by_stage)}


def _peak_rss_bytes() -> int:
    """Peak resident memory of this process (ru_maxrss: kB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)
