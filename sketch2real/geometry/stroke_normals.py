"""Surface normals along the strokes (up to sign), how sure they are, and which strokes are wires.

A stroke drawn on a surface is tangent to it, so the surface normal at a sample is perpendicular
to the stroke's tangent t; what is left is one angle in the plane perpendicular to t, and the
neighbouring strokes set it: a stroke crossing this one lies in the same tangent plane, and so
does the direction to a stroke running beside it. Per sample (curve strokes):

1. Neighbours: samples of other strokes (or of the same stroke, far enough along it that the
   stroke has come back) among the nearest ones on a coarser copy of the samples; the
   neighbourhood radius adapts to the sketch's density (1.5 x the distance to the 4th such
   neighbour, between ``radius_cells`` and ``max_radius_cells``).
2. A conic through the sample in the plane perpendicular to t: a.q + b |q|^2 = 0 (a line when
   b = 0, else a circle through the sample), fitted in least squares with |a| = 1 to the
   neighbours' projected positions q and (through the conic's gradient) their projected
   tangents; a is the normal. A circle matters on thin round parts: three lines along a thin
   leg are three points of its cross-section, and the chords between them point through the
   leg, so a straight-line fit would take the chord for the surface. A weak prior pulls b to 0
   (the flattest surface) where the neighbours do not decide. Neighbours the first fit does
   not explain are down-weighted and the conic is fitted again.
3. Confidence: the gap between the two eigenvalues of the reduced 2 x 2 problem, times how
   much evidence there was (saturating). Creases: on a sharp edge (a box's edge, a seat's rim)
   the strokes crossing it arrive from two surfaces, and the conic cannot explain both: where
   the crossing strokes' tangents leave the fitted conic (``crease_misfit``), the sample is on
   a crease, and the finding is spread along the stroke (``crease_spread_cells``).
4. Along each stroke the normals are given one sign (each sample flipped to agree with the
   previous one) and smoothed (confidence-weighted, Gaussian over ``smooth_cells``).

A stroke running beside another counts as evidence of a surface between them only when they are
close (``parallel_radius_cells``) or some stroke crosses both: two legs side by side are not the
edges of a web.

Ribbon strokes carry their normal (the ribbon's plane, ``stroke_samples``), confidence 1. A
lone stroke (no stroke crosses it away from its ends, none runs closely beside it) that is a
closed loop bounds a flat patch: its samples get the normal of the loop's best-fit plane. A lone
open stroke is a *wire* (the person drew a thin thing: a stem, a leg) when its two ends do not
both meet the same connected piece of the other strokes; it becomes a tube rather than part of a
surface. A lone stroke whose ends both meet one piece (an edge of a box drawn in two strokes)
stays a surface stroke.

Groups: each stroke's samples are split where the sign cannot be carried along (an abrupt turn
of the normal, or a long stretch with no confidence); the signs of whole groups are then chosen
together (``normal_orientation.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.ndimage import gaussian_filter1d
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from .stroke_samples import StrokeSamples


@dataclass(frozen=True)
class NormalConfig:
    """Neighbourhoods and thresholds, in grid cells where lengths."""

    radius_cells: float = 2.5
    """Smallest neighbourhood radius."""
    max_radius_cells: float = 10.0
    """Largest neighbourhood radius; nothing further away counts as surface evidence."""
    k_neighbours: int = 48
    """Nearest (coarse) samples examined per sample."""
    evidence: float = 3.0
    """Summed neighbour weight at which the confidence stops growing."""
    wire_fraction: float = 0.6
    """A stroke is lone when no stroke crosses it away from its ends and at least this fraction
    of it has no stroke closely beside it."""
    smooth_cells: float = 2.0
    """Gaussian smoothing of the normals along each stroke (standard deviation)."""
    break_cos: float = 0.2
    """Consecutive samples whose normals differ by more than acos of this start a new group."""
    tangent_weight: float = 1.0
    """Weight of a neighbour's tangent against its position in the conic fit."""
    flat_prior: float = 0.05
    """Pull of the conic toward a straight line (no curvature) when neighbours leave it open."""
    parallel_cos: float = 0.85
    """Neighbours whose tangent is this close to parallel (|cos|) are side-by-side strokes ..."""
    parallel_radius_cells: float = 5.0
    """... and count only within this distance."""
    junction_cells: float = 2.0
    """Strokes passing this close to each other meet (cross, or end on one another)."""
    crease_misfit: float = 0.15
    """A sample is on a sharp edge when the strokes crossing near it leave the fitted conic: the
    crossing-weighted mean squared sine between their tangents and the conic's is above this
    (fully at twice this) ..."""
    crease_evidence: float = 2.0
    """... given at least this much crossing (summed squared projected tangents) ..."""
    crease_radius_cells: float = 3.0
    """... within this distance (further strokes turn with the surface)."""
    crease_spread_cells: float = 8.0
    """What the crossings say about a crease is spread along the stroke over this distance."""


@dataclass(frozen=True)
class StrokeNormals:
    """``n`` [P,3] unit normals (sign consistent within a group), ``conf`` [P] in [0, 1],
    ``group`` [P] int group of each sample (-1 for wire samples), ``wire`` [S] bool per stroke,
    ``evidence`` [P] summed neighbour weight, ``crease`` [P] in [0, 1]: how much the sample looks
    like a sharp edge (crossing strokes from two surfaces)."""

    n: np.ndarray
    conf: np.ndarray
    group: np.ndarray
    wire: np.ndarray
    evidence: np.ndarray
    crease: np.ndarray

    @property
    def n_groups(self) -> int:
        return int(self.group.max()) + 1 if (self.group >= 0).any() else 0


def _perp_basis(t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two unit vectors [P,3] spanning the plane perpendicular to t [P,3]."""
    axis = np.zeros_like(t)
    axis[np.arange(len(t)), np.argmin(np.abs(t), axis=1)] = 1.0
    e1 = np.cross(t, axis)
    e1 /= np.maximum(np.linalg.norm(e1, axis=1, keepdims=True), 1e-12)
    return e1, np.cross(t, e1)


def _curve_normals(s: StrokeSamples, cell: float, cfg: NormalConfig, idx: np.ndarray):
    """Steps 1-3 for the samples ``idx``: (n [Q,3], conf [Q], evidence [Q], crease [Q],
    crossing evidence [Q], a close parallel stroke [Q] bool, a stroke crossing here [Q] bool)."""
    # 1. Neighbours on a coarse copy (one spine sample per cell of stroke).
    step = max(1, int(round(cell / max(np.median(s.weight[s.spine]), 1e-9))))
    coarse = np.flatnonzero(s.spine)[::step]
    tree = cKDTree(s.p[coarse])
    k = min(cfg.k_neighbours, len(coarse))
    dist, nb = tree.query(s.p[idx], k=k, distance_upper_bound=cfg.max_radius_cells * cell)
    dist = dist.reshape(len(idx), k)
    nb = nb.reshape(len(idx), k)
    found = np.isfinite(dist)
    nbc = np.where(found, coarse[np.minimum(nb, len(coarse) - 1)], 0)
    same = s.stroke[nbc] == s.stroke[idx][:, None]
    far_along = np.abs(s.arc[nbc] - s.arc[idx][:, None]) > 3.0 * np.maximum(dist, cfg.radius_cells * cell)
    valid = found & (~same | far_along) & (dist > 1e-9)
    d_sorted = np.sort(np.where(valid, dist, np.inf), axis=1)
    fourth = d_sorted[:, min(3, k - 1)]
    radius = np.clip(1.5 * np.where(np.isfinite(fourth), fourth, np.inf),
                     cfg.radius_cells * cell, cfg.max_radius_cells * cell)
    w = np.where(valid, np.exp(-(dist / radius[:, None]) ** 2), 0.0)            # [Q,k]
    # A stroke running beside this one is evidence of a surface between them only when close,
    # or when some stroke crosses both (a ring around two lines of a cylinder, the section that
    # joins a seat's two rims): two legs drawn side by side are two wires, not a web's edges.
    cosang = np.abs((s.t[nbc] * s.t[idx][:, None, :]).sum(2))
    parallel = cosang > cfg.parallel_cos
    qi, qj = np.nonzero(valid & ~parallel & (dist < 1.5 * cell))
    cross = np.zeros((s.n_strokes, s.n_strokes), dtype=bool)
    cross[s.stroke[idx][qi], s.stroke[nbc[qi, qj]]] = True
    cross |= cross.T
    c_int = cross.astype(np.int32)
    bridged = cross | ((c_int @ c_int) > 0)
    far_parallel = parallel & (dist > cfg.parallel_radius_cells * cell)
    w = np.where(far_parallel & ~bridged[s.stroke[idx][:, None], s.stroke[nbc]], 0.0, w)
    t = s.t[idx]
    e1, e2 = _perp_basis(t)
    proj = lambda v: np.stack([(v * e1[:, None]).sum(2), (v * e2[:, None]).sum(2)], -1)  # noqa: E731
    q = proj(s.p[nbc] - s.p[idx][:, None, :]) / radius[:, None, None]          # [Q,k,2]
    t2 = proj(s.t[nbc])                                                         # [Q,k,2]
    qq = (q * q).sum(2)
    qn = np.sqrt(np.maximum(qq, 1e-12))
    # 2. Rows of the conic a.q + b |q|^2 = 0 through the sample: one per neighbour position
    #    (divided by |q|, so near and far count alike) and one per neighbour tangent (the
    #    conic's gradient a + 2 b q is perpendicular to it).
    pos_rows = np.concatenate([q / qn[..., None], (qq / qn)[..., None]], -1)    # [Q,k,3]
    tan_rows = np.concatenate([t2, 2 * (q * t2).sum(2, keepdims=True)], -1)     # [Q,k,3]
    n = np.zeros_like(t)
    for it in range(2):
        m = (w[..., None, None] * (pos_rows[..., :, None] * pos_rows[..., None, :]
                                   + cfg.tangent_weight * tan_rows[..., :, None] * tan_rows[..., None, :])).sum(1)
        m_aa, m_ab, m_bb = m[:, :2, :2], m[:, :2, 2], m[:, 2, 2] + cfg.flat_prior * w.sum(1)
        red = m_aa - m_ab[:, :, None] * m_ab[:, None, :] / np.maximum(m_bb, 1e-12)[:, None, None]
        evals, evecs = np.linalg.eigh(red)
        a_vec = evecs[:, :, 0]
        n = a_vec[:, :1] * e1 + a_vec[:, 1:] * e2
        aniso = (evals[:, 1] - evals[:, 0]) / np.maximum(evals[:, 1] + evals[:, 0], 1e-12)
        if it == 0:
            # Down-weight neighbours the conic does not fit (the other side of a thin part
            # that is not round, a stroke on another surface).
            b_val = -(m_ab * a_vec).sum(1) / np.maximum(m_bb, 1e-12)
            res = np.abs((q * a_vec[:, None, :]).sum(2) + b_val[:, None] * qq) / qn
            w = w * np.exp(-(res / 0.35) ** 2)
    evidence = w.sum(1)
    # 3. Confidence; creases: crossing strokes arriving in two directions across this one.
    conf = aniso * np.minimum(1.0, evidence / cfg.evidence)
    # Creases: strokes crossing nearby whose tangents the fitted conic does not explain (the
    # sine of the angle between a crossing tangent and the conic's tangent there), weighted by
    # how much each crosses. Two surfaces meeting at an edge leave one of them unexplained.
    b_val = -(m_ab * a_vec).sum(1) / np.maximum(m_bb, 1e-12)
    grad = a_vec[:, None, :] + 2 * b_val[:, None, None] * q                       # [Q,k,2]
    t2n = np.linalg.norm(t2, axis=2)
    sin = np.abs((grad * t2).sum(2)) / np.maximum(np.linalg.norm(grad, axis=2) * t2n, 1e-12)
    near = np.where(valid & (dist < cfg.crease_radius_cells * cell), 1.0, 0.0)
    cw = near * t2n ** 2
    crossing = cw.sum(1)
    misfit = (cw * sin ** 2).sum(1) / np.maximum(crossing, 1e-12)
    crease = np.clip((misfit - cfg.crease_misfit) / cfg.crease_misfit, 0.0, 1.0) * \
        np.clip(crossing / cfg.crease_evidence, 0.0, 1.0)
    # Surface evidence for telling wires apart: another stroke crossing here, or running
    # closely beside.
    close_parallel = (valid & parallel & (dist <= cfg.parallel_radius_cells * cell)).any(1)
    crossed_here = (valid & ~parallel & (dist < cfg.junction_cells * cell)).any(1)
    return n, conf, evidence, crease, crossing, close_parallel, crossed_here


def _bridges_and_stems(s: StrokeSamples, lone: np.ndarray, junction: float) -> np.ndarray:
    """Which ``lone`` strokes [S] are wires: those whose two ends do not both meet the same
    connected piece of the other strokes (a stem with a free end, a leg between a base and a
    body). A lone stroke whose ends meet one piece bounds a patch of it (an edge of a box drawn
    in two pieces) and stays a surface stroke."""
    spine = np.flatnonzero(s.spine)
    pairs = cKDTree(s.p[spine]).query_pairs(junction, output_type="ndarray")
    a, b = s.stroke[spine[pairs[:, 0]]], s.stroke[spine[pairs[:, 1]]]
    diff = a != b
    pairs, a, b = pairs[diff], a[diff], b[diff]
    S = s.n_strokes
    net = ~lone[a] & ~lone[b]
    g = coo_matrix((np.ones(int(net.sum())), (a[net], b[net])), shape=(S, S))
    _, comp = connected_components(g, directed=False)
    # Contacts of lone strokes with the network: (lone stroke, its sample, piece of the other).
    mine = np.concatenate([np.where(lone[a] & ~lone[b], spine[pairs[:, 0]], -1),
                           np.where(lone[b] & ~lone[a], spine[pairs[:, 1]], -1)])
    other = np.concatenate([b, a])
    ok = mine >= 0
    mine, piece = mine[ok], comp[other[ok]]
    sid = s.stroke[mine]
    length = s.length[sid]
    reach = np.maximum(3 * junction, 0.2 * length)
    at_start = s.arc[mine] <= reach
    at_end = length - s.arc[mine] <= reach
    wire = lone.copy()
    if len(mine):
        start_keys = set(zip(sid[at_start].tolist(), piece[at_start].tolist()))
        end_keys = set(zip(sid[at_end].tolist(), piece[at_end].tolist()))
        for k_sid, _ in start_keys & end_keys:
            wire[k_sid] = False
    return wire


def _plane_normal(p: np.ndarray) -> tuple[np.ndarray, float]:
    """Best-fit plane normal of points p [N,3] and planarity in [0, 1]."""
    c = p - p.mean(0)
    evals, evecs = np.linalg.eigh(c.T @ c)
    return evecs[:, 0], float(1.0 - evals[0] / max(evals[1], 1e-30))


def estimate_normals(s: StrokeSamples, cell: float, cfg: NormalConfig = NormalConfig()
                     ) -> StrokeNormals:
    """Unoriented normals, confidences, wire strokes and sign groups for samples ``s``; ``cell``
    is the grid cell (normalised units) that sets the neighbourhood sizes."""
    P = len(s.p)
    n = np.zeros((P, 3))
    conf = np.zeros(P)
    evidence = np.zeros(P)
    crease = np.zeros(P)
    crossing = np.zeros(P)
    beside = np.zeros(P, dtype=bool)
    crossed = np.zeros(P, dtype=bool)
    ribbon = np.linalg.norm(s.ribbon_n, axis=1) > 0.5
    curve = ~ribbon & (np.linalg.norm(s.t, axis=1) > 0.5)
    if curve.any():
        idx = np.flatnonzero(curve)
        (n[idx], conf[idx], evidence[idx], crease[idx], crossing[idx], beside[idx],
         crossed[idx]) = _curve_normals(s, cell, cfg, idx)
    n[ribbon] = s.ribbon_n[ribbon]
    conf[ribbon] = 1.0
    evidence[ribbon] = cfg.evidence
    # Wires and isolated loops, per stroke.
    wire = np.zeros(s.n_strokes, dtype=bool)
    # A wire: no stroke crosses it away from its ends, and none runs closely beside it for
    # most of its length (a stroke that touches others only at its ends is a leg or a stem).
    end_zone = np.maximum(3 * cell, 0.15 * s.length[s.stroke])
    interior = (s.arc > end_zone) & (s.arc < s.length[s.stroke] - end_zone) & ~ribbon
    count = lambda x: np.bincount(s.stroke, weights=x.astype(float), minlength=s.n_strokes)  # noqa: E731
    n_interior = np.maximum(count(interior), 1)
    lone = (count(interior & ~beside) / n_interior >= cfg.wire_fraction) & \
        (count(interior & crossed) == 0) & (count(ribbon) == 0)
    for sid in np.flatnonzero(lone & s.closed):
        sel = s.stroke == sid
        pn, planarity = _plane_normal(s.p[sel])
        n[sel] = pn
        conf[sel] = 0.5 * planarity
    wire = _bridges_and_stems(s, lone & ~s.closed, cfg.junction_cells * cell)
    points_only = np.linalg.norm(s.t, axis=1) < 0.5
    wire[np.unique(s.stroke[points_only])] = True
    is_wire = wire[s.stroke]
    # 4. One sign along each stroke, smoothing, groups.
    group = np.full(P, -1, dtype=np.int64)
    g = 0
    order = np.lexsort((s.arc, ~s.spine, s.stroke))
    spine_idx = order[s.spine[order] & ~is_wire[order]]
    bounds = np.flatnonzero(np.diff(s.stroke[spine_idx])) + 1
    sigma = cfg.smooth_cells * cell
    for run in np.split(spine_idx, bounds):
        if len(run) == 0:
            continue
        nr = n[run].copy()
        cr = conf[run]
        for i in range(1, len(run)):
            if (nr[i] * nr[i - 1]).sum() < 0:
                nr[i] = -nr[i]
        if len(run) > 2 and not ribbon[run[0]]:
            step = max(float(np.median(np.diff(s.arc[run]))), 1e-9)
            mode = "wrap" if s.closed[s.stroke[run[0]]] else "nearest"
            smooth = lambda x, sd: gaussian_filter1d(x, sd / step, axis=0, mode=mode)  # noqa: E731
            sm = smooth(nr * (cr[:, None] + 1e-3), sigma)
            t = s.t[run]
            sm -= (sm * t).sum(1, keepdims=True) * t
            ok = np.linalg.norm(sm, axis=1) > 1e-9
            nr[ok] = sm[ok] / np.linalg.norm(sm[ok], axis=1, keepdims=True)
            # A crease runs along its stroke: spread what the crossings say along it.
            cw = crossing[run]
            crease[run] = smooth(crease[run] * cw, cfg.crease_spread_cells * cell) / \
                np.maximum(smooth(cw, cfg.crease_spread_cells * cell), 0.25 * cfg.crease_evidence)
        n[run] = nr
        # groups: break at abrupt turns
        brk = np.zeros(len(run), dtype=bool)
        brk[1:] = (nr[1:] * nr[:-1]).sum(1) < cfg.break_cos
        gid = g + np.cumsum(brk)
        group[run] = gid
        g = int(gid[-1]) + 1
    # Across-ribbon samples follow their spine sample (same stroke, nearest arc).
    off = np.flatnonzero(~s.spine & ~is_wire)
    if len(off):
        on = np.flatnonzero(s.spine & ~is_wire)
        key_on = s.stroke[on] * 1e6 + s.arc[on]
        o = np.argsort(key_on)
        pos = np.clip(np.searchsorted(key_on[o], s.stroke[off] * 1e6 + s.arc[off]), 0, len(on) - 1)
        src = on[o][pos]
        group[off] = group[src]
        flip = (n[off] * n[src]).sum(1) < 0
        n[off[flip]] = -n[off[flip]]
    conf[is_wire] = 0.0
    crease[is_wire] = 0.0
    return StrokeNormals(n=n, conf=conf, group=group, wire=wire, evidence=evidence,
                         crease=crease)
