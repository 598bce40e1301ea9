"""Priors behind the protocol of ``sketch2real.guidance.protocol``, and ``load_prior``.

Names ``load_prior`` understands:

- ``analytic``: the exact Gaussian prior (pixel space, no weights).
- ``tiny-random``: Stable Diffusion's architecture, tiny, random weights (seeded).
- anything else: a Stable Diffusion 1.x/2.x model id (default
  ``stabilityai/stable-diffusion-2-1-base``) or a local folder in diffusers layout.
"""

from __future__ import annotations

import torch

from sketch2real.guidance.priors.analytic import AnalyticPrior
from sketch2real.guidance.priors.stable_diffusion import (DEFAULT_MODEL, StableDiffusionPrior,
                                                          resolve_device, resolve_dtype)
from sketch2real.guidance.protocol import Prior

SPECIAL_PRIORS = ("analytic", "tiny-random")
"""Prior names that are not model ids or folders."""


def load_prior(name_or_path: str = DEFAULT_MODEL, device: torch.device | str = "cpu",
               dtype: torch.dtype | str | None = None, *, seed: int = 0) -> Prior:
    """The prior called ``name_or_path`` on ``device``.

    ``dtype``: None picks fp16 on CUDA and fp32 on CPU (the analytic prior is always fp32).
    ``seed``: weights of ``tiny-random``. Raises a GuidanceError subclass (one line) when the
    model cannot be found or used.
    """
    if name_or_path == "analytic":
        dev = resolve_device(device)
        if dtype is not None:
            resolve_dtype(dev, dtype)  # validate only
        return AnalyticPrior(dev)
    if name_or_path == "tiny-random":
        from sketch2real.guidance.priors.tiny_random import build_tiny_sd_components

        return StableDiffusionPrior.from_components(build_tiny_sd_components(seed), device, dtype,
                                                    name="tiny-random")
    return StableDiffusionPrior.from_pretrained(name_or_path, device, dtype)


__all__ = ["AnalyticPrior", "StableDiffusionPrior", "DEFAULT_MODEL", "SPECIAL_PRIORS", "load_prior"]
