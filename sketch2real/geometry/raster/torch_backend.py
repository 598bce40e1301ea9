"""Pure-PyTorch rasterizer: the CPU backend and the reference the CUDA path is checked against.

Same conventions as nvdiffrast (see ``base.py``). How it works:

1. Visibility (no gradient): every triangle is expanded into the rows its screen bounding box
   spans, each row into the pixels of the triangle's span on it (scanline "face-pixel pairs", in
   chunks to bound memory, so the work follows the covered area, not the bounding box); a pair
   is kept when the pixel centre lies inside the triangle (inclusive edge test) and within the
   near/far planes; a z-buffer
   (``scatter_reduce`` amin) picks the nearest triangle per pixel, ties to the lowest id.
2. Barycentrics (differentiable): for each covered pixel the winning triangle's screen-space
   barycentrics are recomputed from ``v_clip`` and made perspective-correct, so (u, v) and z/w
   carry gradients to the vertex positions.
3. Antialiasing (differentiable): for each pair of horizontally or vertically adjacent pixels
   covered by different triangles (or triangle and background) that are not neighbours on the
   mesh, the edge of the front triangle that separates the two pixel centres is found, and the
   pixel on the far side of the midpoint is blended by the covered fraction; an edge is handled
   along the axis more perpendicular to it only. The blend weight is a
   function of the edge's screen position, which is what gives silhouettes their gradient.
"""

from __future__ import annotations

import torch

from .base import check_inputs

_INSIDE_EPS = 1e-7


def _screen_xy(clip: torch.Tensor, H: int, W: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Clip [...,4] -> pixel coordinates (x, y), pixel centre (i, j) at (x, y) = (j, i)."""
    inv_w = 1.0 / clip[..., 3]
    x = (clip[..., 0] * inv_w + 1.0) * (0.5 * W) - 0.5
    y = (clip[..., 1] * inv_w + 1.0) * (0.5 * H) - 0.5
    return x, y


def _gather_rows(t: torch.Tensor, batch: torch.Tensor, idx: torch.Tensor) -> torch.Tensor:
    """t [B,V,C], batch [N], idx [N,K] -> t[batch, idx] as [N,K,C]. Uses index_select, whose
    backward (index_add) is much faster on the CPU than advanced indexing's."""
    B, V, C = t.shape
    flat = (batch.unsqueeze(1) * V + idx).reshape(-1)
    return t.reshape(B * V, C).index_select(0, flat).view(*idx.shape, C)


def _edge_weights(x: torch.Tensor, y: torch.Tensor, px: torch.Tensor, py: torch.Tensor):
    """Screen-space barycentrics (l0, l1, l2) of points (px, py) [N] in triangles x, y [N,3]."""
    x0, x1, x2 = x.unbind(-1)
    y0, y1, y2 = y.unbind(-1)
    area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0)
    l0 = ((x1 - px) * (y2 - py) - (x2 - px) * (y1 - py)) / area
    l1 = ((x2 - px) * (y0 - py) - (x0 - px) * (y2 - py)) / area
    return l0, l1, 1.0 - l0 - l1


class TorchRasterizer:
    """CPU (or any device) rasterizer in plain PyTorch with nvdiffrast's interface."""

    name = "torch"

    def __init__(self, max_pairs: int = 4_000_000):
        self.max_pairs = int(max_pairs)

    # -- 1. visibility ---------------------------------------------------------------------
    @torch.no_grad()
    def _visible_faces(self, v_clip: torch.Tensor, tri: torch.Tensor, H: int, W: int) -> torch.Tensor:
        """Nearest triangle id per pixel, [B,H,W] int64, -1 for background."""
        B = v_clip.shape[0]
        dev = v_clip.device
        out = torch.full((B, H * W), -1, dtype=torch.long, device=dev)
        for b in range(B):
            c = v_clip[b][tri]                                               # [F,3,4]
            ok = (c[..., 3] > 1e-8).all(-1)
            x, y = _screen_xy(c, H, W)
            z = c[..., 2] / c[..., 3]
            y0 = torch.ceil(y.amin(-1)).clamp(min=0)
            y1 = torch.floor(y.amax(-1)).clamp(max=H - 1)
            x_lo = x.amin(-1)
            x_hi = x.amax(-1)
            bh = (y1 - y0 + 1).long()
            area = (x[:, 1] - x[:, 0]) * (y[:, 2] - y[:, 0]) - (x[:, 2] - x[:, 0]) * (y[:, 1] - y[:, 0])
            keep = (ok & (bh > 0) & (x_hi >= 0) & (x_lo <= W - 1) & (area.abs() > 1e-12)
                    & torch.isfinite(area))
            faces = keep.nonzero().squeeze(1)
            if faces.numel() == 0:
                continue
            # Rows: one (triangle, row) entry per row the triangle's bounding box spans.
            fr = torch.repeat_interleave(faces, bh[faces])
            first = torch.cumsum(bh[faces], 0) - bh[faces]
            row = y0[fr] + (torch.arange(fr.numel(), device=dev)
                            - torch.repeat_interleave(first, bh[faces])).to(y0.dtype)
            # Span of the triangle on that row: where the row's line crosses its edges.
            xs_lo, xs_hi = self._row_span(x[fr], y[fr], row)
            sx0 = torch.ceil(xs_lo - 1e-4).clamp(min=0)
            sx1 = torch.floor(xs_hi + 1e-4).clamp(max=W - 1)
            width = (sx1 - sx0 + 1).long().clamp(min=0)
            zbuf = torch.full((H * W,), float("inf"), device=dev)
            hits_pix, hits_z, hits_f = [], [], []
            # Pixels: chunk the (triangle, row) spans so no chunk expands past max_pairs pixels.
            csum = torch.cumsum(width, 0)
            start, n = 0, width.numel()
            while start < n:
                base = csum[start - 1] if start > 0 else csum.new_zeros(())
                end = max(int(torch.searchsorted(csum, base + self.max_pairs, right=True)), start + 1)
                cnt = width[start:end]
                ff = torch.repeat_interleave(fr[start:end], cnt)
                px = (torch.repeat_interleave(sx0[start:end], cnt)
                      + (torch.arange(ff.numel(), device=dev)
                         - torch.repeat_interleave(torch.cumsum(cnt, 0) - cnt, cnt)).to(sx0.dtype))
                py = torch.repeat_interleave(row[start:end], cnt)
                start = end
                l0, l1, l2 = _edge_weights(x[ff], y[ff], px, py)
                zz = l0 * z[ff, 0] + l1 * z[ff, 1] + l2 * z[ff, 2]
                inside = ((l0 >= -_INSIDE_EPS) & (l1 >= -_INSIDE_EPS) & (l2 >= -_INSIDE_EPS)
                          & (zz >= -1.0) & (zz <= 1.0))
                pix = (py.long() * W + px.long())[inside]
                zz = zz[inside]
                zbuf.scatter_reduce_(0, pix, zz, reduce="amin")
                hits_pix.append(pix)
                hits_z.append(zz)
                hits_f.append(ff[inside])
            pix = torch.cat(hits_pix)
            zz = torch.cat(hits_z)
            ff = torch.cat(hits_f)
            win = zz <= zbuf[pix]
            fbuf = torch.full((H * W,), torch.iinfo(torch.long).max, dtype=torch.long, device=dev)
            fbuf.scatter_reduce_(0, pix[win], ff[win], reduce="amin")
            fbuf[fbuf == torch.iinfo(torch.long).max] = -1
            out[b] = fbuf
        return out.view(B, H, W)

    @staticmethod
    def _row_span(x: torch.Tensor, y: torch.Tensor, row: torch.Tensor):
        """x-extent (lo, hi) [N] of triangles x, y [N,3] on the horizontal line y = row [N]."""
        lo = torch.full_like(row, float("inf"))
        hi = torch.full_like(row, float("-inf"))
        for a, b in ((0, 1), (1, 2), (2, 0)):
            ya, yb, xa, xb = y[:, a], y[:, b], x[:, a], x[:, b]
            dy = yb - ya
            t = ((row - ya) / torch.where(dy.abs() > 1e-12, dy, torch.ones_like(dy))).clamp(0, 1)
            xc = xa + t * (xb - xa)
            crosses = (row >= torch.minimum(ya, yb) - 1e-6) & (row <= torch.maximum(ya, yb) + 1e-6)
            lo = torch.where(crosses, torch.minimum(lo, xc), lo)
            hi = torch.where(crosses, torch.maximum(hi, xc), hi)
        return lo, hi

    # -- 2. barycentrics ---------------------------------------------------------------------
    def rasterize(self, v_clip: torch.Tensor, t_idx: torch.Tensor,
                  resolution: tuple[int, int]) -> torch.Tensor:
        """[B,V,4] clip positions, [F,3] int32 -> rast [B,H,W,4] (u, v, z/w, id + 1)."""
        check_inputs(v_clip, t_idx)
        H, W = int(resolution[0]), int(resolution[1])
        B = v_clip.shape[0]
        tri = t_idx.long()
        fid = self._visible_faces(v_clip.detach(), tri, H, W)
        bi, ii, jj = (fid >= 0).nonzero(as_tuple=True)
        f = fid[bi, ii, jj]
        c = _gather_rows(v_clip, bi, tri[f])                                   # [N,3,4]
        x, y = _screen_xy(c, H, W)
        l0, l1, l2 = _edge_weights(x, y, jj.to(x.dtype), ii.to(x.dtype))
        inv_w = 1.0 / c[..., 3]
        q0, q1, q2 = l0 * inv_w[:, 0], l1 * inv_w[:, 1], l2 * inv_w[:, 2]
        s = q0 + q1 + q2
        zw = l0 * c[:, 0, 2] * inv_w[:, 0] + l1 * c[:, 1, 2] * inv_w[:, 1] + l2 * c[:, 2, 2] * inv_w[:, 2]
        vals = torch.stack([q0 / s, q1 / s, zw, (f + 1).to(v_clip.dtype)], dim=-1)
        flat = (bi * H + ii) * W + jj
        rast = torch.zeros(B * H * W, 4, dtype=v_clip.dtype, device=v_clip.device)
        rast = rast.index_put((flat,), vals)
        return rast.view(B, H, W, 4)

    def interpolate(self, attr: torch.Tensor, rast: torch.Tensor, t_idx: torch.Tensor) -> torch.Tensor:
        """attr [V,C] or [B|1,V,C] -> [B,H,W,C] interpolated, zero on background."""
        B, H, W, _ = rast.shape
        if attr.ndim == 2:
            attr = attr.unsqueeze(0)
        tri = t_idx.long()
        fid = rast[..., 3].detach().long() - 1
        bi, ii, jj = (fid >= 0).nonzero(as_tuple=True)
        f = fid[bi, ii, jj]
        ab = bi if attr.shape[0] > 1 else torch.zeros_like(bi)
        a = _gather_rows(attr, ab, tri[f])                                      # [N,3,C]
        r = rast[bi, ii, jj]
        u, v = r[:, 0:1], r[:, 1:2]
        vals = u * a[:, 0] + v * a[:, 1] + (1.0 - u - v) * a[:, 2]
        flat = (bi * H + ii) * W + jj
        out = torch.zeros(B * H * W, attr.shape[-1], dtype=attr.dtype, device=attr.device)
        return out.index_put((flat,), vals).view(B, H, W, -1)

    # -- 3. antialiasing -------------------------------------------------------------------
    def antialias(self, color: torch.Tensor, rast: torch.Tensor, v_clip: torch.Tensor,
                  t_idx: torch.Tensor) -> torch.Tensor:
        """color [B,H,W,C] -> [B,H,W,C] with silhouette edges blended by analytic coverage."""
        B, H, W, C = color.shape
        tri = t_idx.long()
        fid = rast[..., 3].detach().long() - 1                                  # [B,H,W]
        zw = rast[..., 2].detach()
        flat_color = color.reshape(B * H * W, C)
        delta = torch.zeros_like(flat_color)
        for axis in (2, 1):                                                     # x pairs, y pairs
            a_sl = [slice(None)] * 3
            b_sl = [slice(None)] * 3
            a_sl[axis] = slice(0, -1)
            b_sl[axis] = slice(1, None)
            fa, fb = fid[tuple(a_sl)], fid[tuple(b_sl)]
            za, zb = zw[tuple(a_sl)], zw[tuple(b_sl)]
            differ = fa != fb
            if not differ.any():
                continue
            bi, ii, jj = differ.nonzero(as_tuple=True)
            fa, fb, za, zb = fa[bi, ii, jj], fb[bi, ii, jj], za[bi, ii, jj], zb[bi, ii, jj]
            ib, jb = (ii, jj + 1) if axis == 2 else (ii + 1, jj)
            # Skip pairs of mesh neighbours (two triangles sharing an edge): no discontinuity.
            both = (fa >= 0) & (fb >= 0)
            shared = (tri[fa.clamp(min=0)].unsqueeze(-1) == tri[fb.clamp(min=0)].unsqueeze(-2)).sum((-1, -2))
            keep = ~(both & (shared >= 2))
            a_front = (fa >= 0) & ((fb < 0) | (za <= zb))
            # Front pixel P (covered by the front triangle), other pixel Q.
            ff = torch.where(a_front, fa, fb)
            pi, pj = torch.where(a_front, ii, ib), torch.where(a_front, jj, jb)
            qi, qj = torch.where(a_front, ib, ii), torch.where(a_front, jb, jj)
            sel = keep & (ff >= 0)
            bi, ff, pi, pj, qi, qj = bi[sel], ff[sel], pi[sel], pj[sel], qi[sel], qj[sel]
            if ff.numel() == 0:
                continue
            c = _gather_rows(v_clip, bi, tri[ff])                               # [N,3,4]
            x, y = _screen_xy(c, H, W)
            la = torch.stack(_edge_weights(x, y, pj.to(x.dtype), pi.to(x.dtype)), -1)
            lb = torch.stack(_edge_weights(x, y, qj.to(x.dtype), qi.to(x.dtype)), -1)
            # Barycentrics are affine along the segment P->Q; each one that turns negative at Q
            # is an edge crossed on the way out; the first crossing bounds the triangle there.
            leaving = (lb < 0) & (la >= -1e-6)
            t = torch.where(leaving, la / (la - lb).clamp(min=1e-12), torch.full_like(la, 2.0))
            t, k = t.min(-1)
            # Each edge is blended along one axis only, the one more across it (as nvdiffrast
            # does): x pairs for steep edges, y pairs for flat ones. Blending along both would
            # count the coverage change, and so the silhouette gradient, twice.
            k1, k2 = (k + 1) % 3, (k + 2) % 3
            ex = (x.gather(1, k2[:, None]) - x.gather(1, k1[:, None])).squeeze(1).abs()
            ey = (y.gather(1, k2[:, None]) - y.gather(1, k1[:, None])).squeeze(1).abs()
            across = (ey >= ex) if axis == 2 else (ex > ey)
            ok = (t <= 1.0) & across.detach()
            bi, pi, pj, qi, qj, t = bi[ok], pi[ok], pj[ok], qi[ok], qj[ok], t[ok].clamp(0.0, 1.0)
            p_flat = (bi * H + pi) * W + pj
            q_flat = (bi * H + qi) * W + qj
            cp, cq = flat_color.index_select(0, p_flat), flat_color.index_select(0, q_flat)
            w_q = (t - 0.5).clamp(min=0.0).unsqueeze(-1)       # front triangle reaches into Q
            w_p = (0.5 - t).clamp(min=0.0).unsqueeze(-1)       # Q's surface reaches into P
            delta = delta.index_add(0, q_flat, w_q * (cp - cq))
            delta = delta.index_add(0, p_flat, w_p * (cq - cp))
        return (flat_color + delta).view(B, H, W, C)
