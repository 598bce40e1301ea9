"""What a user asks of one refinement job: plain, frozen, torch-free.

The CLI builds a ``RefineRequest`` from flags, the server from a request message (its zero
values meaning "the default" here), and ``plan.resolve_plan`` turns it, with the device and the
limits, into the ``RefinePlan`` the refiner runs. The defaults below are the only statement of
the defaults; the choices are ``Literal`` types whose values the CLI offers and a test checks
against the ``.proto`` enums and the guidance registry.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal, get_args

Method = Literal["bridge", "sds", "nfsd", "csd", "vsd"]
"""Guidance gradient; ``bridge`` runs an SDS stage first, then the bridge."""
PresetName = Literal["preview", "standard", "high"]
"""Schedule preset (``pipeline/presets.py``)."""
FitMode = Literal["surface", "tube", "membrane"]
"""How the sketch is read before refinement (``geometry/sdf_fit.py``)."""
Format = Literal["glb", "obj", "ply"]
"""Result file format."""
Device = Literal["cuda", "cpu"]
BridgeStop = Literal["fade", "none"]
"""How the bridge's stage 2 ends: ``fade`` once the renders are better explained by the prompt
than by its artifact description (``guidance/gradients/transport_end.py``), or ``none``: at
constant weight to the last step, as the paper."""

METHODS: tuple[str, ...] = get_args(Method)
PRESETS: tuple[str, ...] = get_args(PresetName)
FIT_MODES: tuple[str, ...] = get_args(FitMode)
FORMATS: tuple[str, ...] = get_args(Format)
DEVICES: tuple[str, ...] = get_args(Device)
BRIDGE_STOPS: tuple[str, ...] = get_args(BridgeStop)

DEFAULT_MODEL = "stabilityai/stable-diffusion-2-1-base"
"""The diffusion prior when none is named (Stable Diffusion 2.1-base, as the paper)."""
DEFAULT_FRONT = (0.0, 0.0, 1.0)
"""The object's front when none is given: +Z, glTF's front."""


@dataclass(frozen=True)
class RefineRequest:
    """One job as the user asked for it. Field defaults are the defaults everywhere (CLI,
    server, clients); ``validation.check_request`` checks each field against the limits."""

    prompt: str
    """What the sketch is, e.g. "a red flower" (1..limits.max_prompt_chars characters)."""
    method: Method = "bridge"
    """Guidance gradient: one of ``METHODS``."""
    preset: PresetName = "standard"
    """Schedule preset: one of ``PRESETS``."""
    model: str = DEFAULT_MODEL
    """Diffusion prior: a model id, a local folder, "tiny-random" or "analytic"."""
    device: Device = "cuda"
    """Where the job runs: "cuda" or "cpu" (the CPU gets toy-sized presets)."""
    seed: int = 0
    """Random seed, 0..2^63-1."""
    steps: int | None = None
    """Total refinement steps; None: the preset's."""
    max_faces: int = 50_000
    """Face budget of the exported mesh (50k suits Quest)."""
    texture_size: int = 1024
    """Side of the baked base-colour texture, pixels."""
    fit_mode: FitMode = "surface"
    """How the sketch is read before refinement: one of ``FIT_MODES``."""
    formats: tuple[Format, ...] = FORMATS
    """Files to write at the end, any of ``FORMATS``."""
    preview_interval_s: float = 2.0
    """Seconds between preview meshes."""
    preview_max_faces: int = 5_000
    """Face budget of preview meshes."""
    front: tuple[float, float, float] = DEFAULT_FRONT
    """The object's front direction in the sketch's frame (horizontal; default +Z, glTF's
    front). Camera azimuth 0 looks at it, and the view prompts ("front view", "back view")
    follow it."""
    bridge_stop: BridgeStop = "fade"
    """How the bridge's stage 2 ends (method ``bridge``): one of ``BRIDGE_STOPS``; ``none`` is
    the paper's."""

    def to_dict(self) -> dict:
        return asdict(self)
