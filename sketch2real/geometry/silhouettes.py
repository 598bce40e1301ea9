"""Filled silhouettes: the regions a view's strokes enclose.

A curve network seen from one view is a set of thin lines; the shape the person meant covers the
regions those lines enclose. Per view: close small gaps where strokes nearly meet (morphological
closing with a disk of ``close_px`` pixels), then fill every region not connected to the image
border ("holes").

A hole can be enclosed in one view by strokes that bound no common surface (a stem and a leaf
crossing in projection). ``support`` resolves that with the other views: given a mask of what a
3D shape carved from all views covers in this view, a hole is filled only where that shape covers
at least ``min_support`` of it. Runs on the CPU (scipy) whatever the device of the input.
"""

from __future__ import annotations

import numpy as np
import torch
from scipy import ndimage


def _disk(radius: int) -> np.ndarray:
    r = int(radius)
    y, x = np.mgrid[-r:r + 1, -r:r + 1]
    return (x * x + y * y) <= r * r


def fill_silhouettes(masks: torch.Tensor, close_px: int = 2, support: torch.Tensor | None = None,
                     min_support: float = 0.5) -> torch.Tensor:
    """[B,H,W] bool stroke coverage -> [B,H,W] bool filled silhouettes (same device).

    ``support`` [B,H,W] bool, optional: keep only the holes it covers by ``min_support`` or more.
    """
    m = masks.detach().to("cpu", torch.bool).numpy()
    sup = None if support is None else support.detach().to("cpu", torch.bool).numpy()
    out = np.empty_like(m)
    disk = _disk(close_px) if close_px > 0 else None
    for b in range(m.shape[0]):
        img = m[b]
        if disk is not None:
            # Pad so closing does not glue strokes to the border and block the fill.
            pad = close_px + 1
            img = np.pad(img, pad)
            img = ndimage.binary_closing(img, structure=disk)[pad:-pad, pad:-pad]
        img = img | m[b]
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
    return torch.from_numpy(out).to(masks.device)
