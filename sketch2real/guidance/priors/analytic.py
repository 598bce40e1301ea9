"""The analytic prior: a Gaussian image distribution per prompt, so eps is exact and closed-form.

Pixel space, 3 channels. The "latent" of an image in [0,1] is ``z = 2*image - 1`` (the usual
[0,1] -> [-1,1] scaling; otherwise the identity), so mid-grey is 0.

Data distribution of a prompt y: every pixel and channel independent,

    x0 ~ N(mu_y, s_y^2 I),   mu_y = 2*c_y - 1 (the same colour c_y in [0,1]^3 at every pixel).

With x_t = sqrt(ab) x0 + sqrt(1-ab) eps (ab = alpha_bar[t]) the exact posterior mean of eps is

    eps_hat(x_t; y) = sqrt(1-ab) (x_t - sqrt(ab) mu_y) / (ab s_y^2 + 1 - ab).

How a prompt sets (c_y, s_y), lower-cased, words matched whole:

- Colour words (``COLOURS``): c_y is the mean of the colours named and s_y = ``CONTENT_STD``
  (0.1). No colour word (also the empty prompt, the unconditional y = 0): c_y = neutral grey
  0.5 and s_y = ``ANY_STD`` (0.5), "an image of any colour". All other words are ignored, so
  view suffixes ("side view") change nothing.
- Modifiers (``MODIFIERS``) then apply in the order they appear. "Saturate by k" moves the colour
  away from neutral grey: c <- 0.5 + k (c - 0.5) (saturation and contrast up for k > 1, as SDS
  artifacts look; no clamping, means may leave [0,1]).

  ===============================================  ==========================================
  word(s)                                          effect
  ===============================================  ==========================================
  oversaturated                                    saturate by 2
  saturation x<K> (e.g. "saturation x1.8")         saturate by K (an exact description)
  cartoon                                          saturate by 1.3
  foggy, hazy                                      c <- 0.75 c + 0.25 * 0.85 (towards light grey)
  low contrast, dull                               saturate by 0.6
  dark, gloomy                                     c <- 0.7 c
  painting                                         saturate by 0.7, then +0.06 red, -0.06 blue;
                                                   s <- 1.3 s
  smooth, blurry, out of focus                     s <- 0.8 s (less texture)
  noisy, noise                                     s <- 1.5 s
  pixelated, bad structure, malformed, tiling,     s <- 1.2 s
  ugly, low quality, low-resolution
  ===============================================  ==========================================

The paper's full artifact suffix therefore describes a colour pushed away from grey (x2.6),
then fogged, with a broader spread (s x1.66) than the clean prompt.

The prompt "embedding" is the parsed parameters: ``emb`` [N,4] = (mu_r, mu_g, mu_b, s) in model
units. The noise schedule is Stable Diffusion's (scaled-linear betas 0.00085..0.012, T=1000), so
timesteps mean the same thing as with the real model.

For VSD the particle model is a learnable Gaussian of the same family (``GaussianParticleModel``),
trained by the same denoising loss as a LoRA; its noise prediction stays closed-form.
"""

from __future__ import annotations

import math
import re
from typing import Sequence

import torch

from sketch2real.guidance.prompts import EmbeddingCache

COLOURS: dict[str, tuple[float, float, float]] = {
    "red": (0.75, 0.25, 0.22),
    "orange": (0.85, 0.50, 0.20),
    "yellow": (0.85, 0.78, 0.25),
    "green": (0.30, 0.62, 0.30),
    "cyan": (0.25, 0.70, 0.75),
    "blue": (0.25, 0.38, 0.75),
    "purple": (0.50, 0.30, 0.65),
    "pink": (0.90, 0.55, 0.65),
    "brown": (0.50, 0.35, 0.22),
    "white": (0.92, 0.92, 0.92),
    "black": (0.08, 0.08, 0.08),
    "grey": (0.50, 0.50, 0.50),
    "gray": (0.50, 0.50, 0.50),
}
"""Colour words and their sRGB colour in [0,1] (mid-gamut, so saturation changes show)."""

NEUTRAL = 0.5
"""Neutral grey, the centre that saturation scales about."""
CONTENT_STD = 0.1
"""s_y for a prompt that names a colour (model units, where the image range is [-1,1])."""
ANY_STD = 0.5
"""s_y for a prompt that names no colour, and for the unconditional prompt."""
FOG = 0.85
"""The light grey that "foggy"/"hazy" mix towards."""

# word or phrase -> (operation, parameter); see the table in the module docstring.
MODIFIERS: dict[str, tuple[str, float]] = {
    "oversaturated": ("saturate", 2.0),
    "cartoon": ("saturate", 1.3),
    "foggy": ("fog", 0.25),
    "hazy": ("fog", 0.25),
    "low contrast": ("saturate", 0.6),
    "dull": ("saturate", 0.6),
    "dark": ("darken", 0.7),
    "gloomy": ("darken", 0.7),
    "painting": ("painting", 0.7),
    "smooth": ("spread", 0.8),
    "blurry": ("spread", 0.8),
    "out of focus": ("spread", 0.8),
    "noisy": ("spread", 1.5),
    "noise": ("spread", 1.5),
    "pixelated": ("spread", 1.2),
    "bad structure": ("spread", 1.2),
    "malformed": ("spread", 1.2),
    "tiling": ("spread", 1.2),
    "ugly": ("spread", 1.2),
    "low quality": ("spread", 1.2),
    "low-resolution": ("spread", 1.2),
}

_NUMBER = r"([0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
_SATURATION_RE = r"saturation\s*[x\u00d7*]\s*" + _NUMBER
_PHRASES = sorted(MODIFIERS, key=len, reverse=True)
_TOKEN_RE = re.compile(
    r"(?<![a-z0-9-])(?:" + _SATURATION_RE + "|" + "|".join(re.escape(p) for p in _PHRASES)
    + "|" + "|".join(COLOURS) + r")(?![a-z0-9-])")


def scaled_linear_alphas_cumprod(num_train_timesteps: int = 1000, beta_start: float = 0.00085,
                                 beta_end: float = 0.012) -> torch.Tensor:
    """alpha_bar [T] float32 of Stable Diffusion's scaled-linear schedule."""
    betas = torch.linspace(beta_start ** 0.5, beta_end ** 0.5, num_train_timesteps,
                           dtype=torch.float64) ** 2
    return torch.cumprod(1.0 - betas, dim=0).float()


def parse_prompt(prompt: str) -> tuple[tuple[float, float, float], float]:
    """(c_y in [0,1]^3, possibly out of range after modifiers; s_y in model units) of a prompt."""
    text = prompt.lower()
    matches = list(_TOKEN_RE.finditer(text))
    colours = [COLOURS[m.group(0)] for m in matches if m.group(0) in COLOURS]
    if colours:
        c = [sum(col[i] for col in colours) / len(colours) for i in range(3)]
        s = CONTENT_STD
    else:
        c = [NEUTRAL] * 3
        s = ANY_STD
    for m in matches:
        word = m.group(0)
        if word in COLOURS:
            continue
        if m.group(1) is not None:  # saturation x<K>
            op, k = "saturate", float(m.group(1))
        else:
            op, k = MODIFIERS[word]
        if op == "saturate":
            c = [NEUTRAL + k * (v - NEUTRAL) for v in c]
        elif op == "fog":
            c = [(1.0 - k) * v + k * FOG for v in c]
        elif op == "darken":
            c = [k * v for v in c]
        elif op == "painting":
            c = [NEUTRAL + k * (v - NEUTRAL) for v in c]
            c = [c[0] + 0.06, c[1], c[2] - 0.06]
            s = 1.3 * s
        elif op == "spread":
            s = k * s
    return (c[0], c[1], c[2]), s


def prompt_params(prompt: str) -> torch.Tensor:
    """The analytic "embedding" [4] = (mu_r, mu_g, mu_b, s_y) in model units of one prompt."""
    c, s = parse_prompt(prompt)
    return torch.tensor([2.0 * c[0] - 1.0, 2.0 * c[1] - 1.0, 2.0 * c[2] - 1.0, s],
                        dtype=torch.float32)


def gaussian_eps(x_t: torch.Tensor, alpha_bar_t: torch.Tensor, mean: torch.Tensor,
                 std: torch.Tensor) -> torch.Tensor:
    """Exact E[eps | x_t] for x0 ~ N(mean, std^2 I).

    ``x_t`` [B,C,h,w]; ``alpha_bar_t`` [B]; ``mean`` [B,C] (constant over pixels); ``std`` [B].
    """
    ab = alpha_bar_t.view(-1, 1, 1, 1)
    m = mean.view(mean.shape[0], mean.shape[1], 1, 1)
    s2 = (std ** 2).view(-1, 1, 1, 1)
    return (1.0 - ab).sqrt() * (x_t - ab.sqrt() * m) / (ab * s2 + 1.0 - ab)


class GaussianParticleModel(torch.nn.Module):
    """VSD's model of the current images on the analytic prior: the prompt's Gaussian with a
    learnable colour offset and a learnable log-scale of the spread, both zero at the start (like
    a LoRA whose B matrix starts at zero, it first predicts exactly what the prior predicts)."""

    default_lr = 0.05
    """Adam learning rate that fits the offset in a few dozen steps."""

    def __init__(self, alphas_cumprod: torch.Tensor, channels: int = 3):
        super().__init__()
        self.register_buffer("alphas_cumprod", alphas_cumprod.clone(), persistent=False)
        self.mean_offset = torch.nn.Parameter(torch.zeros(channels, device=alphas_cumprod.device))
        self.log_std_scale = torch.nn.Parameter(torch.zeros((), device=alphas_cumprod.device))

    def predict_noise(self, x_t: torch.Tensor, t: torch.Tensor, emb: torch.Tensor) -> torch.Tensor:
        """eps of N(mu_y + offset, (s_y * exp(log_scale))^2): ``emb`` [B,4] analytic params."""
        mean = emb[:, :3].float() + self.mean_offset
        std = emb[:, 3].float() * self.log_std_scale.exp()
        return gaussian_eps(x_t.float(), self.alphas_cumprod[t], mean, std)

    def remove(self) -> None:
        """Nothing to undo: this model is separate from the prior."""


class AnalyticPrior:
    """Gaussian prior with exact, closed-form noise prediction (see the module docstring)."""

    latent_channels = 3
    latent_scale = 1
    image_size = None
    dtype = torch.float32

    def __init__(self, device: torch.device | str = "cpu", num_train_timesteps: int = 1000):
        self.name = "analytic"
        self.device = torch.device(device)
        self.num_train_timesteps = num_train_timesteps
        self.alphas_cumprod = scaled_linear_alphas_cumprod(num_train_timesteps).to(self.device)
        self._cache = EmbeddingCache(self._encode_uncached)

    def _encode_uncached(self, prompts: list[str]) -> torch.Tensor:
        return torch.stack([prompt_params(p) for p in prompts]).to(self.device)

    def encode_prompts(self, prompts: Sequence[str]) -> torch.Tensor:
        """emb [N,4] = (mu_r, mu_g, mu_b, s_y) per prompt, model units."""
        return self._cache.get(prompts)

    def predict_noise(self, x_t: torch.Tensor, t: torch.Tensor, emb: torch.Tensor) -> torch.Tensor:
        """Exact eps_hat(x_t; y) [B,3,h,w] (see the module docstring)."""
        ab = self.alphas_cumprod[t.to(self.device)]
        return gaussian_eps(x_t.float(), ab, emb[:, :3].float(), emb[:, 3].float())

    def encode_images(self, images: torch.Tensor,
                      generator: torch.Generator | None = None) -> torch.Tensor:
        """[B,3,H,W] in [0,1] -> 2*images - 1 (same size; the encoder is deterministic, so a
        posterior "sample" with ``generator`` is the same)."""
        del generator
        return images.float() * 2.0 - 1.0

    def decode_latents(self, latents: torch.Tensor) -> torch.Tensor:
        """[B,3,h,w] -> ((z + 1) / 2) clamped to [0,1]."""
        return ((latents.float() + 1.0) * 0.5).clamp(0.0, 1.0)

    def make_particle_model(self, rank: int = 4, seed: int = 0) -> GaussianParticleModel:
        """A learnable Gaussian of the prior's family (``rank`` and ``seed`` are unused: it starts
        deterministically at the prior)."""
        del rank, seed
        return GaussianParticleModel(self.alphas_cumprod)


def mean_colour(latents: torch.Tensor) -> torch.Tensor:
    """Mean over pixels of model-space latents [B,3,h,w] -> [B,3] (a test and diagnostics helper)."""
    return latents.float().mean(dim=(2, 3))


def saturation_ratio(latents: torch.Tensor, prompt: str) -> torch.Tensor:
    """How far each image's mean colour is from grey, relative to the prompt's colour: the
    projection k of the mean colour (model units) onto mu_y, [B]; 1 = the prompt's colour,
    > 1 = oversaturated."""
    mu = prompt_params(prompt)[:3].to(latents.device)
    denom = float(mu.dot(mu))
    if denom <= 0.0 or not math.isfinite(denom):
        raise ValueError(f"prompt {prompt!r} has a neutral colour; saturation is undefined")
    return mean_colour(latents) @ mu / denom
