"""Filled silhouettes: the regions a view's strokes enclose.

A curve network seen from one view is a set of thin lines; the shape the person meant covers the
regions those lines enclose. Per view: close small gaps where strokes nearly meet (morphological
closing with a disk of ``close_px`` pixels), then fill every region not connected to the image
border ("holes").

A hole can be enclosed in one view by strokes that bound no common surface (a stem and a leaf
crossing in projection). ``support`` resolves that with the other views: given a mask of what a
3D shape carved from all views covers in this view, a hole is filled only where that shape covers
at least ``min_support`` of it. ``close_strokes`` and ``fill_holes`` are the two steps (so one
closing serves both a plain and a supported fill); ``fill_silhouettes`` does both. Runs on the CPU
(scipy) whatever the device of the input.
"""

from __future__ import annotations

import numpy as np
import torch
from scipy import ndimage


def _disk(radius: int) -> np.ndarray:
    r = int(radius)
    y, x = np.mgrid[-r:r + 1, -r:r + 1]
    return (x * x + y * y) <= r * r


def close_strokes(masks: torch.Tensor, close_px: int = 2) -> np.ndarray:
    """[B,H,W] bool stroke coverage -> [B,H,W] bool numpy, gaps up to about ``close_px`` closed."""
    m = masks.detach().to("cpu", torch.bool).numpy()
    if close_px <= 0:
        return m.copy()
    disk = _disk(close_px)
    pad = close_px + 1                  # so closing does not glue strokes to the border
    out = np.empty_like(m)
    for b in range(m.shape[0]):
        img = ndimage.binary_closing(np.pad(m[b], pad), structure=disk)[pad:-pad, pad:-pad]
        out[b] = img | m[b]
    return out


def fill_holes(closed: np.ndarray, support: torch.Tensor | None = None,
               min_support: float = 0.5, device: torch.device | str = "cpu") -> torch.Tensor:
    """Fill the regions ``closed`` [B,H,W] (from ``close_strokes``) encloses -> [B,H,W] bool on
    ``device``; with ``support`` [B,H,W] bool, only the holes it covers by ``min_support``."""
    sup = None if support is None else support.detach().to("cpu", torch.bool).numpy()
    out = np.empty_like(closed)
    for b in range(closed.shape[0]):
        img = closed[b]
        filled = ndimage.binary_fill_holes(img)
        if sup is not None:
            holes, n = ndimage.label(filled & ~img)
            if n:
                area = np.bincount(holes.ravel(), minlength=n + 1)
                covered = np.bincount(holes.ravel(), weights=sup[b].ravel(), minlength=n + 1)
                keep = covered >= min_support * np.maximum(area, 1)
                keep[0] = False
                filled = img | keep[holes]
        out[b] = filled
    return torch.from_numpy(out).to(device)


def fill_silhouettes(masks: torch.Tensor, close_px: int = 2, support: torch.Tensor | None = None,
                     min_support: float = 0.5) -> torch.Tensor:
    """[B,H,W] bool stroke coverage -> [B,H,W] bool filled silhouettes (same device): the two
    steps above in one call. ``support``: keep only the holes it covers by ``min_support``."""
    return fill_holes(close_strokes(masks, close_px), support, min_support, masks.device)
