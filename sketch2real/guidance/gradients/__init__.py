"""The score-distillation gradients, one file each, and their registry ``GUIDANCES``.

``GUIDANCES[name](config, prior)`` builds one; ``config`` is an instance of the class's
``Config`` (``None`` for its defaults).
"""

from __future__ import annotations

from sketch2real.guidance.errors import GuidanceConfigError
from sketch2real.guidance.gradients.base import Guidance, GuidanceConfig, GuidanceOutput
from sketch2real.guidance.gradients.bridge import (BRIDGE_2D, BRIDGE_3D, BRIDGE_EDIT,
                                                   BRIDGE_PAPER_2D, BRIDGE_PAPER_3D, Bridge,
                                                   BridgeConfig)
from sketch2real.guidance.gradients.csd import CSD, CSDConfig
from sketch2real.guidance.gradients.dds import DDS, DDSConfig
from sketch2real.guidance.gradients.nfsd import NFSD, NFSDConfig
from sketch2real.guidance.gradients.sds import SDS, SDSConfig
from sketch2real.guidance.gradients.vsd import VSD, VSDConfig
from sketch2real.guidance.protocol import Prior

GUIDANCES: dict[str, type[Guidance]] = {
    "sds": SDS,
    "bridge": Bridge,
    "nfsd": NFSD,
    "csd": CSD,
    "vsd": VSD,
    "dds": DDS,
}
"""Method name -> gradient class."""


def make_guidance(method: str, prior: Prior, config: GuidanceConfig | None = None) -> Guidance:
    """``GUIDANCES[method](config, prior)``, with a one-line GuidanceConfigError for unknown names."""
    if method not in GUIDANCES:
        raise GuidanceConfigError(f"unknown method {method!r}; known: {', '.join(GUIDANCES)}")
    return GUIDANCES[method](config, prior)


__all__ = ["GUIDANCES", "make_guidance", "Guidance", "GuidanceConfig", "GuidanceOutput",
           "SDS", "SDSConfig", "Bridge", "BridgeConfig", "BRIDGE_3D", "BRIDGE_2D", "BRIDGE_EDIT",
           "BRIDGE_PAPER_3D", "BRIDGE_PAPER_2D",
           "NFSD", "NFSDConfig", "CSD", "CSDConfig", "VSD", "VSDConfig", "DDS", "DDSConfig"]
