"""Filled silhouettes: the regions a view's strokes enclose.

A curve network seen from one view is a set of thin lines; the shape the person meant covers the
regions those lines enclose. Per view: close small gaps where strokes nearly meet (morphological
closing with a disk of ``close_px`` pixels), then fill every region not connected to the image
border. Runs on the CPU (scipy) whatever the device of the input.
"""

from __future__ import annotations

import numpy as np
import torch
from scipy import ndimage


def _disk(radius: int) -> np.ndarray:
    r = int(radius)
    y, x = np.mgrid[-r:r + 1, -r:r + 1]
    return (x * x + y * y) <= r * r


def fill_silhouettes(masks: torch.Tensor, close_px: int = 2) -> torch.Tensor:
    """[B,H,W] bool stroke coverage -> [B,H,W] bool filled silhouettes (same device)."""
    m = masks.detach().to("cpu", torch.bool).numpy()
    out = np.empty_like(m)
    disk = _disk(close_px) if close_px > 0 else None
    for b in range(m.shape[0]):
        img = m[b]
        if disk is not None:
            # Pad so closing does not glue strokes to the border and block the fill.
            pad = close_px + 1
            img = np.pad(img, pad)
            img = ndimage.binary_closing(img, structure=disk)[pad:-pad, pad:-pad]
        out[b] = ndimage.binary_fill_holes(img) | m[b]
    return torch.from_numpy(out).to(masks.device)
