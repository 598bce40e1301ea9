"""Score Distillation Sampling (Poole et al., DreamFusion).

    grad = w(t) * (eps_uncond + s * (eps_tgt - eps_uncond) - eps)

Conventions, so numbers compare with other code:

- Classifier-free guidance as in diffusers and threestudio: ``eps_uncond + s (eps_tgt -
  eps_uncond)``, where s = 1 is the conditional model alone (Imagen/DreamFusion write the same
  with w = s - 1). The paper's text-to-3D setting uses s = 100.
- w(t) = 1 - alpha_bar (= sigma_t^2) by default, threestudio's ``weighting_strategy: sds``.
- The uncond prompt is the empty string, without a view suffix (threestudio's default).
- The loss is summed, not divided by the batch size as threestudio does (see ``base.py``).

In the paper's terms (section 2.3) the dominant part s (eps_tgt - eps_uncond) is a bridge whose
source is the unconditional distribution, which describes the current image poorly: this is
where oversaturation comes from.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from sketch2real.guidance.errors import GuidanceConfigError
from sketch2real.guidance.gradients.base import Guidance, GuidanceConfig, StepContext
from sketch2real.guidance.schedule import weighting


@dataclass(frozen=True)
class SDSConfig(GuidanceConfig):
    """SDS options (and the shared ones of ``GuidanceConfig``)."""

    guidance_scale: float = 100.0
    """s, classifier-free guidance scale (diffusers convention; 100 as in DreamFusion)."""

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.guidance_scale >= 0:
            raise GuidanceConfigError(f"guidance_scale must be >= 0, got {self.guidance_scale!r}")


def sds_gradient(guidance: Guidance, ctx: StepContext, guidance_scale: float, weighting_name: str,
                 suffix: str = "") -> tuple[torch.Tensor, dict[str, float | torch.Tensor]]:
    """The SDS gradient for ``ctx`` (shared with the first stage of the bridge)."""
    # 1. y_tgt (with view suffixes) and the empty prompt in one UNet call; classifier-free guidance.
    eps_cfg = guidance.guided_eps(ctx, suffix, guidance_scale)
    # 2. Weighted residual.
    w = weighting(weighting_name, ctx.alpha_bar).view(-1, 1, 1, 1)
    grad = w * (eps_cfg - ctx.noise)
    return grad, {"w": w.mean(), "guidance_scale": float(guidance_scale)}


class SDS(Guidance):
    """Score Distillation Sampling; see the module docstring."""

    Config = SDSConfig
    name = "sds"
    config: SDSConfig

    def _gradient(self, ctx: StepContext) -> tuple[torch.Tensor, dict[str, float | torch.Tensor]]:
        return sds_gradient(self, ctx, self.config.guidance_scale, self.config.weighting,
                            self.config.target_suffix)
