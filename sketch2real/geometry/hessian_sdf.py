"""The smoothest implicit function whose zero level set passes through oriented stroke samples.

A variational fit on the regular lattice of a ``TetGrid`` (after Calakos and Taubin's smooth
signed distance, and the curvature energies of variational sketch surfacing): minimise

    E(f) = sum_i w_i [ a_d (f(p_i) / l)^2 + a_n |grad f(p_i) - n_i|^2 + a_t (grad f(p_i) . t_i)^2 ] / l
         + a_h / l * integral |Hess f|_F^2 dV

over the lattice values of f (trilinear between them). The data terms put the zero level set
through the samples p_i with gradient n_i (and, sign-free, perpendicular to the stroke tangent
t_i); the Hessian (thin-plate) term spans the gaps between strokes with the smoothest surface, so
a sparse network is bridged like a membrane rather than filled or dented. Near the data f is
close to a signed distance (its gradient is about unit), far away it extends linearly.

E is quadratic: its minimiser solves A f = b with A symmetric positive definite, applied
matrix-free (gathers and scatters for the samples, finite-difference stencils for the Hessian)
and solved by preconditioned conjugate gradients, coarse to fine (quarter, half, full
resolution; each level starts from the one below). Works on any torch device.

Notation (code name: meaning)
    n_lat           lattice points per axis (resolution + 1), spacing h = 2 s / resolution
    f [n,n,n]       implicit values at lattice points, normalised units, < 0 inside
    p [P,3]         sample positions, normalised frame; n [P,3] unit normals; t [P,3] tangents
    w [P]           weight of a sample (stroke length it stands for), normalised units
    l               reference length: the finest level's cell, so weights mean the same at
                    every level
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import torch

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HessianWeights:
    """Weights of the energy's terms (dimensionless; see the module docstring)."""

    point: float = 4.0
    """a_d: the zero level set passes through the samples."""
    normal: float = 1.0
    """a_n: the gradient at a sample equals its oriented normal (times the sample's confidence)."""
    tangent: float = 1.0
    """a_t: the gradient at a sample is perpendicular to its stroke (sign-free)."""
    hessian: float = 1.0
    """a_h: thin-plate smoothness everywhere."""
    ridge: float = 1e-6
    """A tiny multiple of |f|^2, so A stays definite where nothing else constrains f."""


class _Trilinear:
    """Trilinear interpolation of lattice values at fixed points, and its gradient; as gathers
    with weights ``val`` [P,8] and derivative weights ``dval`` [3,P,8] of corners ``idx`` [P,8]."""

    def __init__(self, p: torch.Tensor, n_lat: int, half_extent: float):
        h = 2.0 * half_extent / (n_lat - 1)
        u = (p + half_extent) / h
        c = u.floor().clamp(0, n_lat - 2)
        fr = (u - c).clamp(0, 1)                                                # [P,3]
        ci = c.long()
        idx, val, dval = [], [], []
        for dx in (0, 1):
            for dy in (0, 1):
                for dz in (0, 1):
                    idx.append(((ci[:, 0] + dx) * n_lat + ci[:, 1] + dy) * n_lat + ci[:, 2] + dz)
                    wx = fr[:, 0] if dx else 1 - fr[:, 0]
                    wy = fr[:, 1] if dy else 1 - fr[:, 1]
                    wz = fr[:, 2] if dz else 1 - fr[:, 2]
                    sx, sy, sz = (1.0 if dx else -1.0) / h, (1.0 if dy else -1.0) / h, (1.0 if dz else -1.0) / h
                    val.append(wx * wy * wz)
                    dval.append(torch.stack([sx * wy * wz, wx * sy * wz, wx * wy * sz]))
        self.idx = torch.stack(idx, 1)                                          # [P,8]
        self.val = torch.stack(val, 1)                                          # [P,8]
        self.dval = torch.stack(dval, 2)                                        # [3,P,8]
        self.size = n_lat ** 3

    def value(self, f: torch.Tensor) -> torch.Tensor:
        return (f[self.idx] * self.val).sum(1)

    def grad(self, f: torch.Tensor) -> torch.Tensor:
        return (f[self.idx].unsqueeze(0) * self.dval).sum(2).T                  # [P,3]

    def value_t(self, r: torch.Tensor) -> torch.Tensor:
        """Adjoint of ``value``: [P] -> [V]."""
        return torch.zeros(self.size, dtype=r.dtype, device=r.device).index_add_(
            0, self.idx.reshape(-1), (self.val * r[:, None]).reshape(-1))

    def grad_t(self, g: torch.Tensor) -> torch.Tensor:
        """Adjoint of ``grad``: [P,3] -> [V]."""
        contrib = (self.dval * g.T[:, :, None]).sum(0)                          # [P,8]
        return torch.zeros(self.size, dtype=g.dtype, device=g.device).index_add_(
            0, self.idx.reshape(-1), contrib.reshape(-1))


def _term_slices(shape) -> list[tuple[list[tuple[tuple, float]], float]]:
    """The Hessian's finite-difference terms on a lattice of ``shape``: per term, the (slice,
    coefficient) pairs whose sum is the difference (before dividing by h^2), and the term's
    weight in the Frobenius norm (2 for the mixed ones, each appearing twice)."""
    terms = []
    for a in range(3):
        parts = []
        for off, c in ((0, 1.0), (1, -2.0), (2, 1.0)):
            idx = [slice(None)] * 3
            idx[a] = slice(off, shape[a] - 2 + off)
            parts.append((tuple(idx), c))
        terms.append((parts, 1.0))
    for a, b in ((0, 1), (0, 2), (1, 2)):
        parts = []
        for da, db, c in ((1, 1, 1.0), (1, 0, -1.0), (0, 1, -1.0), (0, 0, 1.0)):
            idx = [slice(None)] * 3
            idx[a] = slice(da, shape[a] - 1 + da)
            idx[b] = slice(db, shape[b] - 1 + db)
            parts.append((tuple(idx), c))
        terms.append((parts, 2.0))
    return terms


def _row_weights(terms, node_w: torch.Tensor | None) -> list[torch.Tensor | float]:
    """Per term, the weight of each of its rows: the term's Frobenius weight times the mean of
    ``node_w`` [n,n,n] over the row's stencil (or just the Frobenius weight)."""
    out = []
    for parts, c in terms:
        if node_w is None:
            out.append(c)
        else:
            out.append(c * sum(node_w[sl] for sl, _ in parts) / len(parts))
    return out


class HessianLevel:
    """The system A f = b of one lattice resolution, for fixed sample positions and weights."""

    def __init__(self, resolution: int, p: torch.Tensor, t: torch.Tensor, w: torch.Tensor,
                 conf: torch.Tensor, ref_length: float, weights: HessianWeights,
                 half_extent: float = 0.5, group: torch.Tensor | None = None,
                 point_w: torch.Tensor | None = None):
        self.res = int(resolution)
        if point_w is None:
            point_w = torch.ones_like(w)
        self.n_lat = self.res + 1
        self.h = 2.0 * half_extent / self.res
        # Samples of one group closer than half a cell of this level act as one (their weighted
        # mean): coarse levels then cost little however densely the strokes are sampled.
        self.inv = None
        self.w_in = w
        self.group = group
        if group is not None:
            cellk = torch.floor((p + half_extent) / (0.5 * self.h)).long()
            m = int(cellk.max()) + 1 if len(p) else 1
            key = ((group * m + cellk[:, 0]) * m + cellk[:, 1]) * m + cellk[:, 2]
            uniq, inv = torch.unique(key, return_inverse=True)
            if len(uniq) < len(p):
                self.inv = inv
                self.wsum = torch.zeros(len(uniq), dtype=w.dtype, device=w.device).index_add_(0, inv, w)
                mean = lambda x: torch.zeros((len(uniq),) + x.shape[1:], dtype=x.dtype, device=x.device  # noqa: E731
                                             ).index_add_(0, inv, x * w.view(-1, *([1] * (x.dim() - 1)))) / \
                    self.wsum.view(-1, *([1] * (x.dim() - 1)))
                p, conf, point_w = mean(p), mean(conf), mean(point_w)
                t = torch.nn.functional.normalize(mean(t), dim=1)
                self.group = torch.zeros(len(uniq), dtype=group.dtype, device=group.device).index_add_(
                    0, inv, group) // torch.bincount(inv, minlength=len(uniq))
                w = self.wsum
        self.half_extent = half_extent
        self.l = ref_length
        self.wts = weights
        self.interp = _Trilinear(p, self.n_lat, half_extent)
        self.t = t
        self.w = w / ref_length                                   # [P]
        self.conf = conf                                          # [P] normal confidence
        self.pw = point_w                                         # [P] point-term multiplier
        self.shape = (self.n_lat,) * 3
        self.terms = _term_slices(self.shape)
        self.row_w = _row_weights(self.terms, None)
        self.diag = self._diagonal()

    # A f ------------------------------------------------------------------------------------
    def apply(self, f: torch.Tensor) -> torch.Tensor:
        """A f for f [V] (flattened lattice)."""
        wt = self.wts
        it = self.interp
        out = it.value_t(self.w * self.pw * wt.point / self.l ** 2 * it.value(f))
        g = it.grad(f)
        gn = self.w[:, None] * wt.normal * self.conf[:, None] * g
        gt = (g * self.t).sum(1, keepdim=True) * self.t * (self.w * wt.tangent)[:, None]
        out = out + it.grad_t(gn + gt)
        vol = self.h ** 3 * wt.hessian / self.l / self.h ** 4
        fv = f.view(self.shape)
        acc = torch.zeros_like(fv)
        for (parts, _), rw in zip(self.terms, self.row_w):
            d = sum(c * fv[sl] for sl, c in parts) * rw
            for sl, c in parts:
                acc[sl] += c * d
        return out + vol * acc.reshape(-1) + wt.ridge * f

    def merged(self, x: torch.Tensor) -> torch.Tensor:
        """Per-sample values x [P,...] as this level's (merged) samples see them."""
        if self.inv is None:
            return x
        wx = x * (self.w_in.view(-1, *([1] * (x.dim() - 1))))
        out = torch.zeros((len(self.wsum),) + x.shape[1:], dtype=x.dtype, device=x.device)
        return out.index_add_(0, self.inv, wx) / self.wsum.view(-1, *([1] * (x.dim() - 1)))

    def rhs(self, n: torch.Tensor) -> torch.Tensor:
        """b for oriented normals n [P,3] of the original samples (the samples' confidence
        weighs them)."""
        n = self.merged(n)
        return self.interp.grad_t(self.w[:, None] * self.wts.normal * self.conf[:, None] * n)

    def _diagonal(self) -> torch.Tensor:
        """diag(A), for the Jacobi preconditioner."""
        wt, it = self.wts, self.interp
        dev, dt = self.w.device, self.w.dtype
        d = torch.zeros(it.size, dtype=dt, device=dev)
        d.index_add_(0, it.idx.reshape(-1),
                     ((self.w * self.pw * wt.point / self.l ** 2)[:, None] * it.val ** 2).reshape(-1))
        gcoef = (self.w * wt.normal * self.conf)[None, :, None] * it.dval ** 2         # [3,P,8]
        tproj = (it.dval * self.t.T[:, :, None]).sum(0) ** 2 * (self.w * wt.tangent)[:, None]
        d.index_add_(0, it.idx.reshape(-1), (gcoef.sum(0) + tproj).reshape(-1))
        # Hessian stencil: per node, the sum over rows of (coefficient^2 x row weight).
        sq = torch.zeros(self.shape, dtype=dt, device=dev)
        for (parts, _), rw in zip(self.terms, self.row_w):
            for sl, c in parts:
                sq[sl] += c * c * rw
        d += self.h ** 3 * wt.hessian / self.l / self.h ** 4 * sq.reshape(-1)
        return d + wt.ridge

    def set_hessian_weight(self, node_w: torch.Tensor | None) -> None:
        """Weigh the Hessian term per lattice node by ``node_w`` [n,n,n] (None: uniformly)."""
        self.row_w = _row_weights(self.terms, node_w)
        self.diag = self._diagonal()

    # solve ------------------------------------------------------------------------------------
    def solve(self, b: torch.Tensor, f0: torch.Tensor | None = None, iterations: int = 200,
              tol: float = 1e-5) -> tuple[torch.Tensor, int]:
        """Preconditioned conjugate gradients from ``f0`` (zeros if None) -> (f [V], steps)."""
        f = torch.zeros_like(b) if f0 is None else f0.clone()
        r = b - self.apply(f)
        inv = 1.0 / self.diag
        z = inv * r
        p = z.clone()
        rz = (r * z).sum()
        bnorm = b.norm().clamp(min=1e-30)
        k = 0
        for k in range(1, iterations + 1):
            ap = self.apply(p)
            alpha = rz / (p * ap).sum().clamp(min=1e-30)
            f += alpha * p
            r -= alpha * ap
            if r.norm() <= tol * bnorm:
                break
            z = inv * r
            rz_new = (r * z).sum()
            p = z + (rz_new / rz) * p
            rz = rz_new
        return f, k

    def prolong_from(self, coarse: "HessianLevel", f_c: torch.Tensor) -> torch.Tensor:
        """Trilinear interpolation of the coarse level's f onto this lattice -> [V]."""
        return upsample(f_c.view(coarse.shape), self.n_lat).reshape(-1)


def upsample(f_c: torch.Tensor, n_fine: int) -> torch.Tensor:
    """Trilinear resampling of lattice values f_c [m,m,m] onto an [n,n,n] lattice over the same
    cube (corners aligned)."""
    x = f_c[None, None]
    return torch.nn.functional.interpolate(x, size=(n_fine,) * 3, mode="trilinear",
                                           align_corners=True)[0, 0]


class HessianSolver:
    """Coarse-to-fine levels (resolution / 4, / 2, / 1, those at least ``min_resolution``)."""

    def __init__(self, resolution: int, p: torch.Tensor, t: torch.Tensor, w: torch.Tensor,
                 conf: torch.Tensor, weights: HessianWeights = HessianWeights(),
                 min_resolution: int = 12, half_extent: float = 0.5,
                 group: torch.Tensor | None = None, point_w: torch.Tensor | None = None):
        """``group`` [P] (optional): sign group per sample; samples of one group are merged
        within half a cell of each level. ``point_w`` [P] (optional): multiplies each sample's
        point term."""
        ref = 2.0 * half_extent / resolution
        ress = [r for r in (resolution // 4, resolution // 2) if r >= min_resolution] + [resolution]
        self.levels = [HessianLevel(r, p, t, w, conf, ref, weights, half_extent, group, point_w)
                       for r in ress]

    def solve(self, n: torch.Tensor, f0: torch.Tensor | None = None,
              iterations=(1000, 150, 100), tol: float = 1e-5) -> torch.Tensor:
        """f [V] on the finest lattice for oriented normals n [P,3]. Without ``f0`` every level
        runs, each from the one below; with ``f0`` (finest lattice) only the finest."""
        if f0 is not None:
            lv = self.levels[-1]
            f, k = lv.solve(lv.rhs(n), f0, iterations[-1], tol)
            log.debug("hessian solve (warm) res %d: %d steps", lv.res, k)
            return f
        f = None
        # The first level starts from nothing and gets the first (largest) budget.
        its = [iterations[0]] + list(iterations[1:])[len(iterations) - len(self.levels):]
        for i, lv in enumerate(self.levels):
            f0_l = None if f is None else lv.prolong_from(self.levels[i - 1], f)
            f, k = lv.solve(lv.rhs(n), f0_l, its[i], tol)
            log.debug("hessian solve res %d: %d steps", lv.res, k)
        return f
