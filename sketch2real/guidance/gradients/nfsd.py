"""Noise-Free Score Distillation (Katzir et al.).

    delta_D = eps_uncond                      if t < negative_below * T
            = eps_uncond - eps_neg            otherwise
    grad    = w(t) * (delta_D + s * (eps_tgt - eps_uncond))

No sampled-noise term: the "noise" is explained by delta_D. y_neg = ``NFSD_NEGATIVE``
("unrealistic, blurry, low quality, ..."), s = 7.5. The indicator follows NFSD and the official
bridge code (the negative term is used for t >= 200); the bridge paper's eq. in section 2.3
prints it the other way round. The paper's reading: y_neg omits the image's content, so it
describes the current image poorly, and s (eps_tgt - eps_uncond) still dominates.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from sketch2real.guidance.errors import GuidanceConfigError
from sketch2real.guidance.gradients.base import Guidance, GuidanceConfig, StepContext
from sketch2real.guidance.prompts import NFSD_NEGATIVE
from sketch2real.guidance.schedule import weighting


@dataclass(frozen=True)
class NFSDConfig(GuidanceConfig):
    """NFSD options."""

    guidance_scale: float = 7.5
    """s, classifier-free guidance scale."""
    negative_prompt: str = NFSD_NEGATIVE
    """y_neg."""
    negative_below: float = 0.2
    """Fraction of T below which delta_D is eps_uncond alone (NFSD: t < 200 of 1000)."""

    def __post_init__(self) -> None:
        super().__post_init__()
        if not 0.0 <= self.negative_below <= 1.0:
            raise GuidanceConfigError(f"negative_below must be in [0, 1], got {self.negative_below!r}")


class NFSD(Guidance):
    """Noise-Free Score Distillation; see the module docstring."""

    Config = NFSDConfig
    name = "nfsd"
    config: NFSDConfig

    def _gradient(self, ctx: StepContext) -> tuple[torch.Tensor, dict[str, float | torch.Tensor]]:
        cfg = self.config
        # 1. y_tgt (per view), the empty prompt and y_neg: three predictions in one UNet call.
        eps_tgt, eps_uncond, eps_neg = self.predict_with_negative(ctx, cfg.target_suffix,
                                                                  cfg.negative_prompt)
        # 2. delta_D, per sample by its timestep.
        use_neg = (ctx.t >= int(cfg.negative_below * self.prior.num_train_timesteps)).float()
        delta_d = eps_uncond - use_neg.view(-1, 1, 1, 1) * eps_neg
        # 3. grad = w(t) (delta_D + s delta_C).
        w = weighting(cfg.weighting, ctx.alpha_bar).view(-1, 1, 1, 1)
        grad = w * (delta_d + cfg.guidance_scale * (eps_tgt - eps_uncond))
        return grad, {"w": w.mean(), "guidance_scale": cfg.guidance_scale,
                      "negative_used": use_neg.mean()}
