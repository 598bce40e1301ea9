"""Variational Score Distillation (Wang et al., ProlificDreamer), LoRA trained on the fly.

    grad = w(t) * (eps_uncond + s (eps_tgt - eps_uncond) - eps_lora(x_t; y_tgt, t))

eps_lora is a model of the *current* images: a LoRA (peft, rank 4, on the UNet's attention
projections, zero at the start) fitted on the fly with the denoising loss
``||eps_lora(z_t'; y, t') - eps'||^2`` on the current latents, one AdamW update (lr 1e-4) per
``step`` by default. In the paper's terms (section 2.3) it is the most direct estimate of the
source distribution, at the price of training it.

Simplifications against threestudio, stated: the LoRA sits on the prior's own UNet (switched on
only for its predictions) instead of a second copy of the model; it is conditioned on the
view-independent target prompt and not on the camera; its classifier-free guidance scale is 1.
On the analytic prior the particle model is a learnable Gaussian of the prior's family
(``priors/analytic.py``), trained by the same loss, so this code path runs and stays exact.

``step`` therefore has a side effect: it updates the particle model (diagnostics ``lora_loss``,
``lora_skipped``). A non-finite LoRA loss skips that update and says so.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F

from sketch2real.guidance.errors import GuidanceConfigError
from sketch2real.guidance.gradients.base import Guidance, GuidanceConfig, StepContext, noised
from sketch2real.guidance.protocol import Prior
from sketch2real.guidance.schedule import weighting

log = logging.getLogger("sketch2real.guidance")


@dataclass(frozen=True)
class VSDConfig(GuidanceConfig):
    """VSD options."""

    guidance_scale: float = 7.5
    """s of the pretrained model's classifier-free guidance."""
    lora_rank: int = 4
    """Rank of the LoRA (ignored by the analytic prior's Gaussian particle model)."""
    lora_lr: float | None = None
    """Learning rate of the particle model; None = its own default (LoRA: 1e-4)."""
    lora_updates: int = 1
    """Particle-model updates per ``step`` (0 freezes it, for tests and ablations)."""
    lora_t_min: float = 0.0
    """Smallest timestep fraction the particle model is trained on."""
    lora_t_max: float = 1.0
    """Largest timestep fraction the particle model is trained on."""

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.lora_rank < 1:
            raise GuidanceConfigError(f"lora_rank must be >= 1, got {self.lora_rank}")
        if self.lora_lr is not None and not self.lora_lr > 0:
            raise GuidanceConfigError(f"lora_lr must be positive, got {self.lora_lr!r}")
        if self.lora_updates < 0:
            raise GuidanceConfigError(f"lora_updates must be >= 0, got {self.lora_updates}")
        if not 0.0 <= self.lora_t_min < self.lora_t_max <= 1.0:
            raise GuidanceConfigError("need 0 <= lora_t_min < lora_t_max <= 1")


class VSD(Guidance):
    """Variational Score Distillation; see the module docstring."""

    Config = VSDConfig
    name = "vsd"
    config: VSDConfig

    def __init__(self, config: VSDConfig | None, prior: Prior):
        super().__init__(config, prior)
        cfg = self.config
        self.particle = prior.make_particle_model(rank=cfg.lora_rank, seed=cfg.seed)
        lr = cfg.lora_lr if cfg.lora_lr is not None else self.particle.default_lr
        self.optimizer = torch.optim.AdamW(list(self.particle.parameters()), lr=lr, weight_decay=0.0)

    def close(self) -> None:
        """Take the particle model off the prior (Stable Diffusion: delete the LoRA adapter
        from the shared UNet), so the prior serves the next job as loaded."""
        self.particle.remove()

    def _gradient(self, ctx: StepContext) -> tuple[torch.Tensor, dict[str, float | torch.Tensor]]:
        cfg = self.config
        # 1. Pretrained prediction with classifier-free guidance (y_tgt per view), one UNet call.
        eps_cfg = self.guided_eps(ctx, cfg.target_suffix, cfg.guidance_scale)
        # 2. The particle model is conditioned on the view-independent y_tgt.
        emb_particle = self.embed([ctx.prompt + cfg.target_suffix] * ctx.batch)
        # 3. The particle model's prediction (the source distribution).
        with torch.no_grad():
            eps_lora = self.particle.predict_noise(ctx.x_t, ctx.t, emb_particle).float()
        # 4. grad = w(t) (eps_cfg - eps_lora).
        w = weighting(cfg.weighting, ctx.alpha_bar).view(-1, 1, 1, 1)
        grad = w * (eps_cfg - eps_lora)
        # 5. Fit the particle model to the current latents.
        lora_loss, lora_skipped = self.train_particle(ctx.latents, emb_particle)
        return grad, {"w": w.mean(), "guidance_scale": cfg.guidance_scale,
                      "lora_loss": lora_loss, "lora_skipped": lora_skipped}

    def train_particle(self, latents: torch.Tensor, emb: torch.Tensor) -> tuple[float, float]:
        """``lora_updates`` denoising-loss updates of the particle model on ``latents`` [B,C,h,w];
        returns (last loss, 1.0 if an update was skipped for a non-finite loss else 0.0)."""
        cfg = self.config
        T = self.prior.num_train_timesteps
        t_lo = min(int(cfg.lora_t_min * T), T - 1)
        t_hi = max(min(int(cfg.lora_t_max * T), T) - 1, t_lo)
        last, skipped = float("nan"), 0.0
        z = latents.detach()
        for _ in range(cfg.lora_updates):
            t = torch.randint(t_lo, t_hi + 1, (z.shape[0],), generator=self.generator,
                              device=self.generator.device).to(z.device)
            noise = torch.randn(z.shape, generator=self.generator, device=z.device, dtype=z.dtype)
            x_t = noised(z, self.prior.alphas_cumprod[t], noise)
            with torch.enable_grad():
                loss = F.mse_loss(self.particle.predict_noise(x_t, t, emb).float(), noise)
                last = float(loss.detach())
                if not math.isfinite(last):
                    log.warning("vsd: non-finite particle-model loss; update skipped")
                    skipped = 1.0
                    self.optimizer.zero_grad(set_to_none=True)
                    continue
                self.optimizer.zero_grad(set_to_none=True)
                loss.backward()
            self.optimizer.step()
        return last, skipped
