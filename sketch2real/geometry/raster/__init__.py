"""Rasterizer backends behind one interface (``RasterBackend``), mirroring nvdiffrast's
rasterize / interpolate / antialias so the CUDA path and the CPU reference are interchangeable.

``get_rasterizer(device)`` picks nvdiffrast on CUDA and the pure-PyTorch backend on CPU. When
nvdiffrast is missing, fails to build its plugin or fails to load on a CUDA machine, it falls
back to the PyTorch backend on the GPU with one warning per process (the product runs wherever
CUDA does; only slower), and remembers why: ``rasterizer_status(device)`` says which backend
runs there and why, for the report, ``sketch2real doctor`` and ``GetServerInfo``.

``SKETCH2REAL_RASTERIZER=torch`` (or ``nvdiffrast``) in the environment names the backend for
every automatic choice (a user whose nvdiffrast misbehaves; the GPU check times the fallback).
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from dataclasses import dataclass
from typing import Callable

import torch

from .base import RasterBackend
from .torch_backend import TorchRasterizer

log = logging.getLogger(__name__)

BACKENDS = {
    "torch": lambda device: TorchRasterizer(),
    "nvdiffrast": lambda device: _nvdiffrast(device),
}

ENV_VAR = "SKETCH2REAL_RASTERIZER"
"""Environment variable naming the backend of every automatic choice."""


def _nvdiffrast(device):
    from .nvdiffrast_backend import NvdiffrastRasterizer

    return NvdiffrastRasterizer(device)


@dataclass(frozen=True)
class RasterStatus:
    """Which backend runs on a device, and why."""

    backend: str
    """"nvdiffrast" or "torch"."""
    reason: str = ""
    """Why not the device's default ("" when it is the default: nvdiffrast on CUDA, torch on
    the CPU), e.g. "nvdiffrast failed to load: ..."."""
    known: bool = True
    """False when nothing has been built or loaded yet and ``backend`` is what will be tried."""

    @property
    def fallback(self) -> bool:
        """True when the PyTorch backend runs on CUDA in place of nvdiffrast."""
        return bool(self.reason) and self.backend == "torch"

    def describe(self) -> str:
        """One line, e.g. "torch (nvdiffrast failed to load: ...)"."""
        text = self.backend + ("" if self.known else " (not loaded yet)")
        return f"{text} ({self.reason})" if self.reason else text


class _Choice:
    """The process-wide memory of nvdiffrast's failure: it is tried once, and once it failed the
    PyTorch backend is used from then on without retrying (a failed JIT build costs seconds)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.failure: str | None = None
        self.loaded = False

    def reset(self) -> None:
        with self.lock:
            self.failure, self.loaded = None, False


_CHOICE = _Choice()


def reset_choice() -> None:
    """Forget an earlier nvdiffrast failure (tests; a user who fixed the install in-process)."""
    _CHOICE.reset()


def _env_backend() -> str | None:
    value = os.environ.get(ENV_VAR, "").strip().lower()
    if not value:
        return None
    if value not in BACKENDS:
        raise ValueError(f"{ENV_VAR}={value!r}: choose one of {sorted(BACKENDS)}")
    return value


def default_backend(device_type: str) -> str:
    """The backend an automatic choice tries first on a device of ``device_type``: on CUDA the
    one ``SKETCH2REAL_RASTERIZER`` names, else nvdiffrast; on the CPU always torch."""
    if device_type != "cuda":
        return "torch"
    return _env_backend() or "nvdiffrast"


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return (text.splitlines()[0] if text else type(err).__name__)[:300]


def choose(device_type: str, load_nvdiffrast: Callable[[], RasterBackend]
           ) -> tuple[RasterBackend | None, RasterStatus]:
    """The automatic choice on a device of ``device_type`` ("cuda" or "cpu"):
    (the nvdiffrast backend or None for "build the torch one", the status).

    ``load_nvdiffrast`` builds and loads nvdiffrast; any exception from it (not installed, the
    plugin's build failed, the plugin would not load) makes the choice fall back to the PyTorch
    backend, with one warning per process; out-of-memory errors are raised. Kept apart from
    ``get_rasterizer`` so the decision is testable without CUDA."""
    wanted = default_backend(device_type)
    if wanted == "torch":
        reason = f"{ENV_VAR}=torch" if device_type == "cuda" else ""
        return None, RasterStatus("torch", reason)
    with _CHOICE.lock:
        if _CHOICE.failure is not None:
            return None, RasterStatus("torch", _CHOICE.failure)
        try:
            backend = load_nvdiffrast()
        except torch.OutOfMemoryError:
            raise
        except Exception as err:  # noqa: BLE001 - any failure to build or load falls back
            kind = "is not installed" if isinstance(err, ImportError) else "failed to load"
            _CHOICE.failure = f"nvdiffrast {kind}: {_first_line(err)}"
            log.debug("nvdiffrast failed", exc_info=True)
            log.warning("%s; rendering with the PyTorch rasterizer on the GPU instead (slower; "
                        "`sketch2real doctor --build` shows the error)", _CHOICE.failure)
            return None, RasterStatus("torch", _CHOICE.failure)
        _CHOICE.loaded = True
        return backend, RasterStatus("nvdiffrast")


def get_rasterizer(device: torch.device | str = "cpu", backend: str | None = None) -> RasterBackend:
    """The rasterizer for ``device``: ``nvdiffrast`` on CUDA (the PyTorch backend if nvdiffrast
    cannot be built or loaded; see the module docstring), ``torch`` on CPU. A named ``backend``
    is built as asked, and its errors are raised."""
    device = torch.device(device)
    if backend is None:
        nv, _ = choose(device.type, lambda: _nvdiffrast(device))
        return nv if nv is not None else TorchRasterizer()
    if backend not in BACKENDS:
        raise ValueError(f"unknown rasterizer backend {backend!r}; choose from {sorted(BACKENDS)}")
    if backend == "nvdiffrast" and device.type != "cuda":
        raise ValueError("the nvdiffrast backend needs a CUDA device")
    return BACKENDS[backend](device)


def rasterizer_status(device: torch.device | str) -> RasterStatus:
    """Which backend an automatic choice gives (or will give) on ``device``, without building
    anything: what happened if nvdiffrast was tried in this process, else what will be tried
    (nvdiffrast when it is installed)."""
    device_type = torch.device(device).type
    try:
        wanted = default_backend(device_type)
    except ValueError as err:
        return RasterStatus("torch", str(err))
    if device_type != "cuda":
        return RasterStatus(wanted, "")
    if wanted == "torch":
        return RasterStatus("torch", f"{ENV_VAR}=torch")
    with _CHOICE.lock:
        if _CHOICE.failure is not None:
            return RasterStatus("torch", _CHOICE.failure)
        if _CHOICE.loaded:
            return RasterStatus("nvdiffrast")
    if not nvdiffrast_installed():
        return RasterStatus("torch", "nvdiffrast is not installed", known=False)
    return RasterStatus("nvdiffrast", known=False)


def nvdiffrast_installed() -> bool:
    """True when ``import nvdiffrast`` can at least find the package (nothing is imported)."""
    try:
        return importlib.util.find_spec("nvdiffrast") is not None
    except (ImportError, ValueError):  # a module set to None in sys.modules (tests)
        return False


__all__ = ["RasterBackend", "TorchRasterizer", "get_rasterizer", "BACKENDS", "ENV_VAR",
           "RasterStatus", "choose", "default_backend", "rasterizer_status", "reset_choice",
           "nvdiffrast_installed"]
