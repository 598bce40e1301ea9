"""The optimiser of one refinement: the texture field at its own learning rate, the geometry
(SDF and deformation) at the fit's rates times the surface's factor."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from sketch2real.geometry.sdf_fit import FitConfig
from sketch2real.geometry.texture_field import TextureField
from sketch2real.pipeline.surface import Surface, SurfaceConfig


@dataclass(frozen=True)
class OptimConfig:
    """Adam's settings."""

    lr_texture: float = 0.01
    """Learning rate of the texture field (hash tables and MLP)."""
    betas: tuple[float, float] = (0.9, 0.99)
    """Adam's moment decay rates."""
    eps: float = 1e-15
    """Adam's epsilon (tiny: hash-grid entries get rare, small gradients)."""


def make_optimizer(texture: TextureField, surface: Surface, cfg: OptimConfig,
                   surface_cfg: SurfaceConfig, fit: FitConfig) -> torch.optim.Optimizer:
    """Adam over three groups: texture, SDF, deformation."""
    factor = surface_cfg.lr_factor
    return torch.optim.Adam([
        {"params": list(texture.parameters()), "lr": cfg.lr_texture},
        {"params": [surface.sdf], "lr": fit.lr_sdf * factor},
        {"params": [surface.deform], "lr": fit.lr_deform * factor},
    ], betas=cfg.betas, eps=cfg.eps)
