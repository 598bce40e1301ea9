"""The most recently used prior, kept loaded between jobs (loading Stable Diffusion takes seconds
and gigabytes; a CLI run over a folder or a server worker reuses it). One entry, guarded by a
lock; a different model, device or seed replaces it."""

from __future__ import annotations

import threading

import torch

from sketch2real.guidance import load_prior
from sketch2real.guidance.protocol import Prior

_lock = threading.Lock()
_cached: tuple[tuple, Prior] | None = None


def _key(model: str, device: torch.device | str, seed: int) -> tuple:
    return (model, str(torch.device(device)), seed if model == "tiny-random" else None)


def get_prior(model: str, device: torch.device | str, seed: int = 0) -> Prior:
    """``load_prior(model, device, seed=seed)``, reusing the last one when it matches (the seed
    only matters for ``tiny-random``, whose weights it draws)."""
    global _cached
    key = _key(model, device, seed)
    with _lock:
        if _cached is not None and _cached[0] == key:
            return _cached[1]
        _cached = None                      # free the old one before loading the new one
        prior = load_prior(model, device, seed=seed)
        _cached = (key, prior)
        return prior


def set_prior(model: str, device: torch.device | str, prior: Prior, seed: int = 0) -> None:
    """Make ``prior`` what ``get_prior(model, device, seed)`` returns (benchmarks and tests use
    it to run the pipeline on an in-memory model, e.g. SD 2.1-base sized random weights)."""
    global _cached
    key = _key(model, device, seed)
    with _lock:
        _cached = (key, prior)


def clear() -> None:
    """Drop the cached prior."""
    global _cached
    with _lock:
        _cached = None
