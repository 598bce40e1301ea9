"""Texture field: colour as a function of position, a multi-resolution hash grid and a small MLP.

Pure PyTorch (no tiny-cuda-nn), in the spirit of Instant-NGP's hash encoding:

    p in the normalised frame [-0.5, 0.5]^3  ->  x = p / (2 * half_extent) + 0.5 in [0, 1]^3
    for each level l = 0..L-1 with resolution N_l = floor(N_min * b^l),
        b = (N_max / N_min)^(1 / (L - 1)):
      the 8 lattice corners around x * N_l are looked up in the level's table of F features,
      (a dense index where the level's (N_l + 1)^3 corners fit the table, a spatial hash
      otherwise), and trilinearly interpolated
    features [L * F]  ->  MLP (ReLU hidden layers)  ->  sigmoid  ->  albedo [3] in [0, 1]

Tables start at small random values, the MLP's last layer at zero, so the field starts as a
uniform grey (sigmoid(0) = 0.5) everywhere.

Notation (code name: meaning)
    points  [N,3]   query positions, normalised frame (see normalize.py), float32
    x       [N,3]   positions scaled to the unit cube [0, 1]^3 (clamped)
    tables  [L,T,F] the levels' feature tables (T = 2^log2_table_size entries of F features)
    feats   [N,L*F] encoded features
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn

_PRIMES = (1, 2654435761, 805459861)
"""Instant-NGP's hashing primes (one per axis)."""


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

    def __post_init__(self) -> None:
        if self.levels < 1 or self.features_per_level < 1:
            raise ValueError("texture field needs at least one level and one feature per level")
        if not 4 <= self.log2_table_size <= 26:
            raise ValueError(f"log2_table_size must be in [4, 26], got {self.log2_table_size}")
        if self.base_resolution < 1 or self.max_resolution < self.base_resolution:
            raise ValueError("texture field resolutions must satisfy 1 <= base <= max")


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

    def forward(self, points: torch.Tensor) -> torch.Tensor:
        """Albedo [N,3] in [0, 1] (float32) at ``points`` [N,3] (normalised frame)."""
        if points.shape[0] == 0:
            return points.new_zeros((0, 3), dtype=torch.float32)
        return torch.sigmoid(self.mlp(self.encode(points)))

    @torch.no_grad()
    def query(self, points: torch.Tensor, chunk: int = 262_144) -> torch.Tensor:
        """``forward`` without gradient, in chunks (for baking and vertex colours)."""
        outs = [self(points[s:s + chunk]) for s in range(0, points.shape[0], chunk)]
        return torch.cat(outs, 0) if outs else points.new_zeros((0, 3))


def _init_linear(lin: nn.Linear, generator: torch.Generator | None) -> None:
    """Kaiming-uniform weights and zero bias, drawn from ``generator`` (repeatable runs)."""
    bound = math.sqrt(6.0 / lin.in_features)
    with torch.no_grad():
        lin.weight.copy_((torch.rand(lin.weight.shape, generator=generator) * 2 - 1) * bound)
        lin.bias.zero_()
