"""The bridge (McAllister et al., "Rethinking Score Distillation as a Bridge Between Image
Distributions", section 2.4), with its SDS first stage.

    stage 1 (fraction of the run < switch_at):
        grad = w_sds(t) * (eps_uncond + s (eps_tgt - eps_uncond) - eps)        (SDS, s = 100)
    stage 2:
        grad = w * w(t) * (eps_phi(x_t; y_tgt, t) - eps_phi(x_t; y_src, t))   (the bridge)

with y_src = y_tgt + a description of the current image's artifacts (``ARTIFACT_SUFFIX``:
", oversaturated, smooth, pixelated, cartoon, foggy, hazy, blurry, bad structure, noisy,
malformed"). Stage 1 establishes shape and colour; stage 2 transports the image from the
distribution y_src describes to the one y_tgt describes. eps_tgt - eps_src is the first-order
approximation of the dual bridge psi_0,tgt - psi_0,src (eq. 4-5); both predictions come from
one UNet call, so stage 2 costs what SDS costs.

Stage 1 uses ``prompt + sds_suffix``; stage 2 uses ``prompt + target_suffix`` and ``prompt +
source_suffix``; then view suffixes (", side view") when ``view_dependent``.

Stage 2 ends as the paper's does (``stop="none"``: constant weight to the last step), or fades
out once the images are better explained by y_tgt than by y_src (``stop="fade"``,
``transport_end.py``): with a fixed y_src the bridge's own fixed point lies past the target.

Presets (plain values; ``docs/guidance.md`` has the table of every setting against the official
code, file and line):

- ``BRIDGE_PAPER_3D``: the official text-to-3D code exactly (threestudio-sds-bridge, its yaml):
  the switch at 20,000 of 25,000 steps (``switch_at=0.8``), s = 100, t in [0.02, 0.98] then
  [0.02, 0.5] after the first fifth, w = 1 with ``weighting="uniform"`` (no 1 - alpha_bar
  factor), view-dependent prompts (front/back within 30 degrees, overhead above 60), y_tgt =
  prompt + ", ." in both stages, the loss divided by the batch size, a VAE posterior sample.
- ``BRIDGE_3D``: ours for 3D: the same with the plain prompt, the summed loss, the posterior
  mean, and the stage-2 ending chosen by the caller (the pipeline's request decides).
- ``BRIDGE_PAPER_2D``: the official 2D code (``2D_experiments``): SDS at s = 40 for 500 of
  1,000 steps (``switch_at=0.5``), stage 2 with w = s = 40 and the 1 - alpha_bar weighting,
  target suffix ", detailed high resolution, high quality, sharp", loss divided by the batch.
- ``BRIDGE_2D``: ours for text-to-image: the paper's appendix A (w = 25, SDS for the first
  fifth), otherwise as the official 2D code.
- ``BRIDGE_EDIT``: editing (painting-to-real, section 3.3): the SDS stage is omitted
  (``switch_at=0``) and y_src is the prompt plus a domain descriptor, ", painting".
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch

from sketch2real.guidance.errors import GuidanceConfigError
from sketch2real.guidance.gradients.base import Guidance, GuidanceConfig, StepContext
from sketch2real.guidance.gradients.sds import sds_gradient
from sketch2real.guidance.prompts import ARTIFACT_SUFFIX, PAINTING_SUFFIX
from sketch2real.guidance.protocol import Prior
from sketch2real.guidance.gradients.transport_end import (TransportEnd, band_mean, check_stop,
                                                          margin_terms)
from sketch2real.guidance.schedule import TimestepConfig, check_weighting, weighting

HIGH_QUALITY_SUFFIX = ", detailed high resolution, high quality, sharp"
"""Target suffix of the official 2D experiments."""
OFFICIAL_3D_TARGET_SUFFIX = ", ."
"""y_tgt of the official 3D code: prompt + ", " + tgt_modifier, with tgt_modifier "."."""


@dataclass(frozen=True)
class BridgeConfig(GuidanceConfig):
    """Two-stage bridge options. Defaults are the paper's official text-to-3D setting."""

    timesteps: TimestepConfig = field(default_factory=lambda: TimestepConfig(
        t_min=0.02, t_max=0.98, t_max_late=0.5, anneal_start=0.2, anneal_end=0.2))
    """t in [0.02, 0.98], then [0.02, 0.5] after the first fifth of the run."""
    weighting: str = "uniform"
    """w(t) of stage 2 (the paper: w = 1, without the 1 - alpha_bar factor)."""
    view_dependent: bool = True
    """Append front/side/back/overhead view suffixes (needs ``views`` in ``step``)."""
    guidance_scale: float = 100.0
    """s of the stage-1 SDS."""
    sds_weighting: str = "sds"
    """w(t) of the stage-1 SDS (1 - alpha_bar, as the official code)."""
    bridge_weight: float = 1.0
    """w, the stage-2 weight."""
    switch_at: float = 0.8
    """Fraction of the run where stage 2 starts (20,000 / 25,000); 0 = bridge only (editing)."""
    source_suffix: str = ARTIFACT_SUFFIX
    """Appended to the prompt to make y_src, the description of the current image."""
    sds_suffix: str = ""
    """Appended to the prompt in stage 1 (the official 3D code uses y_tgt there too)."""
    stop: str = "none"
    """How stage 2 ends: ``none`` (the paper: constant weight to the last step) or ``fade``
    (fade out once the images are better explained by y_tgt than by y_src;
    ``transport_end.py``)."""
    stop_window: float = 5.0
    """Steps the ``fade`` rule's margin is smoothed over (EMA window)."""

    def __post_init__(self) -> None:
        super().__post_init__()
        check_weighting(self.sds_weighting)
        check_stop(self.stop)
        if not self.stop_window >= 1.0:
            raise GuidanceConfigError(f"stop_window must be >= 1 step, got {self.stop_window!r}")
        if not 0.0 <= self.switch_at <= 1.0:
            raise GuidanceConfigError(f"switch_at must be in [0, 1], got {self.switch_at!r}")
        if not self.guidance_scale >= 0:
            raise GuidanceConfigError(f"guidance_scale must be >= 0, got {self.guidance_scale!r}")


BRIDGE_PAPER_3D = BridgeConfig(target_suffix=OFFICIAL_3D_TARGET_SUFFIX,
                               sds_suffix=OFFICIAL_3D_TARGET_SUFFIX, loss_reduction="batch",
                               vae_sample=True, stop="none")
"""The official text-to-3D code (and the paper's 3D sketch-to-real): see the module docstring."""

BRIDGE_3D = BridgeConfig()
"""Ours for 3D: ``BRIDGE_PAPER_3D`` with the plain prompt, the summed loss and the posterior
mean (``docs/guidance.md`` says why); the pipeline sets ``stop`` from the request."""

BRIDGE_PAPER_2D = BridgeConfig(
    timesteps=TimestepConfig(t_min=0.02, t_max=0.98), weighting="sds", view_dependent=False,
    guidance_scale=40.0, bridge_weight=40.0, switch_at=0.5, target_suffix=HIGH_QUALITY_SUFFIX,
    loss_reduction="batch", vae_sample=True, stop="none")
"""The official text-to-image code (1,000 steps, the switch at 500, w = s = 40)."""

BRIDGE_2D = BridgeConfig(
    timesteps=TimestepConfig(t_min=0.02, t_max=0.98), weighting="sds", view_dependent=False,
    guidance_scale=40.0, bridge_weight=25.0, switch_at=0.2, target_suffix=HIGH_QUALITY_SUFFIX)
"""Ours for text-to-image: the paper's appendix A (w = 25, the switch after the first fifth)."""

BRIDGE_EDIT = BridgeConfig(
    timesteps=TimestepConfig(t_min=0.02, t_max=0.98), weighting="sds", view_dependent=False,
    guidance_scale=40.0, bridge_weight=25.0, switch_at=0.0, source_suffix=PAINTING_SUFFIX)
"""Painting-to-real (section 3.3): bridge only, y_src = y + ", painting"."""


class Bridge(Guidance):
    """SDS, then the bridge gradient; see the module docstring."""

    Config = BridgeConfig
    name = "bridge"
    config: BridgeConfig

    def __init__(self, config: BridgeConfig | None, prior: Prior) -> None:
        super().__init__(config, prior)
        self.transport_end = TransportEnd(self.config.stop_window)
        """The smoothed margin of the ``fade`` rule (reset when a new run starts)."""

    def stage(self, step: int, total_steps: int) -> int:
        """1 (SDS) or 2 (bridge) at ``step`` of ``total_steps`` (always 2 for ``switch_at=0``)."""
        return 1 if step < self.config.switch_at * total_steps else 2

    def stage_names(self, total_steps: int) -> list[str]:
        """``sds`` for the steps of stage 1, ``bridge`` for those of stage 2."""
        return ["sds" if self.stage(i, total_steps) == 1 else "bridge" for i in range(total_steps)]

    def _gradient(self, ctx: StepContext) -> tuple[torch.Tensor, dict[str, float | torch.Tensor]]:
        cfg = self.config
        if self.stage(ctx.step, ctx.total_steps) == 1:
            grad, diag = sds_gradient(self, ctx, cfg.guidance_scale, cfg.sds_weighting,
                                      cfg.sds_suffix)
            diag["stage"] = 1.0
            return grad, diag
        # 1. Prompts: y_tgt and y_src (y_tgt plus the artifact description), per view.
        emb_tgt = self.embed(self.texts(ctx, cfg.target_suffix))
        emb_src = self.embed(self.texts(ctx, cfg.source_suffix))
        # 2. Both noise predictions in one UNet call.
        eps_tgt, eps_src = self.predict(ctx.t, [(ctx.x_t, emb_tgt), (ctx.x_t, emb_src)])
        # 3. grad = w * w(t) * (eps_tgt - eps_src).
        w = cfg.bridge_weight * weighting(cfg.weighting, ctx.alpha_bar).view(-1, 1, 1, 1)
        grad = w * (eps_tgt - eps_src)
        # 4. The fade per band (the channel means, the detail), from the margin of the steps
        #    before this one; the paper's ending (``stop="none"``) keeps the full weight.
        end = self.transport_end
        end.start(ctx.step)
        fade, margin = end.fade(), end.margin()
        diag: dict[str, float | torch.Tensor] = {"stage": 2.0}
        if cfg.stop == "fade" and fade is not None:
            mean = band_mean(grad, ctx.mask)
            grad = fade[0] * mean + fade[1] * (grad - mean)
            diag.update(fade_mean=fade[0], fade_detail=fade[1], step_scale=fade[0])
        if margin is not None:
            diag.update(margin_mean=margin[0], margin_detail=margin[1])
        diag["w"] = w.mean()
        # 5. This step's margin terms (y_tgt against y_src), folded into the smoothed margin.
        end.update(margin_terms(eps_tgt, eps_src, ctx.noise, ctx.alpha_bar, ctx.mask))
        return grad, diag
