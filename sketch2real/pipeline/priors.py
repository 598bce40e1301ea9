"""Who owns the diffusion prior: an explicit object held by whoever runs jobs (the CLI for one
run over many sketches, the server's worker, a cluster worker), never a module-level cache.

Loading Stable Diffusion takes seconds and gigabytes, so the owner keeps the last prior it
loaded and hands the same one to the next job that asks for the same model, device and seed
(the seed only matters for ``tiny-random``, whose weights it draws). A different one replaces it
(the old one is dropped first, so two never sit in memory together).

    owner = PriorOwner()
    prior = owner.get(plan.model, plan.device, plan.seed)
    Refiner(plan, prior).run(sketch, out_dir)

Thread-safe: one lock around loading.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

import torch

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


class PriorOwner:
    """Loads priors on demand and keeps the last one warm (see the module docstring)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._key: PriorKey | None = None
        self._prior: Prior | None = None
        self.load_seconds: float | None = None
        """Seconds the last load took (None: nothing loaded yet, or a prior was installed)."""

    def get(self, model: str, device: torch.device | str, seed: int = 0) -> Prior:
        """The prior for ``model`` on ``device``, loaded now unless it is the one held.
        Raises ``PriorNotFoundError`` / ``PriorLoadError`` (``ModelUnavailable``)."""
        key = PriorKey.of(model, device, seed)
        with self._lock:
            if self._prior is not None and self._key == key:
                return self._prior
            self._key, self._prior = None, None
            t0 = time.perf_counter()
            prior = load_prior(model, device, seed=seed)
            self.load_seconds = time.perf_counter() - t0
            log.info("loaded prior %s on %s in %.1f s", model, key.device, self.load_seconds)
            self._key, self._prior = key, prior
            return prior

    def put(self, model: str, device: torch.device | str, prior: Prior, seed: int = 0) -> None:
        """Hold ``prior`` as the one for (``model``, ``device``, ``seed``): benchmarks and tests
        run the pipeline on an in-memory model (e.g. SD 2.1-base-sized random weights)."""
        with self._lock:
            self._key, self._prior = PriorKey.of(model, device, seed), prior
            self.load_seconds = None

    @property
    def held(self) -> PriorKey | None:
        """What is loaded now (None: nothing)."""
        return self._key

    def clear(self) -> None:
        """Drop the held prior."""
        with self._lock:
            self._key, self._prior = None, None
