"""The optimiser of one refinement: the texture field at its own learning rates (hash tables,
MLP), the geometry (SDF and deformation) at the fit's rates times the surface's factor."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from sketch2real.geometry.sdf_fit import FitConfig
from sketch2real.geometry.texture_field import TextureField
from sketch2real.pipeline.surface import Surface, SurfaceConfig

ALGORITHMS = ("adam", "adamw")
"""``adam``, or ``adamw`` (decoupled weight decay, the official bridge code)."""


@dataclass(frozen=True)
class OptimConfig:
    """The optimiser's settings."""

    lr_texture: float = 0.01
    """Learning rate of the texture field's hash tables (and of its MLP unless
    ``lr_texture_mlp`` is given)."""
    lr_texture_mlp: float | None = None
    """Learning rate of the texture field's MLP (None: ``lr_texture``; official: 0.001)."""
    betas: tuple[float, float] = (0.9, 0.99)
    """Adam's moment decay rates."""
    eps: float = 1e-15
    """Adam's epsilon (tiny: hash-grid entries get rare, small gradients)."""
    algorithm: str = "adam"
    """``adam`` or ``adamw`` (``ALGORITHMS``)."""
    weight_decay: float = 0.0
    """AdamW's decoupled weight decay of the texture field (official: torch's default, 0.01).
    The geometry never decays: its parameters are SDF values, whose zero is the surface."""
    reset_at_stage: bool = True
    """Clear the moments when a new guidance stage starts. Stage 1 (SDS, s = 100) has gradients
    tens of times those of stage 2 (the bridge, w = 1; 23-33x on the analytic prior); with
    beta2 = 0.99 Adam's second moment would keep stage 2's steps small for hundreds of steps,
    more than a compressed stage 2 has. The official code does not reset (its stage 2 has 5,000
    steps)."""

    def __post_init__(self) -> None:
        if self.algorithm not in ALGORITHMS:
            raise ValueError(f"optimiser must be one of {ALGORITHMS}, got {self.algorithm!r}")
        if self.weight_decay and self.algorithm != "adamw":
            raise ValueError("weight_decay needs the adamw optimiser")


def make_optimizer(texture: TextureField, surface: Surface, cfg: OptimConfig,
                   surface_cfg: SurfaceConfig, fit: FitConfig) -> torch.optim.Optimizer:
    """Adam(W) over four groups: hash tables, MLP, SDF, deformation."""
    factor = surface_cfg.lr_factor
    lr_mlp = cfg.lr_texture if cfg.lr_texture_mlp is None else cfg.lr_texture_mlp
    groups = [
        {"params": [texture.tables], "lr": cfg.lr_texture, "weight_decay": cfg.weight_decay},
        {"params": list(texture.mlp.parameters()), "lr": lr_mlp, "weight_decay": cfg.weight_decay},
        {"params": [surface.sdf], "lr": fit.lr_sdf * factor, "weight_decay": 0.0},
        {"params": [surface.deform], "lr": fit.lr_deform * factor, "weight_decay": 0.0},
    ]
    if cfg.algorithm == "adamw":
        return torch.optim.AdamW(groups, betas=cfg.betas, eps=cfg.eps)
    return torch.optim.Adam(groups, betas=cfg.betas, eps=cfg.eps)
