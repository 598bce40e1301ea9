"""2D mode: optimise one image (its latent) with a score-distillation gradient.

The paper's other applications: text-to-image from noise (two-stage bridge), and
painting-to-real from an image (bridge only, y_src = y + ", painting"). The optimiser follows
the official 2D code: AdamW on the latent, lr 0.01, betas (0.9, 0.99), eps 1e-15; the official
code keeps torch's default weight decay, 0.01 (``PAPER_2D``), ours has none (``ImageOptConfig``'s
default: decay pulls the latent towards zero, a grey image, which is not part of the method).
"""

from __future__ import annotations

import logging
import math
import os
from dataclasses import dataclass
from typing import Callable

import torch

from sketch2real.guidance.errors import GuidanceConfigError, ImageReadError
from sketch2real.guidance.gradients.base import Guidance
from sketch2real.guidance.protocol import Prior

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
"""Image files the 2D mode reads."""

OPTIMIZERS = ("adamw", "sgd")
"""Optimisers of the latent."""


@dataclass(frozen=True)
class ImageOptConfig:
    """How the latent is optimised."""

    steps: int = 500
    """Number of optimisation steps (the paper: 2,500)."""
    lr: float = 0.01
    """Learning rate of the latent."""
    optimizer: str = "adamw"
    """``adamw`` (official 2D code) or ``sgd`` (plain gradient descent, easy to analyse)."""
    weight_decay: float = 0.0
    """AdamW's decoupled weight decay (the official 2D code: torch's default, 0.01)."""
    log_every: int = 50
    """Log progress every this many steps (0: never)."""

    def __post_init__(self) -> None:
        if not isinstance(self.steps, int) or self.steps < 1:
            raise GuidanceConfigError(f"steps must be a positive integer, got {self.steps!r}")
        if not (isinstance(self.lr, (int, float)) and math.isfinite(self.lr) and self.lr > 0):
            raise GuidanceConfigError(f"lr must be positive, got {self.lr!r}")
        if self.optimizer not in OPTIMIZERS:
            raise GuidanceConfigError(f"unknown optimizer {self.optimizer!r}; known: {', '.join(OPTIMIZERS)}")
        if not (math.isfinite(self.weight_decay) and self.weight_decay >= 0):
            raise GuidanceConfigError(f"weight_decay must be >= 0, got {self.weight_decay!r}")


PAPER_2D = ImageOptConfig(steps=1000, lr=0.01, optimizer="adamw", weight_decay=0.01)
"""The official 2D code's optimisation (``generate.py``: 1,000 steps, AdamW lr 0.01, torch's
default weight decay), for ``BRIDGE_PAPER_2D``."""


def load_image(path: str) -> torch.Tensor:
    """An RGB image file -> [1,3,H,W] float32 in [0,1]. Raises ImageReadError (one line)."""
    from PIL import Image, UnidentifiedImageError

    if not os.path.isfile(path):
        raise ImageReadError(f"init image {path} does not exist")
    if not path.lower().endswith(IMAGE_SUFFIXES):
        raise ImageReadError(f"init image {path} must be a .png or .jpg file")
    try:
        with Image.open(path) as im:
            im.load()
            rgb = im.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError) as err:
        raise ImageReadError(f"cannot read init image {path}: {err}") from err
    data = torch.frombuffer(bytearray(rgb.tobytes()), dtype=torch.uint8)
    return data.view(rgb.height, rgb.width, 3).permute(2, 0, 1)[None].float() / 255.0


def save_image(images: torch.Tensor, path: str) -> None:
    """[1,3,H,W] in [0,1] -> a PNG at ``path`` (its folder must exist)."""
    from PIL import Image

    img = (images[0].detach().float().clamp(0, 1) * 255.0 + 0.5).to(torch.uint8)
    Image.fromarray(img.permute(1, 2, 0).contiguous().cpu().numpy()).save(path)


def resize_images(images: torch.Tensor, size: int) -> torch.Tensor:
    """[B,3,H,W] -> [B,3,size,size] (bilinear with antialiasing)."""
    if tuple(images.shape[-2:]) == (size, size):
        return images
    return torch.nn.functional.interpolate(images, (size, size), mode="bilinear",
                                           align_corners=False, antialias=True)


def noise_latents(prior: Prior, size: int, seed: int) -> torch.Tensor:
    """Initial latents for text-to-image: N(0, I) [1,C,size/scale,size/scale] (official 2D code)."""
    if size % prior.latent_scale:
        raise GuidanceConfigError(f"image size {size} must be a multiple of {prior.latent_scale}")
    side = size // prior.latent_scale
    gen = torch.Generator(device="cpu").manual_seed(seed)
    return torch.randn((1, prior.latent_channels, side, side), generator=gen).to(prior.device)


def image_latents(prior: Prior, images: torch.Tensor, size: int | None = None,
                  generator: torch.Generator | None = None) -> torch.Tensor:
    """Initial latents from images [1,3,H,W] in [0,1], resized to ``size`` (default: the prior's
    native size; unchanged for the analytic prior); a VAE posterior sample drawn with
    ``generator`` if one is given (the official code), else its mean."""
    size = size or prior.image_size
    if size is not None:
        images = resize_images(images, size)
    if images.shape[-1] % prior.latent_scale or images.shape[-2] % prior.latent_scale:
        raise GuidanceConfigError(f"image size must be a multiple of {prior.latent_scale}")
    with torch.no_grad():
        if generator is not None:
            return prior.encode_images(images.to(prior.device), generator=generator).float()
        return prior.encode_images(images.to(prior.device)).float()


def optimize_latents(guidance: Guidance, prompt: str, latents: torch.Tensor,
                     config: ImageOptConfig = ImageOptConfig(),
                     callback: Callable[[int, torch.Tensor, dict[str, float]], None] | None = None,
                     ) -> tuple[torch.Tensor, list[dict[str, float]]]:
    """Run ``config.steps`` steps of ``guidance`` on a copy of ``latents`` [B,C,h,w].

    Returns the final latents (detached) and the diagnostics of every step. ``callback(step,
    latents, diagnostics)`` is called after each step.
    """
    z = latents.detach().clone().float().requires_grad_(True)
    if config.optimizer == "adamw":
        opt: torch.optim.Optimizer = torch.optim.AdamW([z], lr=config.lr, betas=(0.9, 0.99),
                                                       eps=1e-15, weight_decay=config.weight_decay)
    else:
        opt = torch.optim.SGD([z], lr=config.lr)
    history: list[dict[str, float]] = []
    for step in range(config.steps):
        # 1. Guidance: gradient and its surrogate loss.
        _, loss, diagnostics = guidance.step(z, prompt, None, step, config.steps, space="latent")
        # 2. Update the latent, with the step the guidance asks for (the bridge's fade).
        for group in opt.param_groups:
            group["lr"] = config.lr * diagnostics["step_scale"]
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        history.append(diagnostics)
        if callback is not None:
            callback(step, z.detach(), diagnostics)
        if config.log_every and (step % config.log_every == 0 or step == config.steps - 1):
            log.info("%s step %d/%d: t=%.0f grad_norm=%.4g%s", guidance.name, step + 1, config.steps,
                     diagnostics["t"], diagnostics["grad_norm"],
                     " (skipped)" if diagnostics["skipped"] else "")
    return z.detach(), history
