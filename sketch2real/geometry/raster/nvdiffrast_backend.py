"""nvdiffrast backend (CUDA). Imported only when a CUDA rasterizer is asked for.

Import shim: nvdiffrast 0.3.3 (PyPI ``diffrp-nvdiffrast``) JIT-builds its plugin with
``torch.utils.cpp_extension`` and then imports it by name, but newer torch no longer puts the
build directory on ``sys.path``, so the import fails right after a successful build. We put that
directory (named the way nvdiffrast's ``ops.py`` names its plugin) on ``sys.path`` before the
first ``RasterizeCudaContext``.
"""

from __future__ import annotations

import logging
import re
import sys

import torch

from .base import check_inputs

log = logging.getLogger(__name__)


def import_nvdiffrast():
    """Import ``nvdiffrast.torch`` with the build-directory shim applied. Raises ImportError with
    an install hint when the package is missing."""
    try:
        import nvdiffrast
        import nvdiffrast.torch as dr
    except ImportError as err:
        raise ImportError(
            "nvdiffrast is not installed: pip install 'sketch2real[cuda]' "
            "(PyPI package diffrp-nvdiffrast; it builds its CUDA plugin on first use)") from err
    plugin_name = re.sub(r"\W|^(?=\d)", "_",
                         f"nvdiffrast_plugin_{nvdiffrast.__version__}_torch{torch.__version__}")
    try:
        from torch.utils.cpp_extension import _get_build_directory

        build_dir = _get_build_directory(plugin_name, False)
        if build_dir not in sys.path:
            sys.path.insert(0, build_dir)
    except Exception as err:  # private torch API: degrade to nvdiffrast's own behaviour
        log.warning("nvdiffrast import shim not applied (%s)", err)
    return dr


class NvdiffrastRasterizer:
    """``RasterBackend`` on nvdiffrast's CUDA rasterizer."""

    name = "nvdiffrast"

    def __init__(self, device: torch.device | str = "cuda"):
        self._dr = import_nvdiffrast()
        self.device = torch.device(device)
        self._ctx = self._dr.RasterizeCudaContext(device=self.device)
        self._smoke_test()

    def _smoke_test(self) -> None:
        """Rasterize one triangle at 8 x 8 and wait for it: a plugin that loads but whose kernels
        cannot run on this GPU fails here, where the caller can still fall back, not in the loop."""
        v = torch.tensor([[[-0.5, -0.5, 0.0, 1.0], [0.5, -0.5, 0.0, 1.0], [0.0, 0.5, 0.0, 1.0]]],
                         device=self.device)
        t = torch.tensor([[0, 1, 2]], dtype=torch.int32, device=self.device)
        rast = self.rasterize(v, t, (8, 8))
        if not bool((rast[..., 3] > 0).any()):
            raise RuntimeError("nvdiffrast's smoke test drew nothing")

    def rasterize(self, v_clip: torch.Tensor, t_idx: torch.Tensor,
                  resolution: tuple[int, int]) -> torch.Tensor:
        check_inputs(v_clip, t_idx)
        rast, _ = self._dr.rasterize(self._ctx, v_clip.contiguous(), t_idx.contiguous(),
                                     resolution=[int(resolution[0]), int(resolution[1])],
                                     grad_db=False)
        return rast

    def interpolate(self, attr: torch.Tensor, rast: torch.Tensor, t_idx: torch.Tensor) -> torch.Tensor:
        if attr.ndim == 2:
            attr = attr.unsqueeze(0)
        out, _ = self._dr.interpolate(attr.contiguous(), rast, t_idx.contiguous())
        return out

    def antialias(self, color: torch.Tensor, rast: torch.Tensor, v_clip: torch.Tensor,
                  t_idx: torch.Tensor) -> torch.Tensor:
        return self._dr.antialias(color.contiguous(), rast, v_clip.contiguous(), t_idx.contiguous())
