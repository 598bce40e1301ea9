"""The surface a stroke sketch means, as a signed distance on the tetrahedral grid's lattice.

A variational surfacing of the strokes: the zero level set of a smooth implicit function passes
through the strokes, perpendicular to the surface normals the strokes imply, and spans the gaps
between them with the least bending (a thin-plate energy), so a curve network is bridged like a
membrane: holes the strokes go around stay holes, parts drawn thin stay thin, and the hand's
unevenness is averaged out instead of dented in. No view of the sketch is rendered or filled.

Steps (each its own module):
1. Samples: the strokes resampled every half cell, ribbons across their width too
   (``stroke_samples``).
2. Normals up to sign, their confidence, sharp edges, and wire strokes (``stroke_normals``);
   overshooting stroke ends are dropped (``stroke_ends``).
3. Signs: the groups of normals are flipped to make the implicit fit smoothest, on coarse
   lattices, then each separate part of the sketch is turned so that its outside is positive
   (``normal_orientation``).
4. The implicit fit on the full lattice (``hessian_sdf``); near sharp edges the thin-plate weight
   is lowered so edges can stay sharp.
5. Closed pieces become solids, open sheets thin shells, wires tubes; the result is one signed
   distance on the lattice (``surface_parts``).

Notation: P samples (normalised frame), K sign groups, V lattice points (``TetGrid`` order).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import torch
from scipy import ndimage

from .hessian_sdf import HessianSolver, HessianWeights
from .normal_orientation import group_field, orient_groups, outside_signs, parts
from .normalize import Normalization
from .sketch import Sketch
from .stroke_ends import overshoot_mask
from .stroke_normals import NormalConfig, estimate_normals
from .stroke_samples import sample_strokes
from .surface_parts import PartsConfig, assemble
from .tet_grid import TetGrid

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MembraneConfig:
    """Settings of the membrane fit (``sdf_fit.FitConfig.membrane``)."""

    weights: HessianWeights = field(default_factory=HessianWeights)
    """Weights of the implicit fit's energy terms."""
    crease_hessian: float = 0.05
    """Thin-plate weight next to sharp edges (1 elsewhere) ..."""
    crease_point: float = 0.2
    """Weight of the zero level set passing through a sharp edge's stroke (1 elsewhere): below
    1 an edge may be rounded off inside the stroke instead of bulging the faces around it ..."""
    crease_footprint: int = 5
    """... over this many lattice nodes across the edge."""
    shell_cells: float = 1.0
    """Half-thickness of the shell an open sheet becomes, in grid cells."""
    tube_radius_cells: float = 1.0
    """Thinnest tube a wire stroke becomes, in grid cells."""
    max_tail_cells: float = 4.0
    """Longest stroke end past its last junction that counts as an overshoot, in grid cells."""
    orient_steps: tuple[int, int, int] = (30, 6, 3)
    """Power-iteration steps of the sign choice on the quarter-, half- and full-resolution
    lattices (thin parts only show on the finer ones)."""
    band_rounds: int = 0
    """Refits with the thin-plate weight concentrated near the zero level set ..."""
    band_cells: float = 2.0
    """... within about this many cells of it ..."""
    band_floor: float = 0.02
    """... and this fraction of it elsewhere."""
    robust_rounds: int = 2
    """Refits in which samples whose normal the fit contradicts lose its weight."""
    normals: NormalConfig = field(default_factory=NormalConfig)
    """Neighbourhoods and thresholds of the normal estimate."""
    parts: PartsConfig = field(default_factory=PartsConfig)
    """Thresholds of the assembly."""


@dataclass
class MembraneResult:
    """``sdf`` [V] float32 on the lattice (normalised units, < 0 inside) and what was found;
    ``p`` [P,3] the membrane samples (normalised frame), ``n`` [P,3] their oriented normals and
    ``f`` [V] the implicit function before the assembly (None without a membrane)."""

    sdf: torch.Tensor
    info: dict
    p: np.ndarray | None = None
    n: np.ndarray | None = None
    f: torch.Tensor | None = None


def _wires(sketch_samples, normals) -> list[tuple[np.ndarray, np.ndarray]]:
    """Polylines (points [N,3], radii [N]) of the wire strokes, from their spine samples."""
    out = []
    s = sketch_samples
    for sid in np.flatnonzero(normals.wire):
        sel = np.flatnonzero((s.stroke == sid) & s.spine)
        sel = sel[np.argsort(s.arc[sel])]
        out.append((s.p[sel], s.radius[sel]))
    return out


def _crease_weight(level, crease: torch.Tensor, floor: float, footprint: int = 3) -> torch.Tensor:
    """Per-lattice-node thin-plate weight [n,n,n]: ``floor`` within a node of a crease sample."""
    it = level.interp
    crease = level.merged(crease)
    acc = torch.zeros(it.size, dtype=crease.dtype, device=crease.device).index_add_(
        0, it.idx.reshape(-1), (it.val * crease[:, None]).reshape(-1))
    cnt = torch.zeros_like(acc).index_add_(0, it.idx.reshape(-1), it.val.reshape(-1))
    cr = (acc / cnt.clamp(min=1e-6)).view(level.shape).cpu().numpy()
    cr = ndimage.maximum_filter(cr, size=footprint)
    return (1.0 - (1.0 - floor) * torch.as_tensor(cr, dtype=crease.dtype)).to(crease.device)


def _robust_refit(finest, f: torch.Tensor, n_o: torch.Tensor, rounds: int
                  ) -> tuple[torch.Tensor, torch.Tensor]:
    """Refit ``rounds`` times on the finest level: samples whose oriented normal ``n_o`` [S,3]
    the fit ``f`` contradicts (a wrong estimate, a mixed group) lose their normal's weight, or
    have it turned where the fit clearly says so. -> (f, the normals as finally oriented)."""
    conf0 = finest.conf.clone()
    for _ in range(rounds):
        g = torch.nn.functional.normalize(finest.interp.grad(f), dim=1)
        a = (finest.merged(n_o) * g).sum(1)
        flip_m = a < -0.5
        flip = flip_m[finest.inv] if finest.inv is not None else flip_m
        n_o = torch.where(flip[:, None], -n_o, n_o)
        finest.conf = torch.where(flip_m, conf0, conf0 * ((a - 0.2) / 0.5).clamp(0, 1))
        finest.diag = finest._diagonal()
        f = finest.solve(finest.rhs(n_o), f, 100, 1e-5)[0]
    return f, n_o


def fit_membrane(sketch: Sketch, norm: Normalization, grid: TetGrid,
                 cfg: MembraneConfig = MembraneConfig(),
                 progress: Callable[[float], None] | None = None) -> MembraneResult:
    """Signed distance of the surface ``sketch``'s strokes mean, on ``grid``'s lattice.
    ``progress(fraction)`` is called between steps (it may raise to cancel)."""
    dev = grid.vertices.device
    cell = grid.cell
    timings: dict[str, float] = {}
    report = progress or (lambda x: None)
    t0 = time.perf_counter()
    # 1-2. Samples, normals, wires, overshoots.
    s = sample_strokes(sketch, norm, 0.5 * cell)
    nr = estimate_normals(s, cell, cfg.normals)
    tail = overshoot_mask(s, 1.5 * cell, cfg.max_tail_cells * cell)
    keep = (nr.group >= 0) & ~tail
    wires = _wires(s, nr)
    timings["normals"] = time.perf_counter() - t0
    report(0.1)
    info = {"samples": int(len(s.p)), "membrane_samples": int(keep.sum()),
            "wire_strokes": int(nr.wire.sum()), "overshoot_samples": int(tail.sum()),
            "crease_samples": int((nr.crease > 0.5).sum())}
    f = None
    n_oriented = None
    m = s.subset(keep)
    if keep.sum() >= 8:
        # 3. Signs.
        t0 = time.perf_counter()
        tt = lambda x, dt=torch.float32: torch.as_tensor(x, dtype=dt, device=dev)  # noqa: E731
        crease = tt(nr.crease[keep])
        conf = tt(nr.conf[keep]) * (1.0 - crease)
        n = tt(nr.n[keep])
        group_np = nr.group[keep]
        _, group_np = np.unique(group_np, return_inverse=True)
        group = tt(group_np, torch.long)
        k = int(group_np.max()) + 1
        solver = HessianSolver(grid.resolution, tt(m.p), tt(m.t), tt(m.weight), conf, cfg.weights,
                               group=group, point_w=1.0 - (1.0 - cfg.crease_point) * crease)
        p_t = tt(m.p)
        centroid = p_t.mean(0)
        u0 = torch.zeros(k, device=dev).index_add_(0, group, ((p_t - centroid) * n).sum(1) * conf * tt(m.weight))
        signs = torch.where(u0 < 0, -1.0, 1.0)
        lv = solver.levels
        signs = orient_groups(lv[0], n, group, k, signs, steps=cfg.orient_steps[0])
        report(0.3)
        if len(lv) > 2:
            signs = orient_groups(lv[1], n, group, k, signs, steps=cfg.orient_steps[1])
        report(0.4)
        finest = lv[-1]
        crease_w = _crease_weight(finest, crease, cfg.crease_hessian, cfg.crease_footprint)
        finest.set_hessian_weight(crease_w)
        f = solver.solve(n * signs[group][:, None])
        for _ in range(cfg.orient_steps[2]):
            u = group_field(finest, f, n * signs[group][:, None], group, k)
            if not (u < 0).any():
                break
            signs = torch.where(u < 0, -signs, signs)
            f = solver.solve(n * signs[group][:, None], f0=f)
        timings["orient"] = time.perf_counter() - t0
        report(0.6)
        # 4. The implicit fit (done above, with the crease weights on the full lattice).
        t0 = time.perf_counter()
        # Each part's outside must be positive.
        label, n_parts = parts(m.p, 3 * cell)
        n_lat = grid.resolution + 1
        part_sign = outside_signs(f.view(n_lat, n_lat, n_lat).cpu().numpy(), m.p, label, n_parts,
                                  grid.half_extent, 3 * cell, 8 * cell)
        if (part_sign < 0).any():
            vote = torch.zeros(k, device=dev).index_add_(0, group, tt(part_sign[label]))
            signs = signs * torch.where(vote < 0, -1.0, 1.0)
            f = solver.solve(n * signs[group][:, None])
        # The thin-plate energy matters on the surface, not deep inside or far outside, where it
        # would round the level sets of a boxy solid and, through them, its faces: refit with the
        # weight concentrated near the zero level set.
        for _ in range(cfg.band_rounds):
            shell_w = cfg.band_floor + (1 - cfg.band_floor) * torch.exp(
                -(f.view(finest.shape) / (cfg.band_cells * cell)) ** 2)
            finest.set_hessian_weight(crease_w * shell_w)
            f = finest.solve(finest.rhs(n * signs[group][:, None]), f, 200, 1e-5)[0]
        f, n_o = _robust_refit(finest, f, n * signs[group][:, None], cfg.robust_rounds)
        n_oriented = n_o.cpu().numpy()
        info.update(groups=k, flipped_groups=int((signs < 0).sum()), parts=int(n_parts),
                    flipped_parts=int((part_sign < 0).sum()))
        timings["solve"] = time.perf_counter() - t0
    report(0.8)
    # 5. Pieces, shells, tubes.
    t0 = time.perf_counter()
    if f is None:
        f = torch.full((grid.vertices.shape[0],), cell * 8, device=dev)
    shell = cfg.shell_cells * cell
    wires = [(p, np.maximum(r, cfg.tube_radius_cells * cell)) for p, r in wires]
    sdf, pieces = assemble(f, grid, m.p, wires, shell, cfg.parts)
    timings["assemble"] = time.perf_counter() - t0
    info.update(closed_pieces=pieces.n_closed, open_pieces=pieces.n_open,
                capped_pieces=pieces.n_capped,
                dropped_pieces=pieces.n_dropped, tubes=pieces.n_tubes,
                shell_half_thickness=shell)
    info["seconds"] = {k: round(v, 3) for k, v in timings.items()}
    report(1.0)
    return MembraneResult(sdf=sdf, info=info, p=m.p, n=n_oriented, f=f)
