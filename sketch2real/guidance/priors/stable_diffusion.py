"""Stable Diffusion 1.x / 2.x through diffusers, behind the prior protocol.

Loads the five components of a diffusers Stable Diffusion folder (``unet``, ``vae``,
``text_encoder``, ``tokenizer``, ``scheduler``) from a Hugging Face model id (from the local
cache when ``HF_HUB_OFFLINE=1``) or from a local folder with that layout (what
``StableDiffusionPipeline.save_pretrained`` writes). Weights are frozen and in eval mode; fp16 or
bf16 on CUDA, fp32 on CPU. Prompt embeddings are cached. Noise predictions are always returned as
eps: v-prediction models (SD 2.x 768) are converted with eps = sqrt(ab) v + sqrt(1-ab) x_t.

Speed (CUDA): the UNet's weights are channels-last by default (its convolutions take the faster
NHWC kernels; the VAE stays contiguous, where channels-last measured slower, ``docs/gpu.md``).
``compile_unet()`` wraps the UNet in ``torch.compile`` (default mode; never max-autotune, which
autotuned for over 9 minutes) and ``warm_up(batches)`` compiles it for those batch sizes now.
Whoever owns the prior compiles it once per process (``pipeline/priors.py``), never per job.
Once VSD has put a LoRA adapter on the UNet, the prior runs the UNet eagerly from then on
(its compiled graph no longer matches the modules).

diffusers, transformers and peft are imported inside functions, never at module load.
"""

from __future__ import annotations

import logging
import os
import re
import time
from typing import Any, Sequence

import torch

from sketch2real.guidance.errors import GuidanceConfigError, PriorLoadError, PriorNotFoundError
from sketch2real.guidance.prompts import EmbeddingCache

log = logging.getLogger(__name__)

DEFAULT_MODEL = "stabilityai/stable-diffusion-2-1-base"
"""The model the paper's official 3D setting uses."""

COMPONENTS = ("unet", "vae", "text_encoder", "tokenizer", "scheduler")
"""Sub-folders of a diffusers Stable Diffusion folder that we load."""

COMPILE_MODES = ("default", "reduce-overhead")
"""``torch.compile`` modes ``compile_unet`` accepts (max-autotune is refused: it autotuned for
over 9 minutes on an H100)."""

_HUB_ID_RE = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


def hub_offline() -> bool:
    """True when ``HF_HUB_OFFLINE`` asks huggingface_hub not to touch the network."""
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


def hub_cache_dir() -> str:
    """The Hugging Face cache folder models are looked for in (honours HF_HUB_CACHE/HF_HOME)."""
    if os.environ.get("HF_HUB_CACHE"):
        return os.environ["HF_HUB_CACHE"]
    home = os.environ.get("HF_HOME") or os.path.join(os.path.expanduser("~"), ".cache", "huggingface")
    return os.path.join(home, "hub")


def resolve_dtype(device: torch.device, dtype: torch.dtype | str | None) -> torch.dtype:
    """The weight dtype: fp16 by default on CUDA, fp32 on CPU; fp16/bf16 only on CUDA."""
    names = {"fp16": torch.float16, "float16": torch.float16, "half": torch.float16,
             "bf16": torch.bfloat16, "bfloat16": torch.bfloat16,
             "fp32": torch.float32, "float32": torch.float32, "float": torch.float32}
    if dtype is None:
        return torch.float16 if device.type == "cuda" else torch.float32
    if isinstance(dtype, str):
        if dtype.lower() not in names:
            raise GuidanceConfigError(f"unknown dtype {dtype!r}; use fp16, bf16 or fp32")
        dtype = names[dtype.lower()]
    if dtype not in (torch.float16, torch.bfloat16, torch.float32):
        raise GuidanceConfigError(f"unsupported dtype {dtype}; use fp16, bf16 or fp32")
    if device.type == "cpu" and dtype != torch.float32:
        raise PriorLoadError(f"{dtype} weights need CUDA; on the CPU use fp32")
    return dtype


def resolve_device(device: torch.device | str) -> torch.device:
    """``device`` as a torch.device, checking that CUDA exists when asked for."""
    try:
        dev = torch.device(device)
    except (RuntimeError, TypeError) as err:
        raise GuidanceConfigError(f"unknown device {device!r}; use cpu or cuda") from err
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise PriorLoadError("device cuda asked for, but PyTorch sees no CUDA GPU; use --device cpu")
    if dev.type not in ("cpu", "cuda"):
        raise GuidanceConfigError(f"unsupported device {device!r}; use cpu or cuda")
    return dev


def _how_to_get(model: str) -> str:
    return (f"get them on a machine with network with `hf download {model}` "
            f"(then copy the cache, or save the pipeline with save_pretrained and pass the folder "
            f"with --model PATH)")


def _check_local_folder(path: str) -> None:
    missing = [c for c in COMPONENTS if not os.path.isdir(os.path.join(path, c))]
    if missing:
        raise PriorNotFoundError(
            f"{path} is not a Stable Diffusion folder: missing {', '.join(m + '/' for m in missing)} "
            f"(expected model_index.json with unet/, vae/, text_encoder/, tokenizer/, scheduler/ "
            f"as written by StableDiffusionPipeline.save_pretrained)")


def _place(module: Any, device: torch.device, dtype: torch.dtype) -> Any:
    """``module`` on ``device`` in ``dtype``, frozen, in eval mode (casts only when needed)."""
    module = module.to(device)
    if next(module.parameters()).dtype != dtype:
        module = module.to(dtype)
    return module.eval().requires_grad_(False)


class LoRAParticleModel:
    """VSD's particle model on Stable Diffusion: a peft LoRA adapter on the prior's own UNet.

    The adapter is switched on only inside ``predict_noise`` (and off again after), so the
    prior's own predictions stay those of the frozen pretrained UNet. LoRA weights are float32
    and start at zero (B = 0), so the model first predicts what the pretrained UNet predicts.
    """

    default_lr = 1e-4
    """The VSD paper's LoRA learning rate."""

    def __init__(self, prior: "StableDiffusionPrior", rank: int, seed: int):
        from peft import LoraConfig

        self.prior = prior
        self.adapter_name = f"vsd_{id(self):x}"
        unet = prior.unet
        prior.use_eager_unet("VSD adds a LoRA adapter to the UNet")
        with torch.random.fork_rng(devices=[prior.device] if prior.device.type == "cuda" else []):
            torch.manual_seed(seed)
            unet.add_adapter(LoraConfig(r=rank, lora_alpha=rank, init_lora_weights=True,
                                        target_modules=["to_q", "to_k", "to_v", "to_out.0"]),
                             adapter_name=self.adapter_name)
        self._params: list[torch.nn.Parameter] = []
        for name, p in unet.named_parameters():
            if f".{self.adapter_name}." in name or name.endswith(f".{self.adapter_name}"):
                p.data = p.data.float()
                self._params.append(p)
        if not self._params:
            raise PriorLoadError("peft added no LoRA weights to this UNet (no attention layers?)")
        self._switch_off()

    def parameters(self):
        """The LoRA weights (float32)."""
        return iter(self._params)

    def predict_noise(self, x_t: torch.Tensor, t: torch.Tensor, emb: torch.Tensor) -> torch.Tensor:
        """eps of the UNet with this adapter on, differentiable with respect to the LoRA weights."""
        unet = self.prior.unet
        unet.set_adapter(self.adapter_name)
        unet.enable_adapters()
        try:
            return self.prior.predict_noise(x_t, t, emb)
        finally:
            self._switch_off()

    def _switch_off(self) -> None:
        # peft's disable_adapters() also sets requires_grad=False on the LoRA weights; autograd
        # skips accumulating into leaves that no longer require grad, so turn it back on (the
        # disabled adapter takes no part in the prior's own forward passes).
        self.prior.unet.disable_adapters()
        for p in self._params:
            p.requires_grad_(True)

    def remove(self) -> None:
        """Delete the adapter from the UNet (the prior is as loaded again)."""
        self.prior.unet.delete_adapters(self.adapter_name)
        self._params = []


class StableDiffusionPrior:
    """A Stable Diffusion 1.x/2.x model (UNet, VAE, CLIP text encoder) behind the prior protocol.

    Build with ``from_pretrained`` (model id or folder) or ``from_components`` (modules in memory,
    e.g. ``priors.tiny_random.build_tiny_sd_components``).
    """

    def __init__(self, name: str, unet: Any, vae: Any, text_encoder: Any, tokenizer: Any,
                 scheduler: Any, device: torch.device, dtype: torch.dtype,
                 unet_channels_last: bool | None = None):
        cfg = unet.config
        if getattr(cfg, "addition_embed_type", None) is not None:
            raise PriorLoadError(f"{name}: SDXL-style UNets (addition_embed_type="
                                 f"{cfg.addition_embed_type}) are not supported; use SD 1.x/2.x")
        if cfg.in_channels != cfg.out_channels or cfg.in_channels != vae.config.latent_channels:
            raise PriorLoadError(f"{name}: UNet in/out channels {cfg.in_channels}/{cfg.out_channels} "
                                 f"do not match the VAE latents ({vae.config.latent_channels}); "
                                 f"inpainting/depth models are not supported")
        prediction_type = scheduler.config.prediction_type
        if prediction_type not in ("epsilon", "v_prediction"):
            raise PriorLoadError(f"{name}: prediction_type {prediction_type!r} is not supported "
                                 f"(epsilon or v_prediction)")
        self.name = name
        self.device = device
        self.dtype = dtype
        self.unet = _place(unet, device, dtype)
        if unet_channels_last is None:
            unet_channels_last = device.type == "cuda"
        if unet_channels_last:
            self.unet = self.unet.to(memory_format=torch.channels_last)
        self.unet_channels_last = bool(unet_channels_last)
        """The UNet's weights are channels-last (NHWC)."""
        self._unet_compiled: Any = None
        self._eager_reason = ""
        self.compile_seconds: float | None = None
        """Seconds ``warm_up`` spent compiling (None: not compiled)."""
        self.vae = _place(vae, device, dtype)
        self.text_encoder = _place(text_encoder, device, dtype)
        self.tokenizer = tokenizer
        self.scheduler = scheduler
        self.prediction_type = prediction_type
        self.num_train_timesteps = int(scheduler.config.num_train_timesteps)
        self.alphas_cumprod = scheduler.alphas_cumprod.detach().float().to(device)
        self.latent_channels = int(cfg.in_channels)
        self.latent_scale = 2 ** (len(vae.config.block_out_channels) - 1)
        sample_size = cfg.sample_size
        if isinstance(sample_size, (tuple, list)):
            sample_size = sample_size[0]
        self.image_size = int(sample_size) * self.latent_scale if sample_size else None
        self.scaling_factor = float(vae.config.scaling_factor)
        self.max_length = int(min(getattr(tokenizer, "model_max_length", 77),
                                  text_encoder.config.max_position_embeddings))
        self._cache = EmbeddingCache(self._encode_uncached)

    # ----- construction -----------------------------------------------------------------------

    @classmethod
    def from_components(cls, components: dict[str, Any], device: torch.device | str = "cpu",
                        dtype: torch.dtype | str | None = None, name: str = "in-memory",
                        unet_channels_last: bool | None = None) -> "StableDiffusionPrior":
        """From modules in memory: ``components`` has the keys of ``COMPONENTS``.
        ``unet_channels_last``: None = on CUDA only."""
        dev = resolve_device(device)
        return cls(name, components["unet"], components["vae"], components["text_encoder"],
                   components["tokenizer"], components["scheduler"], dev, resolve_dtype(dev, dtype),
                   unet_channels_last)

    @classmethod
    def from_pretrained(cls, name_or_path: str, device: torch.device | str = "cpu",
                        dtype: torch.dtype | str | None = None) -> "StableDiffusionPrior":
        """From a model id (Hugging Face cache or hub) or a local diffusers folder.

        Raises PriorNotFoundError (one line: where we looked, how to get the weights) when the
        weights are not there, PriorLoadError when they cannot be used.
        """
        dev = resolve_device(device)
        weight_dtype = resolve_dtype(dev, dtype)
        path = os.path.expanduser(name_or_path)
        offline = hub_offline()
        if os.path.isdir(path):
            _check_local_folder(path)
            source, where = path, f"the folder {path}"
            local_only = True
        elif os.path.exists(path):
            raise PriorNotFoundError(f"{name_or_path} is a file; --model needs a Stable Diffusion "
                                     f"folder or a model id such as {DEFAULT_MODEL}")
        elif _HUB_ID_RE.match(name_or_path) and not name_or_path.startswith((".", "~")):
            source, local_only = name_or_path, offline
            where = (f"the Hugging Face cache {hub_cache_dir()}"
                     + (" (HF_HUB_OFFLINE=1: not on the network)" if offline else " and on the Hub"))
        else:
            raise PriorNotFoundError(
                f"model folder {name_or_path} does not exist and is not a model id like "
                f"{DEFAULT_MODEL}; pass --model PATH to a folder written by save_pretrained")

        from diffusers import AutoencoderKL, DDPMScheduler, UNet2DConditionModel
        from transformers import CLIPTextModel, CLIPTokenizer

        kwargs = dict(local_files_only=local_only)
        try:
            scheduler = DDPMScheduler.from_pretrained(source, subfolder="scheduler", **kwargs)
            tokenizer = CLIPTokenizer.from_pretrained(source, subfolder="tokenizer", **kwargs)
            text_encoder = CLIPTextModel.from_pretrained(source, subfolder="text_encoder",
                                                         dtype=weight_dtype, **kwargs)
            vae = AutoencoderKL.from_pretrained(source, subfolder="vae", torch_dtype=weight_dtype, **kwargs)
            unet = UNet2DConditionModel.from_pretrained(source, subfolder="unet",
                                                        torch_dtype=weight_dtype, **kwargs)
        except (OSError, ValueError, KeyError) as err:
            # OSError covers EnvironmentError, huggingface_hub's LocalEntryNotFoundError and
            # connection errors; ValueError/KeyError cover configs that are not SD-shaped.
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            if isinstance(err, OSError):
                raise PriorNotFoundError(
                    f"Stable Diffusion weights for {name_or_path} not found in {where}: {first[:200]}; "
                    f"{_how_to_get(name_or_path)}") from err
            raise PriorLoadError(f"cannot load {name_or_path} as Stable Diffusion 1.x/2.x: {first[:200]}") from err
        log.info("loaded %s (%s, %s) from %s", name_or_path, weight_dtype, dev, where)
        return cls(name_or_path, unet, vae, text_encoder, tokenizer, scheduler, dev, weight_dtype)

    # ----- the prior protocol ------------------------------------------------------------------

    def _encode_uncached(self, prompts: list[str]) -> torch.Tensor:
        tokens = self.tokenizer(prompts, padding="max_length", max_length=self.max_length,
                                truncation=True, return_tensors="pt")
        with torch.no_grad():
            emb = self.text_encoder(tokens.input_ids.to(self.device))[0]
        return emb.to(self.dtype)

    def encode_prompts(self, prompts: Sequence[str]) -> torch.Tensor:
        """CLIP last hidden states [N, L, D] in the model dtype (as StableDiffusionPipeline)."""
        return self._cache.get(prompts)

    def predict_noise(self, x_t: torch.Tensor, t: torch.Tensor, emb: torch.Tensor) -> torch.Tensor:
        """eps [B,4,h,w] float32; one UNet call for the whole batch (callers batch CFG)."""
        t = t.to(self.device)
        unet = self._unet_compiled if self._unet_compiled is not None else self.unet
        out = unet(x_t.to(self.dtype), t, encoder_hidden_states=emb.to(self.dtype),
                   return_dict=False)[0].float()
        if self.prediction_type == "v_prediction":
            ab = self.alphas_cumprod[t].view(-1, 1, 1, 1)
            out = ab.sqrt() * out + (1.0 - ab).sqrt() * x_t.float()
        return out

    def encode_images(self, images: torch.Tensor,
                      generator: torch.Generator | None = None) -> torch.Tensor:
        """[B,3,H,W] in [0,1] -> latents [B,4,H/8,W/8] float32 (posterior mean x scaling factor;
        with ``generator``, a posterior sample drawn with it, as the official bridge code does),
        differentiable with respect to ``images``."""
        posterior = self.vae.encode((images * 2.0 - 1.0).to(self.dtype)).latent_dist
        if generator is None:
            return posterior.mean.float() * self.scaling_factor
        noise = torch.randn(posterior.mean.shape, generator=generator, device=generator.device,
                            dtype=torch.float32).to(posterior.mean.device)
        return (posterior.mean.float() + posterior.std.float() * noise) * self.scaling_factor

    def decode_latents(self, latents: torch.Tensor) -> torch.Tensor:
        """latents [B,4,h,w] -> images [B,3,8h,8w] in [0,1] float32."""
        image = self.vae.decode((latents / self.scaling_factor).to(self.dtype)).sample.float()
        return (image * 0.5 + 0.5).clamp(0.0, 1.0)

    def make_particle_model(self, rank: int = 4, seed: int = 0) -> LoRAParticleModel:
        """A LoRA (peft) of ``rank`` on this UNet's attention projections, zero at the start."""
        return LoRAParticleModel(self, rank, seed)

    # ----- speed -------------------------------------------------------------------------------

    @property
    def compiled(self) -> bool:
        """True while noise predictions run through the compiled UNet."""
        return self._unet_compiled is not None

    def compile_unet(self, mode: str = "default", dynamic: bool | None = None,
                     backend: str = "inductor") -> None:
        """Run the UNet through ``torch.compile`` from now on. Nothing is compiled until the
        first call with a new batch size: call ``warm_up`` to do that now. ``dynamic=None``
        compiles the first batch size statically and one shape-generic graph at the second."""
        if mode not in COMPILE_MODES:
            raise GuidanceConfigError(f"compile mode {mode!r}: use one of {', '.join(COMPILE_MODES)}"
                                      " (max-autotune autotunes for many minutes)")
        if self._eager_reason:
            log.info("not compiling the UNet of %s: %s", self.name, self._eager_reason)
            return
        self._unet_compiled = torch.compile(self.unet, mode=mode, dynamic=dynamic, backend=backend)

    def warm_up(self, batches: Sequence[int] = (4,)) -> float:
        """One noise prediction per UNet batch size in ``batches`` (compiling the UNet for each
        when ``compile_unet`` was called; otherwise warming cuDNN and the allocator up). Returns
        the seconds it took, also kept in ``compile_seconds`` when compiled."""
        if self.image_size is None:
            raise GuidanceConfigError(f"{self.name} has no native size to warm up at")
        side = self.image_size // self.latent_scale
        emb = self.encode_prompts([""])
        t0 = time.perf_counter()
        for b in batches:
            x = torch.randn(int(b), self.latent_channels, side, side, device=self.device)
            t = torch.full((int(b),), self.num_train_timesteps // 2, device=self.device,
                           dtype=torch.long)
            with torch.no_grad():
                self.predict_noise(x, t, emb.repeat(int(b), 1, 1))
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)
        seconds = time.perf_counter() - t0
        if self.compiled:
            self.compile_seconds = (self.compile_seconds or 0.0) + seconds
            log.info("compiled the UNet of %s for batch sizes %s in %.1f s", self.name,
                     list(batches), seconds)
        return seconds

    def use_eager_unet(self, reason: str) -> None:
        """Run the UNet eagerly from now on (its modules are about to change)."""
        if self._unet_compiled is not None:
            log.info("running the UNet of %s eagerly from now on: %s", self.name, reason)
        self._unet_compiled = None
        self._eager_reason = reason
