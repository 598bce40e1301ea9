"""Who owns the diffusion prior: an explicit object held by whoever runs jobs (the CLI for one
run over many sketches, the server's worker, a cluster worker), never a module-level cache.

Loading Stable Diffusion takes seconds and gigabytes, so the owner keeps the last prior it
loaded and hands the same one to the next job that asks for the same model, device and seed
(the seed only matters for ``tiny-random``, whose weights it draws). A different one replaces it
(the old one is dropped first, so two never sit in memory together).

    owner = PriorOwner()
    prior = owner.get(plan.model, plan.device, plan.seed)
    Refiner(plan, prior).run(sketch, out_dir)

``PriorOwner(compile=True)`` compiles the UNet of a Stable Diffusion prior on CUDA once, right
after loading it, for the UNet batch sizes of ``compile_batches`` (the server does this when it
starts with ``--compile``; ``compile_seconds`` says how long it took). The compiled prior stays
warm across jobs like any other; a batch size not warmed up compiles once more at its first
use (torch.compile then makes the batch dimension dynamic), never once per job.

Too little GPU memory to load the model is a ``ResourceLimit`` that says how much is free.

Thread-safe: one lock around loading.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

import torch

from sketch2real.errors import ResourceLimit
from sketch2real.guidance import load_prior
from sketch2real.guidance.protocol import Prior

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PriorKey:
    """What identifies a loaded prior."""

    model: str
    device: str
    seed: int | None
    """The seed its weights were drawn with (``tiny-random`` only; None otherwise)."""

    @classmethod
    def of(cls, model: str, device: torch.device | str, seed: int) -> "PriorKey":
        return cls(model, str(torch.device(device)), seed if model == "tiny-random" else None)


def unet_batches(views_per_step: int) -> tuple[int, ...]:
    """The UNet batch sizes a job with ``views_per_step`` views runs: SDS and the bridge put two
    prompts per view through one UNet call."""
    return (2 * int(views_per_step),)


class PriorOwner:
    """Loads priors on demand and keeps the last one warm (see the module docstring)."""

    def __init__(self, compile: bool = False, compile_batches: tuple[int, ...] | None = None,
                 compile_mode: str = "default", compile_backend: str = "inductor"):
        self._lock = threading.Lock()
        self._key: PriorKey | None = None
        self._prior: Prior | None = None
        self.load_seconds: float | None = None
        """Seconds the last load took (None: nothing loaded yet, or a prior was installed)."""
        self.compile = bool(compile)
        """Compile the UNet of each Stable Diffusion prior loaded on CUDA."""
        if compile_batches is None:
            from sketch2real.pipeline.presets import PRESETS

            compile_batches = unet_batches(PRESETS["standard"].views.views_per_step)
        self.compile_batches = tuple(int(b) for b in compile_batches)
        """UNet batch sizes compiled right after loading (default: the standard preset's)."""
        self.compile_mode = compile_mode
        self.compile_backend = compile_backend
        """``torch.compile``'s backend ("inductor"; "eager" only traces: CPU checks)."""
        self.compile_seconds: float | None = None
        """Seconds the last compile took (None: nothing compiled)."""

    def get(self, model: str, device: torch.device | str, seed: int = 0) -> Prior:
        """The prior for ``model`` on ``device``, loaded now unless it is the one held.
        Raises ``PriorNotFoundError`` / ``PriorLoadError`` (``ModelUnavailable``)."""
        key = PriorKey.of(model, device, seed)
        with self._lock:
            if self._prior is not None and self._key == key:
                return self._prior
            self._key, self._prior = None, None
            self.compile_seconds = None
            t0 = time.perf_counter()
            try:
                prior = load_prior(model, device, seed=seed)
            except torch.OutOfMemoryError as exc:
                raise ResourceLimit(_load_oom_message(model, key.device)) from exc
            self.load_seconds = time.perf_counter() - t0
            log.info("loaded prior %s on %s in %.1f s", model, key.device, self.load_seconds)
            if self.compile:
                self._compile(prior)
            self._key, self._prior = key, prior
            return prior

    def _compile(self, prior: Prior) -> None:
        """Compile the UNet of ``prior`` now (Stable Diffusion on CUDA; others are left be)."""
        compile_unet = getattr(prior, "compile_unet", None)
        if compile_unet is None or (prior.device.type != "cuda"
                                    and self.compile_backend == "inductor"):
            log.info("not compiling %s on %s: only Stable Diffusion UNets on CUDA are compiled",
                     prior.name, prior.device)
            return
        compile_unet(mode=self.compile_mode, backend=self.compile_backend)
        self.compile_seconds = prior.warm_up(self.compile_batches)
        log.info("compiled the UNet of %s in %.1f s (batch sizes %s)", prior.name,
                 self.compile_seconds, list(self.compile_batches))

    def put(self, model: str, device: torch.device | str, prior: Prior, seed: int = 0) -> None:
        """Hold ``prior`` as the one for (``model``, ``device``, ``seed``): benchmarks and tests
        run the pipeline on an in-memory model (e.g. SD 2.1-base-sized random weights). With
        ``compile`` it is compiled here, as a loaded one would be."""
        with self._lock:
            self.load_seconds = None
            self.compile_seconds = None
            if self.compile:
                self._compile(prior)
            self._key, self._prior = PriorKey.of(model, device, seed), prior

    @property
    def held(self) -> PriorKey | None:
        """What is loaded now (None: nothing)."""
        return self._key

    def clear(self) -> None:
        """Drop the held prior."""
        with self._lock:
            self._key, self._prior = None, None


def _load_oom_message(model: str, device: str) -> str:
    """One line for too little GPU memory while loading ``model``."""
    free = ""
    if device.startswith("cuda") and torch.cuda.is_available():
        try:
            free_b, total_b = torch.cuda.mem_get_info(torch.device(device))
            free = f" ({free_b / 2 ** 30:.1f} GB free of {total_b / 2 ** 30:.1f} GB)"
        except RuntimeError:
            pass
    return (f"out of GPU memory loading {model} on {device}{free}: Stable Diffusion 2.1-base "
            "in fp16 needs about 2.6 GB for its weights and a refinement job needs several GB "
            "more; free the GPU of other work, or use --device cpu with --model tiny-random or "
            "analytic for a smoke run")
