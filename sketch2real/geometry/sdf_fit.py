"""Sketch -> SDF on a tetrahedral grid -> watertight mesh.

Three interpretations of a sketch (``MODES``):
- ``surface`` (default): the solid the strokes' silhouettes enclose (the visual-hull fill).
  Each view's stroke silhouette is filled (``silhouettes.py``), a visual hull carved from the
  filled views initialises the SDF, and the SDF is then fitted to the filled masks and to the
  sketch's depth from many views (the loop below). Fills holes and webs between parts.
- ``membrane`` (opt-in): the surface the strokes mean, by variational surfacing
  (``membrane_fit.py``): a smooth implicit function whose zero level set passes through the
  strokes and spans the gaps between them with the least bending; closed pieces become solids,
  open sheets thin shells, lone strokes tubes. Holes stay holes and thin parts thin. A mesh
  sketch (not strokes) is fitted as in ``surface``. Not the default yet: on the real sketches
  it lies further from the strokes than ``surface`` does, and thin-legged shapes can come out
  inside out (docs/surfacing.md).
- ``tube``: the strokes as drawn, thickened to tubes; the surface wraps the tubes (the same loop,
  without filling).

Notation (code name: meaning)
    grid            TetGrid over [-0.5, 0.5]^3 (normalised frame, see normalize.py)
    sdf  [V]        signed distance at grid vertices, normalised units, < 0 inside
    deform [V,3]    raw deformation; vertex offset = max_deform * cell * tanh(deform)
    target_*        renders of the sketch (tubes or mesh) from the training views
    P    [P,3]      stroke points resampled at half a cell, normalised frame

Loop of ``surface`` and ``tube`` (each step):
    # 1. Extract: marching tetrahedra on (grid + offset, sdf) -> mesh
    # 2. Render: antialiased masks and depth from ``views_per_step`` training views
    # 3. Losses: mask MSE; depth (surface: one-sided, the surface must not lie behind a visible
    #    stroke; tube: two-sided L1); stroke points on the surface (|sdf(P)|, surface mode);
    #    eikonal near the surface; deformation magnitude
    #    mesh Laplacian (smoothness)
    # 4. Step Adam; keep the SDF positive on the grid's boundary so the surface stays closed.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import asdict, dataclass, field, replace
from typing import Callable

import numpy as np
import torch

from .cameras import Cameras, sphere_cameras
from .errors import SketchValidationError
from .eikonal import eikonal_loss
from .marching_tets import marching_tets
from .membrane_fit import MembraneConfig, fit_membrane
from .mesh_cleanup import remove_small_components, taubin_smooth
from .mesh_regularizers import laplacian_loss
from .metrics import distance_summary, is_watertight, point_to_mesh_distance, silhouette_iou
from .normalize import Normalization
from .raster import get_rasterizer
from .render import render_mesh
from .sampling import resample_polyline
from .silhouettes import close_strokes, fill_holes
from .sketch import Sketch
from .tet_grid import TetGrid, make_tet_grid
from .tubes import strokes_to_mesh
from .visual_hull import visual_hull_sdf

log = logging.getLogger(__name__)

MODES = ("surface", "membrane", "tube")
"""Fit modes: "surface" (filled silhouettes, default), "membrane" (variational surfacing of the
strokes, opt-in), "tube" (strokes as drawn)."""


@dataclass(frozen=True)
class FitConfig:
    mode: str = "surface"
    """"surface" (the solid the filled silhouettes enclose, the default), "membrane" (the surface
    the strokes mean: variational surfacing, opt-in) or "tube" (strokes as drawn)."""
    resolution: int = 64
    """Tetrahedral grid cells per axis over the normalised cube."""
    n_views: int = 40
    """Training views, spread over the whole sphere."""
    n_heldout: int = 12
    """Held-out views (between the training ones) for the reported silhouette IoU."""
    image_size: int = 256
    """Square render size in pixels for silhouettes and depth."""
    camera_distance: float = 2.0
    """Distance of the fitting cameras from the origin (normalised units); the field of view is
    chosen per sketch to frame its bounding sphere."""
    close_px: int = 2
    """Gap (pixels) between strokes that silhouette filling still closes."""
    hull_max_misses: int = 2
    """Views a point may fall outside of and still belong to the visual hull."""
    fill_support: float = 0.5
    """A region a view's strokes enclose is filled only if the visual hull of all views covers
    at least this fraction of it in that view (regions enclosed by strokes that bound no common
    surface, like a stem crossing a leaf, are left open)."""
    iterations: int = 150
    """Optimisation steps after the visual hull initialisation."""
    views_per_step: int = 4
    """Training views rendered per step."""
    lr_sdf: float = 1e-3
    """Adam learning rate for SDF values (normalised units)."""
    lr_deform: float = 1e-2
    """Adam learning rate for the raw deformation."""
    max_deform: float = 0.4
    """Largest vertex offset, in grid cells."""
    tube_radius_cells: float = 1.0
    """Thinnest tube radius, in grid cells (thinner strokes could fall between grid vertices)."""
    w_mask: float = 2.0
    w_depth: float = 0.2
    w_point: float = 0.1
    point_slack_cells: float = 0.5
    """Stroke points closer than this (grid cells) to the surface do not pull on it: a stroke has
    a width, and pulling the surface onto points that are already on it only dents it."""
    w_eikonal: float = 0.02
    w_deform: float = 0.01
    w_laplacian: float = 1.0
    """Weight of the mesh Laplacian (in grid cells squared): keeps the surface smooth."""
    band_cells: float = 4.0
    """Marching tetrahedra only visits tetrahedra within this many cells of the surface ..."""
    band_every: int = 10
    """... re-selected every this many steps (the SDF moves far less than the band in that time)."""
    smooth_iterations: int = 10
    """Taubin smoothing passes on the extracted mesh (volume-preserving; removes grid ripples)."""
    min_component_area: float = 0.005
    """Pieces smaller than this fraction of the total area are dropped after extraction."""
    seed: int = 0
    membrane: MembraneConfig = field(default_factory=MembraneConfig)
    """membrane mode: the variational fit's settings (weights, shell thickness, overshoots;
    ``membrane_fit.MembraneConfig``); its lone-stroke tubes take ``tube_radius_cells``."""


@dataclass
class FitResult:
    """Fitted surface. ``verts`` [M,3] float32 in the sketch's frame (metres), ``faces`` [K,3]
    int64; ``verts_normalized`` the same vertices in the normalised frame; ``sdf``/``deform``/
    ``grid`` the fitted state the refinement continues from; ``report`` metrics and timings."""

    verts: np.ndarray
    faces: np.ndarray
    verts_normalized: np.ndarray
    normalization: Normalization
    grid: TetGrid
    sdf: torch.Tensor
    deform: torch.Tensor
    config: FitConfig
    report: dict = field(default_factory=dict)


def _sketch_mesh(sketch: Sketch, norm: Normalization, min_radius: float):
    """The sketch as a renderable mesh in the normalised frame: (verts [V,3], faces [F,3])."""
    if sketch.mesh is not None:
        v = norm.to_normalized(np.asarray(sketch.mesh.vertices, dtype=np.float64))
        return v.astype(np.float32), np.asarray(sketch.mesh.faces, dtype=np.int64)
    strokes = [replace(s, points=norm.to_normalized(s.points.astype(np.float64)).astype(np.float32),
                       radii=(s.radii * norm.scale).astype(np.float32))
               for s in sketch.strokes]
    v, f, _ = strokes_to_mesh(strokes, min_radius=min_radius)
    return v.astype(np.float32), f.astype(np.int64)


@torch.no_grad()
def _render_targets(raster, v, f, cams: Cameras, size: int, chunk: int = 8):
    """Hard masks [B,H,W] bool and depth [B,H,W] of the sketch mesh, rendered in chunks."""
    masks, depths = [], []
    for s in range(0, len(cams), chunk):
        c = cams[list(range(s, min(len(cams), s + chunk)))]
        r = render_mesh(raster, v, f, c, (size, size))
        masks.append(r.hard_mask[..., 0] > 0.5)
        depths.append(r.depth[..., 0])
    return torch.cat(masks), torch.cat(depths)


@torch.no_grad()
def _render_masks(raster, v, f, cams: Cameras, size: int, chunk: int = 8) -> torch.Tensor:
    return _render_targets(raster, v, f, cams, size, chunk)[0]


def _stroke_samples(sketch: Sketch, norm: Normalization, spacing: float) -> np.ndarray:
    """Stroke points (or mesh vertices) resampled at ``spacing``, normalised frame, [P,3]."""
    if sketch.mesh is not None:
        return norm.to_normalized(np.asarray(sketch.mesh.vertices, dtype=np.float64))
    pts = [resample_polyline(norm.to_normalized(s.points.astype(np.float64)), spacing)
           for s in sketch.strokes]
    return np.concatenate(pts, 0)


def fit_sketch(sketch: Sketch, config: FitConfig = FitConfig(),
               device: torch.device | str = "cpu",
               on_step: Callable[[int, int, float], None] | None = None) -> FitResult:
    """Fit a watertight surface to ``sketch``; see the module docstring for the method.

    ``on_step(step, total, loss)`` is called once when optimisation starts (step 0, loss NaN)
    and after every optimisation step; it may raise to stop the fit (the exception propagates),
    which is how a caller cancels between steps.
    """
    if config.mode not in MODES:
        raise SketchValidationError(f"unknown fit mode {config.mode!r}; choose from {MODES}")
    device = torch.device(device)
    if config.mode == "membrane" and sketch.mesh is None:
        return _fit_membrane(sketch, config, device, on_step)
    timings: dict[str, float] = {}
    gen = torch.Generator().manual_seed(config.seed)
    t0 = time.perf_counter()

    # -- interpret: normalise, build the renderable sketch, render and fill the target views --
    norm = Normalization.fit(sketch.points())
    grid = make_tet_grid(config.resolution, device=device)
    cell = grid.cell
    v_sk, f_sk = _sketch_mesh(sketch, norm, min_radius=config.tube_radius_cells * cell)
    v_sk = torch.as_tensor(v_sk, device=device)
    f_sk = torch.as_tensor(f_sk, dtype=torch.int32, device=device)
    raster = get_rasterizer(device)
    fovy = _framing_fovy(v_sk, config.camera_distance)
    cams = sphere_cameras(config.n_views, config.camera_distance, fovy, device=device)
    held = sphere_cameras(config.n_heldout, config.camera_distance, fovy, offset=0.5,
                          device=device)
    size = config.image_size
    stroke_mask, stroke_depth = _render_targets(raster, v_sk, f_sk, cams, size)
    held_mask = _render_masks(raster, v_sk, f_sk, held, size)
    fill = config.mode != "tube"
    if fill:
        # Fill each view; then keep only the filled regions the other views agree with: the
        # visual hull of the plain fills, seen from each view, must cover them (silhouettes.py).
        closed = close_strokes(stroke_mask, config.close_px)
        held_closed = close_strokes(held_mask, config.close_px)
        plain = fill_holes(closed, device=device)
        hull_sdf = visual_hull_sdf(grid.vertices, cams, plain, max_misses=config.hull_max_misses)
        hull_v, hull_f = marching_tets(grid.vertices, hull_sdf, grid.tets)
        hull_train = _render_masks(raster, hull_v, hull_f, cams, size)
        hull_held = _render_masks(raster, hull_v, hull_f, held, size)
        target = fill_holes(closed, hull_train, config.fill_support, device)
        held_target = fill_holes(held_closed, hull_held, config.fill_support, device)
        held_plain = fill_holes(held_closed, device=device)
    else:
        target, held_target = stroke_mask, held_mask
        held_plain = held_mask
    timings["interpret"] = time.perf_counter() - t0

    # -- visual hull: carve the lattice, initialise the SDF from it ---------------------------
    t0 = time.perf_counter()
    boundary = grid.boundary_mask()
    sdf0 = visual_hull_sdf(grid.vertices, cams, target, max_misses=config.hull_max_misses)
    sdf0 = torch.where(boundary, sdf0.abs().clamp(min=cell), sdf0)
    if not (sdf0 < 0).any():
        raise SketchValidationError("the visual hull of the sketch is empty; is it a single line?")
    timings["visual_hull"] = time.perf_counter() - t0

    # -- optimise ------------------------------------------------------------------------------
    t0 = time.perf_counter()
    sdf = sdf0.clone().requires_grad_(True)
    deform = torch.zeros_like(grid.vertices).requires_grad_(True)
    opt = torch.optim.Adam([{"params": [sdf], "lr": config.lr_sdf},
                            {"params": [deform], "lr": config.lr_deform}])
    pts = torch.as_tensor(_stroke_samples(sketch, norm, cell / 2), dtype=torch.float32,
                          device=device)
    target_f = target.float()
    stroke_mask_f = stroke_mask.float()
    losses = {}
    band_tets = grid.tets
    if on_step is not None:
        on_step(0, config.iterations, float("nan"))
    for step in range(config.iterations):
        sdf_b, v_grid = grid_state(sdf, deform, grid, boundary, config)
        if step % config.band_every == 0:
            band_tets = grid.tets[(sdf_b.detach()[grid.tets].abs() < config.band_cells * cell).any(-1)]
        # 1. Extract
        verts, faces = marching_tets(v_grid, sdf_b, band_tets)
        if faces.shape[0] == 0:
            log.warning("fit step %d: the surface vanished; stopping early", step)
            break
        # 2. Render
        idx = torch.randperm(len(cams), generator=gen)[:config.views_per_step].tolist()
        r = render_mesh(raster, verts, faces, cams[idx], (size, size))
        # 3. Losses
        l_mask = ((r.mask[..., 0] - target_f[idx]) ** 2).mean()
        both = (stroke_mask_f[idx] * r.hard_mask[..., 0]).detach()
        diff = (r.depth[..., 0] - stroke_depth[idx]) / cell
        if fill:
            depth_err = torch.relu(diff - config.tube_radius_cells * 2)
        else:
            depth_err = diff.abs()
        l_depth = (depth_err * both).sum() / both.sum().clamp(min=1)
        l_point = (_point_to_surface(pts, verts, config.point_slack_cells * cell, cell) / cell
                   if fill else sdf.new_zeros(()))
        l_eik = eikonal_loss(sdf_b, grid, band=3 * cell)
        l_def = (torch.tanh(deform) ** 2).mean()
        l_lap = laplacian_loss(verts, faces) / (cell * cell)
        loss = (config.w_mask * l_mask + config.w_depth * l_depth + config.w_point * l_point
                + config.w_eikonal * l_eik + config.w_deform * l_def + config.w_laplacian * l_lap)
        # 4. Step
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        losses = {k: float(v.detach()) for k, v in (
            ("mask", l_mask), ("depth", l_depth), ("point", l_point), ("eikonal", l_eik),
            ("laplacian", l_lap), ("total", loss))}
        if step % 25 == 0:
            log.debug("fit step %d %s", step, losses)
        if on_step is not None:
            on_step(step + 1, config.iterations, losses["total"])
    timings["optimise"] = time.perf_counter() - t0

    # -- extract and clean ---------------------------------------------------------------------
    t0 = time.perf_counter()
    v_n, f_n = _extract(sdf, deform, grid, boundary, config)
    v_world = norm.to_sketch(v_n.astype(np.float64)).astype(np.float32)
    timings["extract"] = time.perf_counter() - t0

    # -- report --------------------------------------------------------------------------------
    t0 = time.perf_counter()
    report = {"mode": config.mode, "resolution": config.resolution,
              "faces": int(f_n.shape[0]), "vertices": int(v_n.shape[0]),
              "watertight": is_watertight(f_n), "final_losses": losses}
    if f_n.shape[0]:
        fit_held = _render_masks(raster, torch.as_tensor(v_n, device=device),
                                 torch.as_tensor(f_n, dtype=torch.int32, device=device), held, size)
        iou = silhouette_iou(fit_held, held_target)
        report["heldout_iou"] = {"mean": float(iou.mean()), "min": float(iou.min()),
                                 "views": int(iou.shape[0])}
        if fill:
            plain_iou = silhouette_iou(fit_held, held_plain)
            report["heldout_iou_plain_fill"] = {"mean": float(plain_iou.mean()),
                                                "min": float(plain_iou.min())}
        dist = point_to_mesh_distance(sketch.points(), v_world, f_n)
        report["stroke_to_surface"] = distance_summary(dist, sketch.diagonal())
    timings["metrics"] = time.perf_counter() - t0
    report["seconds"] = {k: round(v, 3) for k, v in timings.items()}
    report["config"] = asdict(config)
    return FitResult(verts=v_world, faces=f_n, verts_normalized=v_n.astype(np.float32),
                     normalization=norm, grid=grid, sdf=sdf.detach(), deform=deform.detach(),
                     config=config, report=report)


def _extract(sdf: torch.Tensor, deform: torch.Tensor, grid: TetGrid, boundary: torch.Tensor,
             config: FitConfig) -> tuple[np.ndarray, np.ndarray]:
    """The fitted state's mesh, cleaned: marching tetrahedra, pieces under
    ``min_component_area`` dropped, Taubin smoothing -> (verts [M,3] normalised, faces [K,3])."""
    with torch.no_grad():
        sdf_b, v_grid = grid_state(sdf, deform, grid, boundary, config)
        verts, faces = marching_tets(v_grid, sdf_b, grid.tets)
    v_n, f_n = remove_small_components(verts.cpu().numpy(), faces.cpu().numpy(),
                                       config.min_component_area)
    return taubin_smooth(v_n, f_n, config.smooth_iterations), f_n


def _fit_membrane(sketch: Sketch, config: FitConfig, device: torch.device,
                  on_step: Callable[[int, int, float], None] | None) -> FitResult:
    """``membrane`` mode on a stroke sketch: ``membrane_fit.fit_membrane``, then the same
    extraction, cleaning and report as the other modes. ``on_step`` sees the fit's stages as
    fractions of ``config.iterations`` steps."""
    timings: dict[str, float] = {}
    total = max(1, config.iterations)
    t0 = time.perf_counter()
    norm = Normalization.fit(sketch.points())
    grid = make_tet_grid(config.resolution, device=device)
    if on_step is not None:
        on_step(0, total, float("nan"))

    def progress(fraction: float) -> None:
        if on_step is not None and fraction > 0:
            on_step(max(1, int(round(fraction * total))), total, float("nan"))

    settings = replace(config.membrane, tube_radius_cells=config.tube_radius_cells)
    fitted = fit_membrane(sketch, norm, grid, settings, progress)
    timings["membrane"] = time.perf_counter() - t0
    sdf = fitted.sdf
    deform = torch.zeros_like(grid.vertices)
    t0 = time.perf_counter()
    boundary = grid.boundary_mask()
    v_n, f_n = _extract(sdf, deform, grid, boundary, config)
    v_world = norm.to_sketch(v_n.astype(np.float64)).astype(np.float32)
    timings["extract"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = {"mode": config.mode, "resolution": config.resolution,
              "faces": int(f_n.shape[0]), "vertices": int(v_n.shape[0]),
              "watertight": is_watertight(f_n), "final_losses": {},
              "membrane": fitted.info}
    if f_n.shape[0]:
        report["heldout_iou"] = _heldout_iou_plain(sketch, norm, v_n, f_n, grid.cell, config, device)
        dist = point_to_mesh_distance(sketch.points(), v_world, f_n)
        report["stroke_to_surface"] = distance_summary(dist, sketch.diagonal())
    timings["metrics"] = time.perf_counter() - t0
    report["seconds"] = {k: round(v, 3) for k, v in timings.items()}
    report["config"] = asdict(config)
    return FitResult(verts=v_world, faces=f_n, verts_normalized=v_n.astype(np.float32),
                     normalization=norm, grid=grid, sdf=sdf.detach(), deform=deform,
                     config=config, report=report)


@torch.no_grad()
def _heldout_iou_plain(sketch: Sketch, norm: Normalization, v_n: np.ndarray, f_n: np.ndarray,
                       cell: float, config: FitConfig, device: torch.device) -> dict:
    """Silhouette IoU of the fit against the sketch's filled silhouettes (no support check) from
    ``config.n_heldout`` views. Kept for comparison with ``surface``: it rewards filled holes, so
    it is not a quality target for ``membrane``."""
    v_sk, f_sk = _sketch_mesh(sketch, norm, min_radius=config.tube_radius_cells * cell)
    v_sk = torch.as_tensor(v_sk, device=device)
    f_sk = torch.as_tensor(f_sk, dtype=torch.int32, device=device)
    raster = get_rasterizer(device)
    fovy = _framing_fovy(v_sk, config.camera_distance)
    held = sphere_cameras(config.n_heldout, config.camera_distance, fovy, offset=0.5, device=device)
    size = config.image_size
    target = fill_holes(close_strokes(_render_masks(raster, v_sk, f_sk, held, size), config.close_px),
                        device=device)
    fit = _render_masks(raster, torch.as_tensor(v_n, dtype=torch.float32, device=device),
                        torch.as_tensor(f_n, dtype=torch.int32, device=device), held, size)
    iou = silhouette_iou(fit, target)
    return {"mean": float(iou.mean()), "min": float(iou.min()), "views": int(iou.shape[0]),
            "target": "filled stroke silhouettes"}


def _point_to_surface(pts: torch.Tensor, verts: torch.Tensor, slack: float, sigma: float,
                      k: int = 8) -> torch.Tensor:
    """Mean distance beyond ``slack`` from stroke samples ``pts`` [P,3] to the surface ``verts``
    [M,3] near them, differentiable in ``verts``.

    Each point is matched with the Gaussian-weighted (``sigma``) centroid of its ``k`` nearest
    vertices rather than with one vertex, so the pull moves a patch of the surface and leaves no
    pits. Neighbours are found without gradient: brute force in chunks on a GPU, a k-d tree on
    the CPU.
    """
    k = min(k, verts.shape[0])
    with torch.no_grad():
        if verts.is_cuda:
            parts = [torch.cdist(c, verts).topk(k, dim=1, largest=False) for c in pts.split(4096)]
            dist = torch.cat([d.values for d in parts])
            nn = torch.cat([d.indices for d in parts])
        else:
            from scipy.spatial import cKDTree

            d_np, i_np = cKDTree(verts.numpy()).query(pts.numpy(), k=k)
            dist = torch.as_tensor(d_np, dtype=verts.dtype).reshape(-1, k)
            nn = torch.as_tensor(i_np, dtype=torch.long).reshape(-1, k)
        w = torch.softmax(-(dist / sigma) ** 2, dim=1)                          # [P,k]
    centroid = (w.unsqueeze(-1) * verts[nn]).sum(1)
    return torch.relu((centroid - pts).norm(dim=-1) - slack).mean()


def shell_half_thickness(sketch: Sketch, config: FitConfig) -> float:
    """Half-thickness (the sketch's units) of the closed shell an open sheet becomes:
    ``config.membrane.shell_cells`` grid cells of the normalised cube."""
    norm = Normalization.fit(sketch.points())
    return config.membrane.shell_cells / config.resolution / norm.scale


def _framing_fovy(v_sk: torch.Tensor, distance: float, margin: float = 1.05) -> float:
    """Vertical field of view (degrees) that keeps the sketch's bounding sphere (about the
    origin) in frame from every direction at ``distance``, so long thin sketches get as many
    pixels as compact ones."""
    radius = float(v_sk.norm(dim=-1).max()) * margin
    return math.degrees(2.0 * math.asin(min(0.95, radius / distance)))


def grid_state(sdf: torch.Tensor, deform: torch.Tensor, grid: TetGrid, boundary: torch.Tensor,
               config: FitConfig) -> tuple[torch.Tensor, torch.Tensor]:
    """The fitted state as marching tetrahedra takes it: SDF [V] with the grid's boundary forced
    outside (so the surface stays closed), and the deformed grid vertices [V,3]. Shared with the
    refinement, which keeps optimising the same parameters."""
    cell = grid.cell
    sdf_b = torch.where(boundary, sdf.abs().clamp(min=cell), sdf)
    v_grid = grid.vertices + config.max_deform * cell * torch.tanh(deform)
    return sdf_b, v_grid
