"""Guidance: diffusion priors behind one small protocol, and the score-distillation gradients.

Public API (what the refinement loop uses)::

    from sketch2real.guidance import load_prior, GUIDANCES, BRIDGE_3D

    prior = load_prior("stabilityai/stable-diffusion-2-1-base", "cuda")   # or a folder,
                                                                          # "tiny-random", "analytic"
    guidance = GUIDANCES["bridge"](BRIDGE_3D, prior)
    grad, loss, diagnostics = guidance.step(images, "a red flower", azimuths, step, total_steps,
                                            space="image")
    loss.backward()      # puts grad on the latents, and through the VAE encoder on the images

Rooms: this package imports torch only; diffusers/transformers/peft are imported when a Stable
Diffusion prior is loaded. It never imports ``sketch2real.geometry``, the server or the pipeline.
"""

from __future__ import annotations

from sketch2real.guidance.errors import (GuidanceConfigError, GuidanceError, ImageReadError,
                                         PriorLoadError, PriorNotFoundError)
from sketch2real.guidance.gradients import (BRIDGE_2D, BRIDGE_3D, BRIDGE_EDIT, BRIDGE_PAPER_2D,
                                            BRIDGE_PAPER_3D, CSD, DDS, GUIDANCES,
                                            NFSD, SDS, VSD, Bridge, BridgeConfig, CSDConfig,
                                            DDSConfig, Guidance, GuidanceConfig, GuidanceOutput,
                                            NFSDConfig, SDSConfig, VSDConfig, make_guidance)
from sketch2real.guidance.priors import DEFAULT_MODEL, load_prior
from sketch2real.guidance.prompts import ARTIFACT_SUFFIX, PAINTING_SUFFIX, ViewConfig, view_direction
from sketch2real.guidance.protocol import ParticleModel, Prior
from sketch2real.guidance.schedule import TimestepConfig

__all__ = [
    "load_prior", "DEFAULT_MODEL", "Prior", "ParticleModel",
    "GUIDANCES", "make_guidance", "Guidance", "GuidanceConfig", "GuidanceOutput",
    "SDS", "SDSConfig", "Bridge", "BridgeConfig", "BRIDGE_3D", "BRIDGE_2D", "BRIDGE_EDIT",
    "BRIDGE_PAPER_3D", "BRIDGE_PAPER_2D",
    "NFSD", "NFSDConfig", "CSD", "CSDConfig", "VSD", "VSDConfig", "DDS", "DDSConfig",
    "TimestepConfig", "ViewConfig", "view_direction", "ARTIFACT_SUFFIX", "PAINTING_SUFFIX",
    "GuidanceError", "GuidanceConfigError", "PriorNotFoundError", "PriorLoadError", "ImageReadError",
]
