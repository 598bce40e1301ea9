"""Shapes with a known true surface, for measuring how well a fit finds the surface a sketch means.

Each shape is a signed distance function (numpy, metres, +Y up, < 0 inside) or, for an open
surface, a triangulated sheet; ``truth_mesh`` turns either into the watertight mesh the fit is
measured against. The fit must return a closed surface, so the honest truth for an open sheet
(a leaf, a sail) is a thin closed shell around it: the points at distance ``h`` from the sheet,
where ``h`` is the half-thickness the fit gives open sheets (``shell_half_thickness``).

Notation
    x [P,3]       query points, metres
    d [P]         signed distance (approximate for smooth unions: exact zero set, not exact values)
    euler         Euler characteristic V - E + F of the true closed surface (2 - 2 genus per piece)

The shapes (``SHAPES``) are the benchmark's: a torus, a genus-2 solid, a sphere joined to a
cylinder, a box, a thin-legged stool, an open leaf, and a figure on thin legs over a base.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import torch

from .marching_tets import marching_tets
from .tet_grid import _cell_tets

SdfFn = Callable[[np.ndarray], np.ndarray]


@dataclass(frozen=True)
class TruthShape:
    """A benchmark shape. ``sdf`` for solids, or ``sheet`` (verts [V,3], faces [F,3]) for an open
    surface; ``lo``/``hi`` [3] bound the surface (metres); ``euler`` of the true closed surface
    (for a sheet: of the shell around it); ``parts`` name the pieces the drawing uses."""

    name: str
    lo: tuple[float, float, float]
    hi: tuple[float, float, float]
    euler: int
    sdf: SdfFn | None = None
    sheet: tuple[np.ndarray, np.ndarray] | None = None
    parts: dict = field(default_factory=dict)

    @property
    def is_open(self) -> bool:
        return self.sheet is not None

    def diagonal(self) -> float:
        return float(np.linalg.norm(np.subtract(self.hi, self.lo)))


# -- SDF building blocks (x [P,3] -> d [P]) ----------------------------------------------------

def sd_sphere(x, c, r):
    return np.linalg.norm(x - np.asarray(c), axis=-1) - r


def sd_ellipsoid(x, c, radii):
    """Approximate (first-order) distance to an ellipsoid; exact zero set."""
    q = (x - np.asarray(c)) / np.asarray(radii)
    k0 = np.linalg.norm(q, axis=-1)
    k1 = np.linalg.norm(q / np.asarray(radii), axis=-1)
    return k0 * (k0 - 1.0) / np.maximum(k1, 1e-12)


def sd_torus(x, c, big_r, small_r, axis=1):
    """Torus around ``axis`` through ``c``."""
    p = x - np.asarray(c)
    other = [a for a in range(3) if a != axis]
    q = np.linalg.norm(p[:, other], axis=-1) - big_r
    return np.sqrt(q * q + p[:, axis] ** 2) - small_r


def sd_box(x, c, half, rounding=0.0):
    q = np.abs(x - np.asarray(c)) - (np.asarray(half) - rounding)
    return (np.linalg.norm(np.maximum(q, 0.0), axis=-1) + np.minimum(q.max(-1), 0.0)) - rounding


def sd_capsule_cylinder(x, a, b, r):
    """Cylinder of radius ``r`` with flat caps from ``a`` to ``b``."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    ba = b - a
    length = np.linalg.norm(ba)
    axis = ba / length
    pa = x - a
    t = pa @ axis
    radial = np.linalg.norm(pa - t[:, None] * axis, axis=-1) - r
    along = np.abs(t - length / 2) - length / 2
    return np.minimum(np.maximum(radial, along), 0.0) + np.linalg.norm(
        np.stack([np.maximum(radial, 0.0), np.maximum(along, 0.0)], -1), axis=-1)


def smooth_union(d1, d2, k):
    """Polynomial smooth minimum: a fillet of size about ``k`` where the two meet."""
    if k <= 0:
        return np.minimum(d1, d2)
    h = np.clip(0.5 + 0.5 * (d2 - d1) / k, 0.0, 1.0)
    return d2 * (1 - h) + d1 * h - k * h * (1 - h)


# -- the benchmark shapes ----------------------------------------------------------------------

def torus() -> TruthShape:
    R, r = 0.30, 0.11
    return TruthShape("torus", (-R - r, -r, -R - r), (R + r, r, R + r), euler=0,
                      sdf=lambda x: sd_torus(x, (0, 0, 0), R, r),
                      parts={"R": R, "r": r})


def genus2() -> TruthShape:
    R, r, off, k = 0.20, 0.085, 0.21, 0.04

    def sdf(x):
        return smooth_union(sd_torus(x, (-off, 0, 0), R, r), sd_torus(x, (off, 0, 0), R, r), k)
    return TruthShape("genus2", (-off - R - r, -r, -R - r), (off + R + r, r, R + r), euler=-2,
                      sdf=sdf, parts={"R": R, "r": r, "off": off})


def sphere_cylinder() -> TruthShape:
    rs, rc, end = 0.24, 0.09, 0.62

    def sdf(x):
        return smooth_union(sd_sphere(x, (0, 0, 0), rs),
                            sd_capsule_cylinder(x, (0.0, 0, 0), (end, 0, 0), rc), 0.03)
    return TruthShape("sphere_cylinder", (-rs, -rs, -rs), (end, rs, rs), euler=2, sdf=sdf,
                      parts={"rs": rs, "rc": rc, "end": end})


def box() -> TruthShape:
    half = (0.30, 0.175, 0.20)
    return TruthShape("box", tuple(-h for h in half), half, euler=2,
                      sdf=lambda x: sd_box(x, (0, 0, 0), half, rounding=0.004),
                      parts={"half": half})


def _stool_legs():
    """Leg axes (foot [3], top [3]) of the stool: four legs splayed outward."""
    legs = []
    for a in np.radians([45.0, 135.0, 225.0, 315.0]):
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        legs.append((d * 0.21 + np.array([0.0, 0.0, 0.0]), d * 0.15 + np.array([0.0, 0.43, 0.0])))
    return legs


def stool() -> TruthShape:
    seat_r, y0, y1, leg_r = 0.26, 0.42, 0.48, 0.022
    legs = _stool_legs()

    def sdf(x):
        d = sd_capsule_cylinder(x, (0, y0, 0), (0, y1, 0), seat_r)
        for foot, top in legs:
            d = smooth_union(d, sd_capsule_cylinder(x, foot, top, leg_r), 0.01)
        return d
    return TruthShape("stool", (-seat_r, 0.0, -seat_r), (seat_r, y1, seat_r), euler=2, sdf=sdf,
                      parts={"seat_r": seat_r, "y0": y0, "y1": y1, "leg_r": leg_r, "legs": legs})


def leaf_point(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The leaf sheet at parameters u in [0, 1] (base to tip), v in [-1, 1] (across) -> [...,3]."""
    w = 0.17 * np.clip(np.sin(np.pi * u), 0.0, None) ** 0.8
    z = v * w
    x = 0.62 * u - 0.31
    y = 0.10 * np.sin(np.pi * u) + 0.9 * z * z - 0.05 * u
    return np.stack([x, y, z], -1)


def leaf() -> TruthShape:
    n_u, n_v = 120, 41
    u = np.linspace(0, 1, n_u)
    v = np.linspace(-1, 1, n_v)
    uu, vv = np.meshgrid(u, v, indexing="ij")
    verts = leaf_point(uu, vv).reshape(-1, 3)
    idx = np.arange(n_u * n_v).reshape(n_u, n_v)
    a, b, c, d = idx[:-1, :-1], idx[1:, :-1], idx[1:, 1:], idx[:-1, 1:]
    faces = np.concatenate([np.stack([a, b, c], -1).reshape(-1, 3),
                            np.stack([a, c, d], -1).reshape(-1, 3)], 0)
    lo, hi = verts.min(0), verts.max(0)
    return TruthShape("leaf", tuple(lo), tuple(hi), euler=2, sheet=(verts, faces))


def figure() -> TruthShape:
    base_half, leg_r = (0.25, 0.035, 0.17), 0.028
    legs = [((-0.09, 0.07, 0.0), (-0.07, 0.42, 0.0)), ((0.09, 0.07, 0.0), (0.07, 0.42, 0.0))]

    def sdf(x):
        body = smooth_union(sd_ellipsoid(x, (0, 0.58, 0), (0.15, 0.2, 0.11)),
                            sd_sphere(x, (0, 0.86, 0), 0.09), 0.04)
        d = sd_box(x, (0, base_half[1], 0), base_half, rounding=0.004)
        for a, b in legs:
            leg = sd_capsule_cylinder(x, (a[0], 0.05, a[2]), (b[0], 0.47, b[2]), leg_r)
            d = smooth_union(d, leg, 0.012)
        return smooth_union(d, body, 0.012)
    return TruthShape("figure", (-0.25, 0.0, -0.17), (0.25, 0.95, 0.17), euler=0, sdf=sdf,
                      parts={"base_half": base_half, "leg_r": leg_r, "legs": legs})


SHAPES: dict[str, Callable[[], TruthShape]] = {
    "torus": torus, "genus2": genus2, "sphere_cylinder": sphere_cylinder, "box": box,
    "stool": stool, "leaf": leaf, "figure": figure,
}
"""The benchmark's shapes by name, each a function returning its ``TruthShape``."""


# -- truth meshes ------------------------------------------------------------------------------

def sdf_mesh(values: np.ndarray, lo: np.ndarray, cell: float) -> tuple[np.ndarray, np.ndarray]:
    """Zero level set of ``values`` [n,n,n] (lattice from ``lo`` [3] with spacing ``cell``), by
    marching tetrahedra on the cells the surface crosses only -> (verts [V,3], faces [F,3])."""
    n = values.shape[0]
    v = torch.as_tensor(values.reshape(-1), dtype=torch.float64)
    s = torch.as_tensor(values, dtype=torch.float64)
    corners = torch.stack([s[i:n - 1 + i, j:n - 1 + j, k:n - 1 + k]
                           for i in (0, 1) for j in (0, 1) for k in (0, 1)], 0)
    crossed = (corners.amin(0) < 0) & (corners.amax(0) >= 0)
    ci, cj, ck = torch.nonzero(crossed, as_tuple=True)
    tets = torch.cat([torch.stack([((ci + o[0]) * n + (cj + o[1])) * n + (ck + o[2]) for o in tet], -1)
                      for tet in _cell_tets()], 0)
    used, inverse = torch.unique(tets, return_inverse=True)
    ii, jj, kk = used // (n * n), (used // n) % n, used % n
    pos = torch.stack([ii, jj, kk], -1).double() * cell + torch.as_tensor(lo, dtype=torch.float64)
    verts, faces = marching_tets(pos, v[used], inverse)
    return verts.numpy(), faces.numpy()


def sample_sdf_lattice(fn: SdfFn, lo: np.ndarray, hi: np.ndarray, cell: float,
                       chunk: int = 1 << 20) -> tuple[np.ndarray, np.ndarray]:
    """``fn`` on the lattice covering [lo, hi] (cubic cells of side ``cell``) -> (values
    [nx,ny,nz] padded to a cube [n,n,n] with +cell, lattice origin [3])."""
    n = int(np.ceil((np.max(np.subtract(hi, lo))) / cell)) + 1
    center = (np.asarray(lo) + np.asarray(hi)) / 2
    origin = center - cell * (n - 1) / 2
    lin = np.arange(n) * cell
    gx, gy, gz = np.meshgrid(lin + origin[0], lin + origin[1], lin + origin[2], indexing="ij")
    pts = np.stack([gx, gy, gz], -1).reshape(-1, 3)
    out = np.concatenate([fn(pts[s:s + chunk]) for s in range(0, pts.shape[0], chunk)])
    return out.reshape(n, n, n), origin


def sheet_distance(sheet: tuple[np.ndarray, np.ndarray]) -> SdfFn:
    """Unsigned distance to a triangulated sheet (open3d), as an SDF-like function."""
    import open3d as o3d

    scene = o3d.t.geometry.RaycastingScene()
    scene.add_triangles(o3d.core.Tensor(np.ascontiguousarray(sheet[0], np.float32)),
                        o3d.core.Tensor(np.ascontiguousarray(sheet[1], np.uint32)))
    return lambda x: scene.compute_distance(o3d.core.Tensor(np.ascontiguousarray(x, np.float32))).numpy()


def truth_mesh(shape: TruthShape, cells: int = 160, shell_half: float = 0.0
               ) -> tuple[np.ndarray, np.ndarray]:
    """The watertight true surface: the solid's zero level set, or for a sheet the shell at
    ``shell_half`` (metres) around it; ``cells`` lattice cells across the longest side (plus a
    margin). Returns (verts [V,3] float64 metres, faces [F,3] int64)."""
    lo = np.asarray(shape.lo, float)
    hi = np.asarray(shape.hi, float)
    margin = 0.08 * float(np.max(hi - lo)) + 2 * shell_half
    cell = float(np.max(hi - lo) + 2 * margin) / cells
    if shape.is_open:
        if shell_half <= 0:
            raise ValueError("an open sheet needs shell_half > 0 for a closed truth")
        dist = sheet_distance(shape.sheet)
        fn = lambda x: dist(x) - shell_half  # noqa: E731
    else:
        fn = shape.sdf
    values, origin = sample_sdf_lattice(fn, lo - margin, hi + margin, cell)
    return sdf_mesh(values, origin, cell)
