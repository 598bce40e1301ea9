"""Texture field: colour as a function of position, a multi-resolution hash grid and a small MLP.

Pure PyTorch (no tiny-cuda-nn), in the spirit of Instant-NGP's hash encoding:

    p in the normalised frame [-0.5, 0.5]^3  ->  x = p / (2 * half_extent) + 0.5 in [0, 1]^3
    for each level l = 0..L-1 with resolution N_l = floor(N_min * b^l),
        b = (N_max / N_min)^(1 / (L - 1)):
      the 8 lattice corners around x * N_l are looked up in the level's table of F features,
      (a dense index where the level's (N_l + 1)^3 corners fit the table, a spatial hash
      otherwise), and trilinearly interpolated
    features [L * F]  ->  MLP (ReLU hidden layers)  ->  logits h [3]  ->  sigmoid  ->  albedo [3]

Tables start at small random values, the MLP's last layer at zero, so the field starts as a
uniform grey (sigmoid(0) = 0.5) everywhere.

Bounded logits. The sigmoid's gradient h(1-h) is exactly zero in float32 once |h| passes about
17 (sigmoid rounds to 1), and below 1% of its peak past |h| = 6, so a texel pushed there by a
strong gradient (SDS at s = 100) can never be moved back. ``range_penalty`` keeps the logits in
[-logit_bound, logit_bound] (colours in [0.01, 0.99] for the default bound): it is zero inside,
quadratic outside, per texel, so it is silent in the normal range and the colour's gradient
never falls below sigmoid'(bound) = 0.0098 where the guidance can hold it. A texel is
*saturated* when a channel rounds to 0 or 255 in an 8-bit texture (|h| > ln(509) = 6.23), where
the gradient is under 0.8% of its peak; ``saturated_share`` counts them.

Notation (code name: meaning)
    points  [N,3]   query positions, normalised frame (see normalize.py), float32
    x       [N,3]   positions scaled to the unit cube [0, 1]^3 (clamped)
    tables  [L,T,F] the levels' feature tables (T = 2^log2_table_size entries of F features)
    feats   [N,L*F] encoded features
    logits  [N,3]   pre-sigmoid colour h; albedo = sigmoid(h)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn

_PRIMES = (1, 2654435761, 805459861)
"""Instant-NGP's hashing primes (one per axis)."""

SATURATED_LOGIT = math.log(254.5 / 0.5)
"""|h| beyond which a channel rounds to 0 or 255 in an 8-bit texture (6.23): saturated."""


@dataclass(frozen=True)
class TextureFieldConfig:
    levels: int = 16
    """L, number of resolution levels."""
    features_per_level: int = 2
    """F, features stored per table entry."""
    log2_table_size: int = 19
    """log2 of T, the entries per level (hashed where a level's lattice is larger)."""
    base_resolution: int = 16
    """N_min, lattice cells per axis of the coarsest level (over the whole cube)."""
    max_resolution: int = 2048
    """N_max, lattice cells per axis of the finest level."""
    hidden: int = 32
    """Width of the MLP's hidden layers."""
    hidden_layers: int = 1
    """Number of hidden layers of the MLP."""
    init_scale: float = 1e-4
    """Table entries start uniform in [-init_scale, init_scale]."""
    half_extent: float = 0.5
    """The field covers [-half_extent, half_extent]^3 (the tet grid's cube); outside it clamps."""
    logit_bound: float = 4.6
    """Logits inside [-logit_bound, logit_bound] are free (colours in [0.01, 0.99]); beyond it
    ``range_penalty`` grows quadratically. Must be below ``SATURATED_LOGIT``."""
    range_weight: float = 10.0
    """Weight of ``range_penalty`` (a sum over the texels it is given, so a texel's own
    gradient is 2 * range_weight * excess whatever the render size)."""

    def __post_init__(self) -> None:
        if self.levels < 1 or self.features_per_level < 1:
            raise ValueError("texture field needs at least one level and one feature per level")
        if not 4 <= self.log2_table_size <= 26:
            raise ValueError(f"log2_table_size must be in [4, 26], got {self.log2_table_size}")
        if self.base_resolution < 1 or self.max_resolution < self.base_resolution:
            raise ValueError("texture field resolutions must satisfy 1 <= base <= max")
        if not 0.0 < self.logit_bound < SATURATED_LOGIT or not self.range_weight >= 0.0:
            raise ValueError(f"logit_bound must be in (0, {SATURATED_LOGIT:.2f}) and range_weight "
                             f">= 0, got {self.logit_bound}, {self.range_weight}")


class TextureField(nn.Module):
    """Albedo field ``points [N,3] -> rgb [N,3]`` in [0, 1]; see the module docstring."""

    def __init__(self, config: TextureFieldConfig = TextureFieldConfig(),
                 generator: torch.Generator | None = None):
        super().__init__()
        self.config = config
        L, F, T = config.levels, config.features_per_level, 2 ** config.log2_table_size
        growth = (math.exp((math.log(config.max_resolution) - math.log(config.base_resolution))
                           / (L - 1)) if L > 1 else 1.0)
        res = [int(math.floor(config.base_resolution * growth ** level)) for level in range(L)]
        self.register_buffer("resolutions", torch.tensor(res, dtype=torch.long), persistent=False)
        # A level is dense (no hash collisions) when all its (N+1)^3 corners fit in the table.
        self.register_buffer("dense", torch.tensor([(r + 1) ** 3 <= T for r in res]),
                             persistent=False)
        # The 8 lattice corners' offsets [8,3] and each level's first row in the flat table [L].
        self.register_buffer("corners", torch.tensor([[(c >> a) & 1 for a in range(3)]
                                                      for c in range(8)]), persistent=False)
        self.register_buffer("level_off", torch.arange(L) * T, persistent=False)
        init = torch.rand(L, T, F, generator=generator) * 2.0 - 1.0
        self.tables = nn.Parameter(init * config.init_scale)
        layers: list[nn.Module] = []
        width = L * F
        for _ in range(config.hidden_layers):
            lin = nn.Linear(width, config.hidden)
            _init_linear(lin, generator)
            layers += [lin, nn.ReLU()]
            width = config.hidden
        out = nn.Linear(width, 3)
        nn.init.zeros_(out.weight)
        nn.init.zeros_(out.bias)
        layers.append(out)
        self.mlp = nn.Sequential(*layers)

    @property
    def table_size(self) -> int:
        return int(self.tables.shape[1])

    def encode(self, points: torch.Tensor) -> torch.Tensor:
        """Hash-grid features [N, L*F] of ``points`` [N,3] (normalised frame)."""
        cfg = self.config
        L, T, F = self.tables.shape
        x = (points.float() / (2.0 * cfg.half_extent) + 0.5).clamp(0.0, 1.0)          # [N,3]
        res = self.resolutions.to(x.dtype)                                               # [L]
        pos = x.unsqueeze(1) * res.view(1, L, 1)                                         # [N,L,3]
        base = torch.floor(pos).long()
        base = torch.minimum(base, self.resolutions.view(1, L, 1) - 1).clamp(min=0)
        frac = pos - base.to(pos.dtype)                                                  # [N,L,3]
        flat = self.tables.reshape(L * T, F)
        level_off = self.level_off.view(1, L)
        out = x.new_zeros(x.shape[0], L, F)
        for corner in range(8):
            offs = [(corner >> axis) & 1 for axis in range(3)]
            c = base + self.corners[corner].view(1, 1, 3)                                # [N,L,3]
            idx = self._index(c)                                                         # [N,L]
            w = torch.ones_like(frac[..., 0])
            for axis in range(3):
                w = w * (frac[..., axis] if offs[axis] else 1.0 - frac[..., axis])
            feat = flat.index_select(0, (idx + level_off).reshape(-1)).view(-1, L, F)
            out = out + w.unsqueeze(-1) * feat
        return out.reshape(x.shape[0], L * F)

    def _index(self, c: torch.Tensor) -> torch.Tensor:
        """Table index [N,L] of integer lattice corners ``c`` [N,L,3]: dense where the level fits
        the table, hashed (xor of coordinate * prime, modulo T) elsewhere."""
        T = self.table_size
        n1 = (self.resolutions + 1).view(1, -1)
        dense = c[..., 0] + n1 * (c[..., 1] + n1 * c[..., 2])
        hashed = ((c[..., 0] * _PRIMES[0]) ^ (c[..., 1] * _PRIMES[1]) ^ (c[..., 2] * _PRIMES[2]))
        hashed = hashed & (T - 1)
        return torch.where(self.dense.view(1, -1), dense, hashed)

    def logits(self, points: torch.Tensor) -> torch.Tensor:
        """Pre-sigmoid colour h [N,3] (float32) at ``points`` [N,3] (normalised frame)."""
        if points.shape[0] == 0:
            return points.new_zeros((0, 3), dtype=torch.float32)
        return self.mlp(self.encode(points))

    def forward(self, points: torch.Tensor) -> torch.Tensor:
        """Albedo [N,3] in [0, 1] (float32) at ``points`` [N,3] (normalised frame)."""
        return torch.sigmoid(self.logits(points))

    def range_penalty(self, logits: torch.Tensor) -> torch.Tensor:
        """range_weight * sum over texels and channels of max(|h| - logit_bound, 0)^2 for
        ``logits`` [N,3]: zero while every colour is in the normal range."""
        excess = (logits.abs() - self.config.logit_bound).clamp_min(0.0)
        return self.config.range_weight * (excess ** 2).sum()

    @torch.no_grad()
    def query(self, points: torch.Tensor, chunk: int = 262_144) -> torch.Tensor:
        """``forward`` without gradient, in chunks (for baking and vertex colours)."""
        outs = [self(points[s:s + chunk]) for s in range(0, points.shape[0], chunk)]
        return torch.cat(outs, 0) if outs else points.new_zeros((0, 3))


def saturated_share(logits: torch.Tensor) -> torch.Tensor:
    """Share (0-dim tensor in [0, 1]) of the texels ``logits`` [N,3] with a saturated channel
    (|h| > ``SATURATED_LOGIT``: 0 or 255 in 8 bits); 0 for no texels."""
    if logits.shape[0] == 0:
        return logits.new_zeros(())
    return (logits.abs() > SATURATED_LOGIT).any(dim=-1).float().mean()


def _init_linear(lin: nn.Linear, generator: torch.Generator | None) -> None:
    """Kaiming-uniform weights and zero bias, drawn from ``generator`` (repeatable runs)."""
    bound = math.sqrt(6.0 / lin.in_features)
    with torch.no_grad():
        lin.weight.copy_((torch.rand(lin.weight.shape, generator=generator) * 2 - 1) * bound)
        lin.bias.zero_()
