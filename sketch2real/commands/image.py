"""``sketch2real image``: optimise an image with a score-distillation gradient (2D mode).

    sketch2real image [INIT.png | --init noise] --prompt TEXT [--method bridge|sds|nfsd|csd|vsd|dds]
                      [--model ID|PATH|tiny-random|analytic] [--guidance-scale S] [--steps N]
                      [--bridge-stop fade|none] [--paper] [--seed S] [--device cpu|cuda] -o OUT.png

From noise it is text-to-image (the bridge runs SDS for the first fifth, then the bridge). From an
image it is editing: the bridge alone with y_src = prompt + --source-suffix (", painting" makes it
the paper's painting-to-real), or DDS with the image as reference. ``--bridge-stop`` says how the
bridge's stage 2 ends (``fade``: once the image is better explained by y_tgt than by y_src;
``none``: the paper's constant weight); ``--paper`` is the official 2D code's configuration
(``BRIDGE_PAPER_2D``, 1,000 steps, AdamW with weight decay 0.01, stage 2 to the end).
"""

from __future__ import annotations

import argparse
import logging
import os
from dataclasses import replace

from sketch2real.pipeline.request import BRIDGE_STOPS, RefineRequest  # torch-free

log = logging.getLogger("sketch2real.image")

_DEFAULT_STOP = RefineRequest(prompt="-").bridge_stop
"""The bridge's stage-2 ending when --bridge-stop is not given: the same default as refine's."""

METHODS = ("bridge", "sds", "nfsd", "csd", "vsd", "dds")
DEFAULT_STEPS = 500
"""Steps when neither --steps nor --paper says (the paper's 2D runs take 2,500, the official code
1,000)."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("init_image", nargs="?", metavar="INIT",
                   help="initial image (.png/.jpg); or use --init noise")
    p.add_argument("--init", dest="init_flag", metavar="noise|PATH",
                   help="'noise' for text-to-image from random latents, or an image path")
    p.add_argument("--prompt", required=True, help="what the image should show (y_tgt)")
    p.add_argument("--method", default="bridge", help=f"gradient: {', '.join(METHODS)} (default bridge)")
    p.add_argument("--model", default=None,
                   help="Stable Diffusion model id or local folder (default "
                        "stabilityai/stable-diffusion-2-1-base), 'tiny-random' or 'analytic'")
    p.add_argument("--guidance-scale", type=float, default=None,
                   help="classifier-free guidance scale s (the SDS stage for bridge; w1 for csd)")
    p.add_argument("--source-suffix", default=None,
                   help="appended to the prompt to describe the current image (y_src); bridge "
                        "default: the paper's artifact list; ', painting' for painting-to-real")
    p.add_argument("--target-suffix", default=None, help="appended to the prompt to make y_tgt")
    p.add_argument("--switch-at", type=float, default=None,
                   help="bridge: fraction of the steps run as SDS first (default 0.2 from noise, "
                        "0 from an image)")
    p.add_argument("--bridge-stop", choices=BRIDGE_STOPS, default=None,
                   help=f"bridge: how stage 2 ends (default {_DEFAULT_STOP}; none with --paper): "
                        "fade it out once the image is better explained by the prompt than by "
                        "the source description; none: constant weight to the end, as the paper")
    p.add_argument("--paper", action="store_true",
                   help="bridge: the official 2D code's configuration (w = s = 40, the switch "
                        "at half of 1,000 steps, AdamW with weight decay 0.01, loss per batch, "
                        "VAE posterior sample, stage 2 to the end); other flags still apply")
    p.add_argument("--steps", type=int, default=None,
                   help=f"optimisation steps (default {DEFAULT_STEPS}; 1,000 with --paper)")
    p.add_argument("--lr", type=float, default=None, help="learning rate of the latent (default 0.01)")
    p.add_argument("--size", type=int, default=None,
                   help="image side in pixels (default: the model's native size; 64 for analytic)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--device", default=None, help="cpu or cuda (default: cuda when available)")
    p.add_argument("--dtype", default=None, help="fp16, bf16 or fp32 (default: fp16 on cuda, fp32 on cpu)")
    p.add_argument("-o", "--output", required=True, help="output .png")


def _config(method: str, args: argparse.Namespace, from_image: bool):
    """The method's config for 2D, with the command-line overrides applied."""
    from dataclasses import replace

    from sketch2real.guidance import BRIDGE_2D, BRIDGE_PAPER_2D, GUIDANCES, GuidanceConfigError

    if method == "bridge":
        config = BRIDGE_PAPER_2D if args.paper else replace(BRIDGE_2D, stop=_DEFAULT_STOP)
        if from_image:
            config = replace(config, switch_at=0.0)
    else:
        config = GUIDANCES[method].Config()
    changes = {"seed": args.seed}
    if args.bridge_stop is not None:
        if method != "bridge":
            raise GuidanceConfigError(f"--bridge-stop applies to bridge, not {method}")
        changes["stop"] = args.bridge_stop
    if args.guidance_scale is not None:
        changes["w1" if method == "csd" else "guidance_scale"] = args.guidance_scale
    if args.source_suffix is not None:
        if not hasattr(config, "source_suffix"):
            raise GuidanceConfigError(f"--source-suffix applies to bridge and dds, not {method}")
        changes["source_suffix"] = args.source_suffix
    if args.target_suffix is not None:
        changes["target_suffix"] = args.target_suffix
    if args.switch_at is not None:
        if method != "bridge":
            raise GuidanceConfigError(f"--switch-at applies to bridge, not {method}")
        changes["switch_at"] = args.switch_at
    return replace(config, **changes)


def run(args: argparse.Namespace) -> int:
    from sketch2real.guidance import GuidanceConfigError

    # 1. Check the arguments before loading anything heavy.
    if args.init_image and args.init_flag:
        raise GuidanceConfigError("give either INIT or --init, not both")
    init = args.init_flag or args.init_image
    if not init:
        raise GuidanceConfigError("give an initial image (INIT.png) or --init noise")
    if not args.prompt or not args.prompt.strip():
        raise GuidanceConfigError("--prompt must be a non-empty text")
    method = args.method.strip().lower()
    if method not in METHODS:
        raise GuidanceConfigError(f"unknown method {args.method!r}; known: {', '.join(METHODS)}")
    if not args.output.lower().endswith(".png"):
        raise GuidanceConfigError(f"output must end in .png, got {args.output!r}")
    out_dir = os.path.dirname(os.path.abspath(args.output))
    if not os.path.isdir(out_dir):
        raise GuidanceConfigError(f"output folder {out_dir} does not exist")
    if args.steps is not None and args.steps < 1:
        raise GuidanceConfigError(f"--steps must be at least 1, got {args.steps}")
    if args.paper and method != "bridge":
        raise GuidanceConfigError(f"--paper is the bridge's official configuration, not {method}'s")
    if args.size is not None and not 8 <= args.size <= 4096:
        raise GuidanceConfigError(f"--size must be in [8, 4096], got {args.size}")
    from_image = init != "noise"
    if method == "dds" and not from_image:
        raise GuidanceConfigError("dds edits a reference image: give INIT.png, not --init noise")

    import torch

    from sketch2real.guidance import DEFAULT_MODEL, GUIDANCES, load_prior
    from sketch2real.guidance.optimize_image import (PAPER_2D, ImageOptConfig, image_latents,
                                                     load_image, noise_latents,
                                                     optimize_latents, save_image)

    config = _config(method, args, from_image)
    base = PAPER_2D if args.paper else ImageOptConfig(steps=DEFAULT_STEPS)
    opt_config = replace(base, steps=args.steps or base.steps,
                         lr=args.lr if args.lr is not None else base.lr)
    images = load_image(init) if from_image else None
    device = args.device or ("cuda" if torch.cuda.is_available() else "cpu")
    torch.manual_seed(args.seed)

    # 2. Prior, initial latents, gradient.
    prior = load_prior(args.model or DEFAULT_MODEL, device, args.dtype, seed=args.seed)
    size = args.size or prior.image_size  # None: any size works (analytic)
    if from_image:
        sample = (torch.Generator(device=prior.device).manual_seed(args.seed)
                  if getattr(config, "vae_sample", False) else None)
        latents = image_latents(prior, images, size, sample)
    else:
        latents = noise_latents(prior, size or 64, args.seed)
    guidance = GUIDANCES[method](config, prior)
    if method == "dds":
        guidance.set_reference(latents)

    # 3. Optimise, decode, save.
    log.info("%s on %s (%s): %d steps, prompt %r", method, prior.name, device, opt_config.steps,
             args.prompt)
    latents, history = optimize_latents(guidance, args.prompt, latents, opt_config)
    with torch.no_grad():
        out = prior.decode_latents(latents)
    save_image(out, args.output)
    skipped = int(sum(d["skipped"] for d in history))
    log.info("wrote %s (%dx%d)%s", args.output, out.shape[-1], out.shape[-2],
             f"; {skipped} steps skipped for non-finite gradients" if skipped else "")
    return 0
