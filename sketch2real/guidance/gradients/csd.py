"""Classifier Score Distillation (Yu et al.).

    grad = w(t) * (w1 * (eps_tgt - eps_uncond) + w2 * (eps_uncond - eps_neg))

w1 = w2 = 40 at the start and w2 annealed linearly to 0 by ``w2_anneal_end`` of the run
(the bridge paper's appendix A: within the first 500 of 2,500 steps). The paper's reading: the
second term bridges from y_neg to the unconditional distribution, which does not point to the
target, hence the annealing, which brings SDS's artifacts back.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from sketch2real.guidance.errors import GuidanceConfigError
from sketch2real.guidance.gradients.base import Guidance, GuidanceConfig, StepContext
from sketch2real.guidance.prompts import CSD_NEGATIVE
from sketch2real.guidance.schedule import linear_ramp, progress, weighting


@dataclass(frozen=True)
class CSDConfig(GuidanceConfig):
    """CSD options."""

    w1: float = 40.0
    """Weight of the classifier score eps_tgt - eps_uncond."""
    w2: float = 40.0
    """Initial weight of eps_uncond - eps_neg."""
    w2_anneal_end: float = 0.2
    """Fraction of the run by which w2 reaches 0 (linearly); 0 keeps w2 at 0, 1 anneals over the
    whole run."""
    negative_prompt: str = CSD_NEGATIVE
    """y_neg of the second term."""

    def __post_init__(self) -> None:
        super().__post_init__()
        if not 0.0 <= self.w2_anneal_end <= 1.0:
            raise GuidanceConfigError(f"w2_anneal_end must be in [0, 1], got {self.w2_anneal_end!r}")


class CSD(Guidance):
    """Classifier Score Distillation; see the module docstring."""

    Config = CSDConfig
    name = "csd"
    config: CSDConfig

    def current_w2(self, step: int, total_steps: int) -> float:
        """w2 at ``step`` of ``total_steps``."""
        return linear_ramp(progress(step, total_steps), 0.0, self.config.w2_anneal_end,
                           self.config.w2, 0.0)

    def _gradient(self, ctx: StepContext) -> tuple[torch.Tensor, dict[str, float | torch.Tensor]]:
        cfg = self.config
        w2 = self.current_w2(ctx.step, ctx.total_steps)
        # 1. y_tgt (per view), the empty prompt and y_neg: three predictions in one UNet call.
        eps_tgt, eps_uncond, eps_neg = self.predict_with_negative(ctx, cfg.target_suffix,
                                                                  cfg.negative_prompt)
        # 2. grad = w(t) (w1 (eps_tgt - eps_uncond) + w2 (eps_uncond - eps_neg)).
        w = weighting(cfg.weighting, ctx.alpha_bar).view(-1, 1, 1, 1)
        grad = w * (cfg.w1 * (eps_tgt - eps_uncond) + w2 * (eps_uncond - eps_neg))
        return grad, {"w": w.mean(), "w1": cfg.w1, "w2": w2}
