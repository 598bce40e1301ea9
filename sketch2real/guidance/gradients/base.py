"""What every score-distillation gradient shares: the step API, noising, guards, the loss.

Notation (code name -> the paper's symbol, McAllister et al. section 2)::

    z, latents      [B,C,h,w]  x_theta: the optimised image (SD: its VAE latent)
    t               [B]        timestep index; the paper's t in [0,1] is t / T
    alpha_bar       [B]        alpha_bar[t];  paper: alpha_t = sqrt(alpha_bar), sigma_t = sqrt(1 - alpha_bar)
    noise           [B,C,h,w]  eps ~ N(0, I)
    x_t             [B,C,h,w]  x_{theta,t} = alpha_t z + sigma_t eps
    eps_tgt         eps_phi(x_{theta,t}; y_tgt, t)      the target prompt (with view suffix)
    eps_src         eps_phi(x_{theta,t}; y_src, t)      y_src = y_tgt + artifact description
    eps_uncond      eps_phi(x_{theta,t}; emptyset, t)   the empty prompt
    eps_neg         eps_phi(x_{theta,t}; y_neg, t)      NFSD/CSD negative prompt
    eps_lora        eps_LoRA(x_{theta,t}; y_tgt, t)     VSD's model of the current images
    eps_ref         eps_phi(x_{ref,t}; y_src, t)        DDS: the noised reference image
    guidance_scale  s        classifier-free guidance strength (diffusers convention:
                             eps_uncond + s (eps_tgt - eps_uncond); s = 1 means no guidance)
    bridge_weight   w        the bridge's weight (paper: eps_ours = w (eps_tgt - eps_src))
    w1, w2          w1, w2   CSD's weights
    weight w(t)     w(t)     timestep weighting ("sds" = 1 - alpha_bar, "uniform" = 1)
    grad            the vector the optimiser applies: d loss / d z

The loss is the usual reparameterisation ``0.5 * ||z - sg(z - grad)||^2`` summed over all
elements, so ``loss.backward()`` puts exactly ``grad`` on ``z``. With ``loss_reduction="batch"``
it is divided by the batch size B, as threestudio and the official bridge code do (then
``loss.backward()`` puts ``grad / B`` on ``z``; ``grad`` itself is returned unscaled).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import ClassVar, NamedTuple, Sequence

import torch
import torch.nn.functional as F

from sketch2real.guidance.errors import GuidanceConfigError
from sketch2real.guidance.prompts import ViewConfig, check_prompt, directions_for_batch, view_prompt
from sketch2real.guidance.protocol import Prior
from sketch2real.guidance.schedule import (TimestepConfig, check_weighting, progress,
                                           sample_timesteps, t_range)

log = logging.getLogger("sketch2real.guidance")

SPACES = ("latent", "image")
"""What ``step`` can be given: latents of the prior, or images in [0,1] to encode first."""

LOSS_REDUCTIONS = ("sum", "batch")
"""``sum``: the loss's gradient is the formula's; ``batch``: divided by the batch size."""


class GuidanceOutput(NamedTuple):
    """What ``Guidance.step`` returns; unpacks as ``grad, loss, diagnostics``."""

    grad: torch.Tensor
    """[B,C,h,w] float32, detached: the gradient on the latents (after weighting and clipping;
    zeros when the step was skipped)."""
    loss: torch.Tensor
    """Scalar whose gradient with respect to the latents is ``grad``; ``loss.backward()`` carries
    it to whatever produced the input (through the VAE encoder for images)."""
    diagnostics: dict[str, float]
    """Plain floats: ``t`` (mean timestep index), ``t_lo``/``t_hi`` (current range), ``w`` (mean
    weight), ``grad_norm``, ``grad_max``, ``loss``, ``skipped`` (1.0 when a NaN/inf gradient was
    dropped), ``step_scale`` (the factor for an optimiser that normalises gradients, Adam: it
    cancels a gradient's scale, so a method that fades its gradient asks for a smaller step; 1.0
    unless the method says otherwise), and per-method entries (``stage``, ``guidance_scale``,
    ``lora_loss``, ``fade_mean``, ...)."""


@dataclass(frozen=True)
class GuidanceConfig:
    """Options every gradient has."""

    timesteps: TimestepConfig = field(default_factory=TimestepConfig)
    """Range of t to sample, and its annealing over the run."""
    weighting: str = "sds"
    """w(t): ``sds`` (1 - alpha_bar), ``uniform`` (1) or ``fantasia3d`` (see ``schedule.py``)."""
    grad_clip: float | None = None
    """Clamp each gradient element to [-grad_clip, grad_clip]; None = no clipping."""
    view_dependent: bool = False
    """Append front/side/back/overhead view suffixes to the prompts (needs ``views`` in ``step``)."""
    views: ViewConfig = field(default_factory=ViewConfig)
    """Azimuth/elevation thresholds of the view directions."""
    target_suffix: str = ""
    """Text appended to the prompt to make y_tgt (e.g. ", detailed, high quality, sharp")."""
    seed: int = 0
    """Seed of the generator that draws t and the noise."""
    loss_reduction: str = "sum"
    """``sum`` (``loss.backward()`` applies ``grad``) or ``batch`` (``grad / B``, threestudio)."""
    vae_sample: bool = False
    """Encode images to a sample of the VAE posterior (the official code) instead of its mean."""

    def __post_init__(self) -> None:
        check_weighting(self.weighting)
        if self.loss_reduction not in LOSS_REDUCTIONS:
            raise GuidanceConfigError(f"loss_reduction must be one of {LOSS_REDUCTIONS}, got "
                                      f"{self.loss_reduction!r}")
        if self.grad_clip is not None and not self.grad_clip > 0:
            raise GuidanceConfigError(f"grad_clip must be positive or None, got {self.grad_clip!r}")
        if not isinstance(self.timesteps, TimestepConfig):
            raise GuidanceConfigError("timesteps must be a TimestepConfig")


@dataclass
class StepContext:
    """One step's inputs, as the methods see them (all float32 on the prior's device)."""

    latents: torch.Tensor
    """z [B,C,h,w], detached."""
    t: torch.Tensor
    """[B] int64."""
    alpha_bar: torch.Tensor
    """[B] alpha_bar[t]."""
    noise: torch.Tensor
    """eps [B,C,h,w]."""
    x_t: torch.Tensor
    """x_{theta,t} [B,C,h,w]."""
    prompt: str
    """The user's prompt (stripped), before suffixes."""
    directions: list[str | None]
    """View direction per sample (None: no view suffix)."""
    step: int
    """Step index of the run (0-based)."""
    total_steps: int
    """Number of steps of the run."""
    mask: torch.Tensor | None = None
    """[B,1,h,w] float32 in [0, 1] at the latents' size: where the input depends on what is
    optimised (None: everywhere). Only statistics read it (the bridge's ``fade`` rule)."""

    @property
    def batch(self) -> int:
        return self.latents.shape[0]

    @property
    def frac(self) -> float:
        """Fraction of the run done."""
        return progress(self.step, self.total_steps)


def cfg_eps(eps_uncond: torch.Tensor, eps_cond: torch.Tensor, scale: float) -> torch.Tensor:
    """Classifier-free guidance, diffusers convention: eps_uncond + s (eps_cond - eps_uncond)."""
    return eps_uncond + scale * (eps_cond - eps_uncond)


def noised(z: torch.Tensor, alpha_bar: torch.Tensor, noise: torch.Tensor) -> torch.Tensor:
    """x_t = sqrt(alpha_bar) z + sqrt(1 - alpha_bar) noise, ``alpha_bar`` [B] per sample."""
    ab = alpha_bar.view(-1, 1, 1, 1)
    return ab.sqrt() * z + (1.0 - ab).sqrt() * noise


class Guidance:
    """Base class of the gradients. Subclasses set ``Config`` and implement ``_gradient``.

    Use: ``g = GUIDANCES[method](config, prior)``, then per optimisation step
    ``grad, loss, diagnostics = g.step(x, prompt, views, step, total_steps)``. A guidance may
    change the prior while it lives (VSD puts a LoRA on the UNet): use it as a context manager,
    ``with make_guidance(...) as g:``, or call ``close()``, so the prior is as loaded again
    however the run ends.
    """

    Config: ClassVar[type[GuidanceConfig]] = GuidanceConfig
    name: ClassVar[str] = "base"

    def __init__(self, config: GuidanceConfig | None, prior: Prior):
        config = self.Config() if config is None else config
        if not isinstance(config, self.Config):
            raise GuidanceConfigError(f"{self.name} needs a {self.Config.__name__}, got "
                                      f"{type(config).__name__}")
        self.config = config
        self.prior = prior
        self.generator = torch.Generator(device=prior.device).manual_seed(config.seed)

    # ----- lifetime and stages -------------------------------------------------------------------

    def stage_names(self, total_steps: int) -> list[str]:
        """The stage name of every step of a run of ``total_steps`` (one stage, the method's
        name, unless the method has several)."""
        return [self.name] * total_steps

    def close(self) -> None:
        """Undo what this guidance did to the prior (nothing, unless a method says so)."""

    def __enter__(self) -> "Guidance":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # ----- the public step -----------------------------------------------------------------------

    def step(self, x: torch.Tensor, prompt: str, views: Sequence[str] | torch.Tensor | None = None,
             step: int = 0, total_steps: int = 1, *, space: str = "latent",
             t: torch.Tensor | None = None, noise: torch.Tensor | None = None,
             mask: torch.Tensor | None = None) -> GuidanceOutput:
        """One guidance evaluation.

        ``x``: latents [B,C,h,w] (``space="latent"``) or images [B,3,H,W] in [0,1]
        (``space="image"``: resized to the prior's native size if it has one, then encoded with
        gradient). ``prompt``: y, without suffixes. ``views``: None, direction words, azimuths [B]
        or (azimuth, elevation) [B,2] in degrees (used when ``config.view_dependent``).
        ``step``/``total_steps``: where the run is (timestep annealing, stage switches).
        ``t`` [B] / ``noise`` [B,C,h,w]: fixed instead of sampled (tests, paired comparisons).
        ``mask`` [B,1,H,W] in [0, 1] at the input's size: the pixels that depend on what is
        optimised (a render's object, not its background); resized to the latents' size. It
        changes no gradient, only the statistics a method keeps (the bridge's ``fade`` rule).
        """
        prompt = check_prompt(prompt)
        cfg = self.config
        prior = self.prior
        # 1. Latents z (with the graph back to x, so loss.backward() reaches x).
        latents = self._to_latents(x, space)
        batch = latents.shape[0]
        directions = (directions_for_batch(views, batch, cfg.views) if cfg.view_dependent
                      else [None] * batch)
        # 2. Timesteps, noise and x_t.
        T = prior.num_train_timesteps
        t_lo, t_hi = t_range(cfg.timesteps, step, total_steps, T)
        if t is None:
            t = sample_timesteps(cfg.timesteps, batch, step, total_steps, T, self.generator, prior.device)
        else:
            t = torch.as_tensor(t, device=prior.device).long().reshape(-1)
            if t.shape[0] == 1 and batch > 1:
                t = t.expand(batch)
            if t.shape[0] != batch or int(t.min()) < 0 or int(t.max()) >= T:
                raise GuidanceConfigError(f"t must be [B] indices in [0, {T}), got {t.tolist()}")
        z = latents.detach()
        if noise is None:
            noise = torch.randn(z.shape, generator=self.generator, device=prior.device, dtype=z.dtype)
        elif noise.shape != z.shape:
            raise GuidanceConfigError(f"noise shape {tuple(noise.shape)} != latents {tuple(z.shape)}")
        noise = noise.to(device=prior.device, dtype=torch.float32)
        alpha_bar = prior.alphas_cumprod[t]
        x_t = noised(z, alpha_bar, noise)
        ctx = StepContext(latents=z, t=t, alpha_bar=alpha_bar, noise=noise, x_t=x_t, prompt=prompt,
                          directions=directions, step=step, total_steps=total_steps,
                          mask=self._mask_at(mask, z))
        # 3. The method's gradient.
        grad, extra = self._gradient(ctx)
        grad = grad.detach().float()
        # 4. NaN/inf guard (zeros, decided on the device), clipping, the loss whose gradient is grad.
        finite = torch.isfinite(grad).all()
        grad = torch.where(finite, grad, torch.zeros_like(grad))
        if cfg.grad_clip is not None:
            grad = grad.clamp(-cfg.grad_clip, cfg.grad_clip)
        target = (latents - grad).detach()
        loss = 0.5 * F.mse_loss(latents, target, reduction="sum")
        if cfg.loss_reduction == "batch":
            loss = loss / batch
        # 5. Diagnostics: every tensor statistic comes to the host in one transfer (one sync).
        stats = {"finite": finite, "t": t.float().mean(), "grad_norm": grad.norm(),
                 "grad_max": grad.abs().amax() if grad.numel() else grad.new_zeros(()),
                 "loss": loss.detach()}
        stats.update({k: v for k, v in extra.items() if isinstance(v, torch.Tensor)})
        packed = torch.stack([v.detach().float().reshape(()) for v in stats.values()])
        host = dict(zip(stats, packed.tolist()))
        skipped = host.pop("finite") == 0.0
        if skipped:
            log.warning("%s: non-finite gradient at step %d (t=%s); step skipped", self.name, step,
                        t.tolist())
        diagnostics = {
            "step": float(step), "t": host.pop("t"), "t_lo": float(t_lo), "t_hi": float(t_hi),
            "grad_norm": host.pop("grad_norm"), "grad_max": host.pop("grad_max"),
            "loss": host.pop("loss"), "skipped": 1.0 if skipped else 0.0, "step_scale": 1.0,
        }
        diagnostics.update({k: host[k] if k in host else float(v) for k, v in extra.items()})
        return GuidanceOutput(grad, loss, diagnostics)

    # ----- for subclasses ------------------------------------------------------------------------

    def _gradient(self, ctx: StepContext) -> tuple[torch.Tensor, dict[str, float | torch.Tensor]]:
        """The method's gradient [B,C,h,w] (weighted, before clipping) and extra diagnostics
        (floats, or 0-dim tensors that ``step`` brings to the host with its own statistics)."""
        raise NotImplementedError

    def texts(self, ctx: StepContext, suffix: str = "") -> list[str]:
        """Per-sample prompt texts: ``prompt + suffix`` with each sample's view suffix."""
        return [view_prompt(ctx.prompt + suffix, d) for d in ctx.directions]

    def embed(self, texts: Sequence[str]) -> torch.Tensor:
        """Prompt embeddings [len(texts),...] (the prior caches them)."""
        return self.prior.encode_prompts(list(texts))

    def uncond(self, ctx: StepContext) -> torch.Tensor:
        """The empty prompt's embedding, once per sample [B,...]."""
        return self.embed([""] * ctx.batch)

    def guided_eps(self, ctx: StepContext, suffix: str, guidance_scale: float) -> torch.Tensor:
        """eps_uncond + s (eps_tgt - eps_uncond) at ``ctx.x_t``, y_tgt = prompt + ``suffix`` per
        view; both prompts in one prior call."""
        eps_tgt, eps_uncond = self.predict(ctx.t, [(ctx.x_t, self.embed(self.texts(ctx, suffix))),
                                                   (ctx.x_t, self.uncond(ctx))])
        return cfg_eps(eps_uncond, eps_tgt, guidance_scale)

    def predict_with_negative(self, ctx: StepContext, suffix: str,
                              negative_prompt: str) -> list[torch.Tensor]:
        """[eps_tgt, eps_uncond, eps_neg] at ``ctx.x_t`` (y_tgt = prompt + ``suffix`` per view,
        the empty prompt, y_neg = ``negative_prompt``), in one prior call (NFSD, CSD)."""
        emb_neg = self.embed([negative_prompt] * ctx.batch)
        return self.predict(ctx.t, [(ctx.x_t, self.embed(self.texts(ctx, suffix))),
                                    (ctx.x_t, self.uncond(ctx)), (ctx.x_t, emb_neg)])

    def predict(self, t: torch.Tensor, pairs: Sequence[tuple[torch.Tensor, torch.Tensor]]) -> list[torch.Tensor]:
        """Noise predictions for several (x_t [B,...], emb [B,...]) pairs at timesteps ``t`` [B],
        batched into one prior call (classifier-free guidance costs one UNet call, not two)."""
        x_all = torch.cat([x for x, _ in pairs], dim=0)
        emb_all = torch.cat([e for _, e in pairs], dim=0)
        t_all = t.repeat(len(pairs))
        with torch.no_grad():
            eps = self.prior.predict_noise(x_all, t_all, emb_all).float()
        return list(eps.chunk(len(pairs), dim=0))

    def latents_of(self, x: torch.Tensor, space: str = "latent") -> torch.Tensor:
        """``x`` as latents of the prior (see ``step``), detached."""
        return self._to_latents(x, space).detach()

    # ----- helpers -------------------------------------------------------------------------------

    def _to_latents(self, x: torch.Tensor, space: str) -> torch.Tensor:
        prior = self.prior
        if space not in SPACES:
            raise GuidanceConfigError(f"space must be one of {SPACES}, got {space!r}")
        if not isinstance(x, torch.Tensor) or x.ndim != 4 or not x.is_floating_point():
            raise GuidanceConfigError(
                f"guidance input must be a float tensor [B,C,H,W], got "
                f"{type(x).__name__}{tuple(x.shape) if isinstance(x, torch.Tensor) else ''}")
        if x.shape[0] == 0:
            raise GuidanceConfigError("guidance input has an empty batch")
        if space == "latent":
            if x.shape[1] != prior.latent_channels:
                raise GuidanceConfigError(f"latents must have {prior.latent_channels} channels for "
                                          f"{prior.name}, got {x.shape[1]}")
            return x.to(device=prior.device, dtype=torch.float32)
        if x.shape[1] != 3:
            raise GuidanceConfigError(f"images must be RGB [B,3,H,W], got {x.shape[1]} channels")
        images = x.to(device=prior.device, dtype=torch.float32)
        size = prior.image_size
        if size is not None and tuple(images.shape[-2:]) != (size, size):
            images = F.interpolate(images, (size, size), mode="bilinear", align_corners=False)
        elif size is None and (images.shape[-1] % prior.latent_scale or images.shape[-2] % prior.latent_scale):
            raise GuidanceConfigError(f"image size must be a multiple of {prior.latent_scale}")
        if self.config.vae_sample:
            return prior.encode_images(images, generator=self.generator).float()
        return prior.encode_images(images).float()

    def _mask_at(self, mask: torch.Tensor | None, z: torch.Tensor) -> torch.Tensor | None:
        """``mask`` [B,1,H,W] -> [B,1,h,w] float32 at the latents' size (area average)."""
        if mask is None:
            return None
        if (not isinstance(mask, torch.Tensor) or mask.ndim != 4 or mask.shape[1] != 1
                or mask.shape[0] != z.shape[0]):
            raise GuidanceConfigError(f"mask must be [B,1,H,W] with B={z.shape[0]}, got "
                                      f"{tuple(mask.shape) if isinstance(mask, torch.Tensor) else type(mask).__name__}")
        mask = mask.detach().to(device=z.device, dtype=torch.float32)
        if tuple(mask.shape[-2:]) != tuple(z.shape[-2:]):
            mask = F.interpolate(mask, tuple(z.shape[-2:]), mode="area")
        return mask
