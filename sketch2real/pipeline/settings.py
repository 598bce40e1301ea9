"""What a user asks of one refinement job. Plain, frozen and serialisable: the CLI builds it from
flags, the server from a request message, and the report records it."""

from __future__ import annotations

from dataclasses import asdict, dataclass

METHODS = ("bridge", "sds", "nfsd", "csd", "vsd")
PRESETS = ("preview", "standard", "high")
FORMATS = ("glb", "obj", "ply")


@dataclass(frozen=True)
class RefineSettings:
    prompt: str
    """What the sketch is, e.g. "a red flower". 1..500 characters."""
    method: str = "bridge"
    """Guidance gradient: one of ``METHODS`` (bridge = SDS stage, then the bridge)."""
    preset: str = "standard"
    """Schedule preset: one of ``PRESETS`` (see ``pipeline/presets.py``)."""
    model: str = "stabilityai/stable-diffusion-2-1-base"
    """Diffusion prior: a model id, a local folder, "tiny-random" or "analytic"."""
    device: str = "cuda"
    """"cuda" or "cpu"."""
    seed: int = 0
    steps: int | None = None
    """Override the preset's total refinement steps (None: the preset's)."""
    max_faces: int = 50_000
    """Face budget of the exported mesh (50k suits Quest)."""
    texture_size: int = 1024
    """Side of the baked base-colour texture, pixels."""
    fit_mode: str = "surface"
    """How the sketch is read before refinement: "surface" or "tube" (geometry/sdf_fit.py)."""
    formats: tuple[str, ...] = FORMATS
    """Files to write at the end, any of ``FORMATS``."""
    preview_interval_s: float = 2.0
    """Seconds between preview meshes."""
    preview_max_faces: int = 5_000
    """Face budget of preview meshes."""
    front: tuple[float, float, float] = (0.0, 0.0, 1.0)
    """The object's front direction in the sketch's frame (horizontal; default +Z, glTF's
    front). Camera azimuth 0 looks at it, and the view prompts ("front view", "back view")
    follow it."""

    def to_dict(self) -> dict:
        return asdict(self)
