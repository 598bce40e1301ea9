"""``tiny-random``: Stable Diffusion's architecture, tiny and with seeded random weights.

For smoke runs of the whole pipeline on a CPU (it predicts noise of the right shape and dtype,
nothing meaningful). ``build_tiny_sd_components`` is also what tests save with
``save_pretrained`` to exercise the real loading path; ``save_tiny_random`` writes such a folder.

Sizes: latents 4 x 16 x 16, images 64 x 64 (VAE downsampling 4), CLIP text encoder with 2
layers of width 32 and a 16-token context, a byte-level vocabulary of printable ASCII.
"""

from __future__ import annotations

import json
import os
from typing import Any

import torch

LATENT_SIZE = 16
"""Side of the latents of the tiny model (the UNet's sample_size)."""
CONTEXT_LENGTH = 16
"""Tokens per prompt (CLIP uses 77; 16 keeps it tiny)."""


def tiny_clip_vocab() -> dict[str, int]:
    """A byte-level BPE vocabulary with no merges: the two CLIP specials, then every printable
    ASCII character alone and as a word end (``a`` and ``a</w>``). Text tokenises to characters."""
    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1}
    for code in range(33, 127):
        ch = chr(code)
        vocab[ch] = len(vocab)
        vocab[ch + "</w>"] = len(vocab)
    return vocab


def build_tiny_sd_components(seed: int = 0, vocab: dict[str, int] | None = None,
                             merges: list[str] | None = None) -> dict[str, Any]:
    """Fresh tiny ``unet``, ``vae``, ``text_encoder``, ``tokenizer``, ``scheduler`` (seeded, fp32,
    CPU), with Stable Diffusion's layout and noise schedule (scaled-linear, epsilon).

    ``vocab``/``merges``: a byte-level BPE vocabulary (default ``tiny_clip_vocab()``) and its
    merges as ``"a b"`` strings or pairs, in priority order."""
    from diffusers import AutoencoderKL, DDPMScheduler, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

    vocab = tiny_clip_vocab() if vocab is None else vocab
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        unet = UNet2DConditionModel(
            sample_size=LATENT_SIZE, in_channels=4, out_channels=4,
            down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
            up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
            block_out_channels=(32, 64), layers_per_block=1, cross_attention_dim=32,
            attention_head_dim=8, norm_num_groups=8)
        vae = AutoencoderKL(
            in_channels=3, out_channels=3,
            down_block_types=("DownEncoderBlock2D",) * 3, up_block_types=("UpDecoderBlock2D",) * 3,
            block_out_channels=(8, 16, 16), layers_per_block=1, latent_channels=4,
            norm_num_groups=8, sample_size=LATENT_SIZE * 4)
        text_encoder = CLIPTextModel(CLIPTextConfig(
            vocab_size=len(vocab), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
            num_attention_heads=4, max_position_embeddings=CONTEXT_LENGTH,
            bos_token_id=vocab["<|startoftext|>"], eos_token_id=vocab["<|endoftext|>"],
            pad_token_id=vocab["<|endoftext|>"]))
    pairs = [tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in (merges or [])]
    tokenizer = CLIPTokenizer(vocab=vocab, merges=pairs, model_max_length=CONTEXT_LENGTH)
    scheduler = DDPMScheduler(num_train_timesteps=1000, beta_start=0.00085, beta_end=0.012,
                              beta_schedule="scaled_linear", clip_sample=False,
                              prediction_type="epsilon", steps_offset=1)
    return {"unet": unet, "vae": vae, "text_encoder": text_encoder, "tokenizer": tokenizer,
            "scheduler": scheduler}


def save_tiny_random(path: str, seed: int = 0) -> str:
    """Write a tiny random Stable Diffusion folder (diffusers layout) to ``path``; returns it."""
    import diffusers

    components = build_tiny_sd_components(seed)
    os.makedirs(path, exist_ok=True)
    for name, module in components.items():
        module.save_pretrained(os.path.join(path, name))
    index = {
        "_class_name": "StableDiffusionPipeline", "_diffusers_version": diffusers.__version__,
        "feature_extractor": [None, None], "requires_safety_checker": False,
        "safety_checker": [None, None], "image_encoder": [None, None],
        "scheduler": ["diffusers", "DDPMScheduler"], "text_encoder": ["transformers", "CLIPTextModel"],
        "tokenizer": ["transformers", "CLIPTokenizer"], "unet": ["diffusers", "UNet2DConditionModel"],
        "vae": ["diffusers", "AutoencoderKL"]}
    with open(os.path.join(path, "model_index.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, indent=2)
    return path
