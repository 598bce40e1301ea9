"""Delta Denoising Score (Hertz et al.), for editing with a reference image.

    grad = w(t) * (eps_cfg(x_{theta,t}; y_tgt, t) - eps_cfg(x_{ref,t}; y_src, t))

x_ref,t is the reference latent noised with the *same* t and eps as x_theta,t, so the noise
term of SDS cancels; eps_cfg is classifier-free guided (s = 7.5) on both sides. y_src describes
the reference: ``prompt + source_suffix``. Set the reference with ``set_reference`` before
``step``. The paper's reading (section 2.3): the source term is evaluated at the reference, not
at the current image, which increases the source-distribution mismatch.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from sketch2real.guidance.errors import GuidanceConfigError
from sketch2real.guidance.gradients.base import (Guidance, GuidanceConfig, StepContext, cfg_eps,
                                                 noised)
from sketch2real.guidance.protocol import Prior
from sketch2real.guidance.schedule import weighting


@dataclass(frozen=True)
class DDSConfig(GuidanceConfig):
    """DDS options."""

    guidance_scale: float = 7.5
    """s of the classifier-free guidance on both terms."""
    source_suffix: str = ""
    """Appended to the prompt to describe the reference (y_src); e.g. ", painting"."""


class DDS(Guidance):
    """Delta Denoising Score; see the module docstring."""

    Config = DDSConfig
    name = "dds"
    config: DDSConfig

    def __init__(self, config: DDSConfig | None, prior: Prior):
        super().__init__(config, prior)
        self.reference: torch.Tensor | None = None

    def set_reference(self, x_ref: torch.Tensor, space: str = "latent") -> None:
        """The reference [1 or B, C, h, w] (latents, or images in [0,1] with ``space="image"``)."""
        self.reference = self.latents_of(x_ref, space)

    def _gradient(self, ctx: StepContext) -> tuple[torch.Tensor, dict[str, float | torch.Tensor]]:
        cfg = self.config
        if self.reference is None:
            raise GuidanceConfigError("dds needs a reference image: call set_reference() first")
        ref = self.reference
        if ref.shape[1:] != ctx.latents.shape[1:] or ref.shape[0] not in (1, ctx.batch):
            raise GuidanceConfigError(f"dds reference {tuple(ref.shape)} does not match the "
                                      f"latents {tuple(ctx.latents.shape)}")
        # 1. The reference noised with the same t and eps.
        ref_t = noised(ref.expand_as(ctx.latents), ctx.alpha_bar, ctx.noise)
        # 2. Prompts: y_tgt (per view), y_src (per view), the empty prompt.
        emb_tgt = self.embed(self.texts(ctx, cfg.target_suffix))
        emb_src = self.embed(self.texts(ctx, cfg.source_suffix))
        emb_uncond = self.uncond(ctx)
        # 3. Four noise predictions in one UNet call; guidance on both sides.
        eps_tgt, eps_tgt_u, eps_ref, eps_ref_u = self.predict(
            ctx.t, [(ctx.x_t, emb_tgt), (ctx.x_t, emb_uncond), (ref_t, emb_src), (ref_t, emb_uncond)])
        s = cfg.guidance_scale
        # 4. grad = w(t) (eps_cfg_tgt - eps_cfg_ref).
        w = weighting(cfg.weighting, ctx.alpha_bar).view(-1, 1, 1, 1)
        grad = w * (cfg_eps(eps_tgt_u, eps_tgt, s) - cfg_eps(eps_ref_u, eps_ref, s))
        return grad, {"w": w.mean(), "guidance_scale": s}
