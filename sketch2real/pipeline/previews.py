"""Preview meshes off the GPU loop: decimation and conversion in a worker thread.

The loop hands over a detached CPU copy of the current mesh and its vertex colours (one small
device-to-host copy); the worker decimates it to the preview budget (vertex clustering, pure
numpy) and moves it to the sketch's frame. At most one preview is in flight: while the worker is busy, the loop skips previews
rather than queueing them, so previews never hold the loop up. Finished previews are collected
by the loop (``poll``) and emitted from the loop's own thread, so ``on_event`` is only ever
called from one thread.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from sketch2real.geometry.cluster_decimate import cluster_decimate
from sketch2real.geometry.normalize import Normalization
from sketch2real.pipeline.events import Preview

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PreviewOptions:
    """When and how coarse the preview meshes are."""

    interval_s: float = 2.0
    """Least seconds between two previews (the loop skips one while the last is being built)."""
    max_faces: int = 5_000
    """Face budget of a preview mesh."""


def make_preview(stage: str, step: int, verts_n: np.ndarray, faces: np.ndarray,
                 colors: np.ndarray, norm: Normalization, max_faces: int) -> Preview:
    """A ``Preview`` from a mesh in the normalised frame: ``verts_n`` [V,3], ``faces`` [F,3],
    ``colors`` [V,3] float in [0, 1]; decimated to ``max_faces``, moved to the sketch's frame."""
    rgba = np.concatenate([np.clip(colors, 0.0, 1.0), np.ones_like(colors[:, :1])], axis=1)
    v, f, c = cluster_decimate(verts_n, faces, max_faces, colors=rgba)
    v = norm.to_sketch(v).astype(np.float32)
    c8 = (np.clip(c, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)
    return Preview(stage=stage, step=int(step), vertices=v, faces=f.astype(np.uint32), colors=c8)


class PreviewWorker:
    """One background thread that builds previews (see the module docstring)."""

    def __init__(self, norm: Normalization, max_faces: int):
        # No native mesh library runs in this thread: with pymeshlab's quadric decimation here
        # (pymeshlab imported off the main thread, xatlas used later) about 1 run in 5 aborted
        # at exit with "malloc_consolidate(): unaligned fastbin chunk detected".
        self.norm = norm
        self.max_faces = max_faces
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sketch2real-preview")
        self._pending: Future | None = None

    @property
    def busy(self) -> bool:
        return self._pending is not None and not self._pending.done()

    def submit(self, stage: str, step: int, verts_n: np.ndarray, faces: np.ndarray,
               colors: np.ndarray) -> bool:
        """Start building a preview; False (and nothing done) while the previous one is busy."""
        if self.busy:
            return False
        self._pending = self._pool.submit(make_preview, stage, step, verts_n, faces, colors,
                                          self.norm, self.max_faces)
        return True

    def poll(self, wait: bool = False) -> list[Preview]:
        """The finished preview, if any (``wait``: block until the pending one is done)."""
        fut = self._pending
        if fut is None or not (wait or fut.done()):
            return []
        self._pending = None
        try:
            return [fut.result()]
        except Exception as err:  # a preview must never fail the job
            log.warning("preview failed: %s", err)
            return []

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
