"""Prompts: the artifact description of the bridge, view-dependent suffixes, an embedding cache.

View directions follow DreamFusion/threestudio: azimuth in degrees with 0 = the front of the
object (the direction it faces), any sign or wrap-around; elevation in degrees above the horizon.
``overhead`` wins above ``overhead_threshold``; otherwise ``front`` within ``front_threshold`` of
0, ``back`` within ``back_threshold`` of 180, ``side`` in between. The suffix is appended last:
``"a red flower, oversaturated, ..., malformed, side view"`` (as the official bridge code does).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Sequence

import torch

from sketch2real.guidance.errors import GuidanceConfigError

ARTIFACT_SUFFIX = (", oversaturated, smooth, pixelated, cartoon, foggy, hazy, blurry, "
                   "bad structure, noisy, malformed")
"""The paper's description of SDS artifacts, appended to y_tgt to make y_src (section 2.4)."""

PAINTING_SUFFIX = ", painting"
"""The paper's domain descriptor for painting-to-real (section 3.3)."""

NFSD_NEGATIVE = ("unrealistic, blurry, low quality, out of focus, ugly, low contrast, dull, dark, "
                 "low-resolution, gloomy")
"""NFSD's negative prompt y_neg (Katzir et al.)."""

CSD_NEGATIVE = "oversaturated color, ugly, tiling, low quality, noise, ugly pattern"
"""Negative prompt of CSD's second term (Yu et al.)."""

VIEW_DIRECTIONS = ("front", "side", "back", "overhead")
"""The view directions a prompt can be suffixed with."""


@dataclass(frozen=True)
class ViewConfig:
    """How azimuth/elevation map to a view direction word."""

    front_threshold: float = 30.0
    """Half-width in degrees of the azimuth range called ``front`` (official bridge config: 30)."""
    back_threshold: float = 30.0
    """Half-width in degrees, around 180, of the azimuth range called ``back``."""
    overhead_threshold: float = 60.0
    """Elevation in degrees above which the view is ``overhead``."""


def check_prompt(prompt: object, what: str = "prompt") -> str:
    """Return ``prompt`` stripped, or raise GuidanceConfigError if it is not a non-empty string."""
    if not isinstance(prompt, str) or not prompt.strip():
        raise GuidanceConfigError(f"{what} must be a non-empty text, got {prompt!r}")
    return prompt.strip()


def view_direction(azimuth_deg: float, elevation_deg: float = 0.0,
                   config: ViewConfig = ViewConfig()) -> str:
    """The direction word for one camera (see the module docstring for the convention)."""
    if elevation_deg > config.overhead_threshold:
        return "overhead"
    az = (float(azimuth_deg) + 180.0) % 360.0 - 180.0  # to [-180, 180)
    if abs(az) < config.front_threshold:
        return "front"
    if abs(az) > 180.0 - config.back_threshold:
        return "back"
    return "side"


def directions_for_batch(views: Sequence[str] | torch.Tensor | None, batch: int,
                         config: ViewConfig = ViewConfig()) -> list[str | None]:
    """One direction word (or None: no suffix) per sample.

    ``views`` is None, a sequence of direction words, a tensor of azimuths [B] in degrees, or a
    tensor [B,2] of (azimuth, elevation) in degrees.
    """
    if views is None:
        return [None] * batch
    if isinstance(views, torch.Tensor):
        v = views.detach().float().cpu()
        if v.ndim == 1:
            v = torch.stack([v, torch.zeros_like(v)], dim=1)
        if v.ndim != 2 or v.shape[1] != 2 or v.shape[0] != batch:
            raise GuidanceConfigError(
                f"views must be azimuths [B] or (azimuth, elevation) [B,2] with B={batch}, "
                f"got shape {tuple(views.shape)}")
        if not torch.isfinite(v).all():
            raise GuidanceConfigError("views contain NaN or inf angles")
        return [view_direction(float(a), float(e), config) for a, e in v.tolist()]
    views = list(views)
    if len(views) != batch:
        raise GuidanceConfigError(f"got {len(views)} view directions for a batch of {batch}")
    for d in views:
        if d not in VIEW_DIRECTIONS:
            raise GuidanceConfigError(
                f"unknown view direction {d!r}; known: {', '.join(VIEW_DIRECTIONS)}")
    return views


def view_prompt(text: str, direction: str | None) -> str:
    """``text`` with the view suffix of ``direction`` appended (unchanged for None)."""
    return text if direction is None else f"{text}, {direction} view"


class EmbeddingCache:
    """Prompt text -> embedding, computed in batches by ``encode_fn`` and kept (LRU, bounded).

    ``encode_fn(list_of_texts) -> Tensor [N,...]`` is called once per ``get`` for the texts not
    cached yet.
    """

    def __init__(self, encode_fn: Callable[[list[str]], torch.Tensor], max_items: int = 512):
        self._encode_fn = encode_fn
        self._max_items = max_items
        self._items: OrderedDict[str, torch.Tensor] = OrderedDict()
        self.misses = 0
        """How many texts were encoded (for tests and logs)."""

    def get(self, texts: Sequence[str]) -> torch.Tensor:
        """Embeddings [len(texts),...] for ``texts`` (duplicates allowed)."""
        texts = list(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self._items))
        if missing:
            new = self._encode_fn(missing)
            self.misses += len(missing)
            for text, emb in zip(missing, new):
                self._items[text] = emb
        out = []
        for text in texts:
            self._items.move_to_end(text)
            out.append(self._items[text])
        while len(self._items) > self._max_items:
            self._items.popitem(last=False)
        return torch.stack(out, dim=0)

    def __len__(self) -> int:
        return len(self._items)
