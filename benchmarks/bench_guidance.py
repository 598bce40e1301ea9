"""Per-step cost of each score-distillation gradient, split into VAE encode, UNet and the rest.

    python benchmarks/bench_guidance.py --out bench_guidance.json [--steps 20] [--warmup 5]

On CUDA it builds a Stable Diffusion 2.1-base sized model with random weights from the config
values written below (the same compute as the real model, nothing downloaded), fp16, and times
one guidance step the way the refinement loop runs it: images [B,3,512,512] in, encoded with
gradient, the gradient's loss backpropagated to the images. Batch 1 and 4.

On a CPU it runs the tiny random model (64 x 64 images, fp32) and says so: those numbers only
show that the script works.

Per method and batch it reports (milliseconds, mean over ``--steps`` after ``--warmup``):
``encode_ms`` (VAE encoder forward), ``unet_ms`` (all noise-model forwards: pretrained UNet, and
for VSD its LoRA model), ``rest_ms`` (the rest of ``step``: noising, prompts, guidance
arithmetic, VSD's LoRA backward and optimiser), ``backward_ms`` (``loss.backward()`` through the
VAE encoder), ``total_ms``. The bridge is timed in its second stage (the bridge proper; its first
stage is SDS). ``summary`` gives bridge/SDS and VSD/SDS total-time ratios per batch size; the
targets to check on a GPU: bridge within 5% of SDS, and VSD's overhead measured.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from typing import Any

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from sketch2real.guidance import GUIDANCES, make_guidance  # noqa: E402
from sketch2real.guidance.priors.stable_diffusion import StableDiffusionPrior  # noqa: E402

# Stable Diffusion 2.1-base (stabilityai/stable-diffusion-2-1-base), component configs.
SD21_BASE_UNET = dict(
    sample_size=64, in_channels=4, out_channels=4, center_input_sample=False,
    flip_sin_to_cos=True, freq_shift=0,
    down_block_types=("CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D",
                      "DownBlock2D"),
    mid_block_type="UNetMidBlock2DCrossAttn",
    up_block_types=("UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"),
    only_cross_attention=False, block_out_channels=(320, 640, 1280, 1280), layers_per_block=2,
    downsample_padding=1, mid_block_scale_factor=1, act_fn="silu", norm_num_groups=32,
    norm_eps=1e-5, cross_attention_dim=1024, attention_head_dim=(5, 10, 20, 20),
    dual_cross_attention=False, use_linear_projection=True, upcast_attention=False)
SD21_BASE_VAE = dict(
    in_channels=3, out_channels=3, down_block_types=("DownEncoderBlock2D",) * 4,
    up_block_types=("UpDecoderBlock2D",) * 4, block_out_channels=(128, 256, 512, 512),
    layers_per_block=2, act_fn="silu", latent_channels=4, norm_num_groups=32, sample_size=512,
    scaling_factor=0.18215)
SD21_BASE_TEXT = dict(  # OpenCLIP ViT-H/14 text tower as diffusers stores it (23 layers)
    vocab_size=49408, hidden_size=1024, intermediate_size=4096, num_hidden_layers=23,
    num_attention_heads=16, max_position_embeddings=77, hidden_act="gelu", layer_norm_eps=1e-5,
    projection_dim=512)
SD21_BASE_SCHEDULER = dict(num_train_timesteps=1000, beta_start=0.00085, beta_end=0.012,
                           beta_schedule="scaled_linear", prediction_type="epsilon",
                           clip_sample=False, steps_offset=1)


def build_sd21_base_random(device: torch.device) -> dict[str, Any]:
    """SD 2.1-base sized components with random weights, initialised directly on ``device``."""
    from diffusers import AutoencoderKL, DDPMScheduler, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

    from sketch2real.guidance.priors.tiny_random import tiny_clip_vocab

    torch.manual_seed(0)
    with torch.device(device):
        unet = UNet2DConditionModel(**SD21_BASE_UNET)
        vae = AutoencoderKL(**SD21_BASE_VAE)
        text_encoder = CLIPTextModel(CLIPTextConfig(**SD21_BASE_TEXT))
    # Prompts are encoded once and cached, so the tokenizer's vocabulary does not matter here.
    tokenizer = CLIPTokenizer(vocab=tiny_clip_vocab(), merges=[], model_max_length=77)
    return {"unet": unet, "vae": vae, "text_encoder": text_encoder, "tokenizer": tokenizer,
            "scheduler": DDPMScheduler(**SD21_BASE_SCHEDULER)}


def sd21_base_random_prior(device: torch.device) -> StableDiffusionPrior:
    """The SD 2.1-base sized random-weight prior, fp16 on ``device`` (also used by bench_refine)."""
    return StableDiffusionPrior.from_components(build_sd21_base_random(device), device,
                                                torch.float16, name="sd21-base-random")


class TimedPrior:
    """Wraps a prior; accumulates synchronised wall time of encode_images and of every noise
    prediction (the pretrained UNet and VSD's particle model)."""

    def __init__(self, prior: Any, device: torch.device):
        self._prior = prior
        self._cuda = device.type == "cuda"
        self.encode_s = 0.0
        self.unet_s = 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._prior, name)

    def _timed(self, fn, *args):
        if self._cuda:
            torch.cuda.synchronize()
        t0 = time.perf_counter()
        out = fn(*args)
        if self._cuda:
            torch.cuda.synchronize()
        return out, time.perf_counter() - t0

    def encode_images(self, images):
        out, dt = self._timed(self._prior.encode_images, images)
        self.encode_s += dt
        return out

    def predict_noise(self, x_t, t, emb):
        out, dt = self._timed(self._prior.predict_noise, x_t, t, emb)
        self.unet_s += dt
        return out

    def make_particle_model(self, rank: int, seed: int):
        particle = self._prior.make_particle_model(rank=rank, seed=seed)
        inner = particle.predict_noise

        def timed_predict(x_t, t, emb):
            out, dt = self._timed(inner, x_t, t, emb)
            self.unet_s += dt
            return out

        particle.predict_noise = timed_predict
        return particle


def bench_one(prior: TimedPrior, method: str, batch: int, size: int, steps: int, warmup: int,
              device: torch.device) -> dict[str, float]:
    guidance = make_guidance(method, prior)
    images = torch.rand(batch, 3, size, size, device=device, requires_grad=True)
    if method == "dds":
        guidance.set_reference(images.detach(), space="image")
    azimuths = torch.linspace(0, 270, batch)
    total = 10_000
    start = int(0.9 * total)  # the bridge's second stage; the annealed t range for all
    sums = dict(encode=0.0, unet=0.0, step=0.0, backward=0.0)
    skipped = 0
    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
    for i in range(warmup + steps):
        prior.encode_s = prior.unet_s = 0.0
        sync()
        t0 = time.perf_counter()
        _, loss, diag = guidance.step(images, "a DSLR photo of a red flower", azimuths, start + i,
                                      total, space="image")
        sync()
        t1 = time.perf_counter()
        loss.backward()
        images.grad = None
        sync()
        t2 = time.perf_counter()
        if i >= warmup:
            sums["encode"] += prior.encode_s
            sums["unet"] += prior.unet_s
            sums["step"] += t1 - t0
            sums["backward"] += t2 - t1
            skipped += int(diag["skipped"])
    if method == "vsd":
        guidance.particle.remove()
    ms = {k: 1000.0 * v / steps for k, v in sums.items()}
    return {"method": method, "batch": batch, "encode_ms": ms["encode"], "unet_ms": ms["unet"],
            "rest_ms": ms["step"] - ms["encode"] - ms["unet"], "backward_ms": ms["backward"],
            "total_ms": ms["step"] + ms["backward"], "skipped_steps": skipped,
            **({"stage": diag["stage"]} if "stage" in diag else {})}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="JSON file to write the results to")
    parser.add_argument("--device", default=None, help="cuda or cpu (default: cuda if available)")
    parser.add_argument("--steps", type=int, default=None, help="timed steps (default 20 GPU, 3 CPU)")
    parser.add_argument("--warmup", type=int, default=None, help="untimed steps (default 5 GPU, 1 CPU)")
    parser.add_argument("--batches", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--methods", nargs="+", default=list(GUIDANCES), choices=list(GUIDANCES))
    args = parser.parse_args(argv)

    device = torch.device(args.device or ("cuda" if torch.cuda.is_available() else "cpu"))
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
        config = "SD 2.1-base sized, random weights, fp16, 512x512"
        base = sd21_base_random_prior(device)
        size, steps, warmup = 512, args.steps or 20, args.warmup or 5
    else:
        from sketch2real.guidance.priors.tiny_random import build_tiny_sd_components

        config = "CPU: tiny random model, fp32, 64x64 -- NOT representative of SD 2.1-base"
        print(f"bench_guidance: no CUDA; running the tiny config ({config})")
        base = StableDiffusionPrior.from_components(build_tiny_sd_components(0), device,
                                                    torch.float32, name="tiny-random")
        size, steps, warmup = 64, args.steps or 3, args.warmup or 1

    # VSD adds a LoRA adapter to the shared UNet (removed after its run; peft's layer wrappers
    # stay), so it runs last in each batch and SDS and the bridge are timed on the same UNet.
    methods = sorted(args.methods, key=lambda m: m == "vsd")
    results = []
    for batch in args.batches:
        for method in methods:
            prior = TimedPrior(base, device)
            row = bench_one(prior, method, batch, size, steps, warmup, device)
            results.append(row)
            print(f"{method:>6} B={batch}: total {row['total_ms']:8.1f} ms = encode "
                  f"{row['encode_ms']:7.1f} + unet {row['unet_ms']:7.1f} + rest {row['rest_ms']:6.1f}"
                  f" + backward {row['backward_ms']:7.1f}"
                  + (f"  ({row['skipped_steps']} skipped)" if row["skipped_steps"] else ""))
    summary = {}
    by = {(r["method"], r["batch"]): r for r in results}
    for batch in args.batches:
        sds = by.get(("sds", batch))
        if sds is None:
            continue
        for method in ("bridge", "vsd", "nfsd", "csd", "dds"):
            if (method, batch) in by:
                summary[f"{method}_over_sds_b{batch}"] = by[(method, batch)]["total_ms"] / sds["total_ms"]
    for key, value in summary.items():
        print(f"{key}: {value:.3f}")
    report = {"config": config, "device": str(device),
              "device_name": torch.cuda.get_device_name(device) if device.type == "cuda" else platform.processor(),
              "torch": torch.__version__, "image_size": size, "steps": steps, "warmup": warmup,
              "results": results, "summary": summary}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
