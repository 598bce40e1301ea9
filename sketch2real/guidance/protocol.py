"""The prior protocol: what a diffusion model must offer to guide an optimisation.

Anything with these attributes and methods can be handed to a gradient in ``GUIDANCES``:
Stable Diffusion through diffusers (``priors/stable_diffusion.py``), the tiny random-weight model
(``priors/tiny_random.py``) and the analytic Gaussian prior (``priors/analytic.py``).

Notation (code name -> the paper's symbol; see also ``gradients/base.py``)::

    latents z      [B,C,h,w]   x_theta, the image being optimised (or its VAE latent)
    t              [B] int64   diffusion timestep index in {0..T-1}; the paper's t in [0,1] is t/T
    alphas_cumprod [T]         alpha_bar; x_t = sqrt(alpha_bar) x + sqrt(1 - alpha_bar) eps, so the
                               paper's alpha_t = sqrt(alpha_bar[t]) and sigma_t = sqrt(1 - alpha_bar[t])
    emb            [B,...]     the text condition y, as the prior encodes it
    predict_noise  eps_phi(x_t; y, t)
"""

from __future__ import annotations

from typing import Iterator, Protocol, Sequence, runtime_checkable

import torch


@runtime_checkable
class ParticleModel(Protocol):
    """A trainable noise model of the *current* images (VSD's LoRA, or a stand-in).

    VSD fits it on the fly to the images being optimised; its noise prediction approximates the
    source-distribution term eps(x_t; y_src, t) of the bridge.
    """

    default_lr: float
    """Learning rate that suits this model (LoRA: 1e-4), used when the config gives none."""

    def parameters(self) -> Iterator[torch.nn.Parameter]:
        """The trainable parameters (float32)."""

    def predict_noise(self, x_t: torch.Tensor, t: torch.Tensor, emb: torch.Tensor) -> torch.Tensor:
        """eps_particle(x_t; y, t): ``x_t`` [B,C,h,w], ``t`` [B] int64, ``emb`` [B,...] ->
        [B,C,h,w] float32, differentiable with respect to ``parameters()``."""

    def remove(self) -> None:
        """Detach from the prior, leaving it as loaded (a LoRA is deleted from the UNet)."""


@runtime_checkable
class Prior(Protocol):
    """A text-conditioned diffusion model seen through the operations score distillation needs.

    All tensors returned are float32 on ``device`` whatever the model's own dtype. Methods do not
    switch autograd off themselves: callers wrap pure predictions in ``torch.no_grad()``.
    """

    name: str
    """What was loaded: a model id, a folder, ``tiny-random`` or ``analytic``."""
    device: torch.device
    """Where the model runs."""
    dtype: torch.dtype
    """The model's weight dtype (float16/bfloat16 on CUDA, float32 on CPU)."""
    latent_channels: int
    """C of the latents the noise model works on (4 for Stable Diffusion, 3 for analytic)."""
    latent_scale: int
    """Image pixels per latent pixel along one side (8 for Stable Diffusion, 1 for analytic)."""
    image_size: int | None
    """Native square image resolution (512 for SD 2.1-base); None when any size works."""
    num_train_timesteps: int
    """T, the number of diffusion timesteps (1000)."""
    alphas_cumprod: torch.Tensor
    """[T] float32 on ``device``: alpha_bar for each timestep index."""

    def encode_prompts(self, prompts: Sequence[str]) -> torch.Tensor:
        """Text -> condition ``emb`` [N,...] (cached per prompt string)."""

    def predict_noise(self, x_t: torch.Tensor, t: torch.Tensor, emb: torch.Tensor) -> torch.Tensor:
        """eps_phi(x_t; y, t): ``x_t`` [B,C,h,w], ``t`` [B] int64, ``emb`` [B,...] -> [B,C,h,w]."""

    def encode_images(self, images: torch.Tensor,
                      generator: torch.Generator | None = None) -> torch.Tensor:
        """Images [B,3,H,W] in [0,1] -> latents [B,C,H/latent_scale,W/latent_scale]
        (differentiable with respect to ``images``): the posterior mean, or with ``generator`` a
        posterior sample drawn with it (only asked for when ``config.vae_sample``)."""

    def decode_latents(self, latents: torch.Tensor) -> torch.Tensor:
        """Latents [B,C,h,w] -> images [B,3,h*latent_scale,w*latent_scale] in [0,1]."""

    def make_particle_model(self, rank: int, seed: int) -> ParticleModel:
        """A fresh trainable model of the current images for VSD (LoRA of ``rank`` on the UNet
        for Stable Diffusion; a learnable Gaussian for the analytic prior)."""
