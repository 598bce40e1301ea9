"""The parts of the GPU check in order of value, their time, and the sizes they run at.

The time budget of a real run (one lent H200, 15 minutes of device time in all, the machine's
start a minute or more, one command at most 10 minutes): the whole command ends within
``REAL_BUDGET_S`` (8 minutes) so a second try still fits. Of that, unpacking the wheels takes
about 10 s; the parts below are planned at about 7 minutes together, so the last one
(``standard_compiled``) is expected to be skipped unless the others run faster than planned;
torch.compile of the UNet alone costs about 80 s. The PyTorch-rasterizer fallback comes after
the compile: the ``nvdiffrast`` part already times that rasterizer on the GPU, and
``pytest_gpu`` renders and bakes with it there. A part starts only when at least its
``min_s`` is left (else it is recorded as skipped, with the seconds that were left), and runs
under a timeout of ``max_s`` or what is left, whichever is less.

| part              | what                                                     | plan    |
| ----------------- | -------------------------------------------------------- | ------- |
| env               | versions, device, bf16 matmul rate, copy bandwidth       | 10 s    |
| nvdiffrast        | plugin build + import + smoke; raster fwd+bwd vs torch   | 45 s    |
| pytest_gpu        | ``pytest -m gpu`` (nvdiffrast vs torch, CUDA fit, refine) | 60 s    |
| fit               | fit at resolution 64 and 128                             | 25 s    |
| guidance          | SDS, bridge, VSD steps at SD 2.1-base size; floor; dtypes | 50 s    |
| standard          | ``standard`` end to end on a real sketch with that prior  | 100 s   |
| compiled          | torch.compile of the UNet; SDS/bridge steps and floor     | 110 s   |
| fallback          | refinement with the PyTorch rasterizer on the GPU         | 40 s    |
| standard_compiled | ``standard`` end to end with the compiled UNet            | 90 s    |
"""

from __future__ import annotations

from dataclasses import dataclass, field

REAL_BUDGET_S = 480.0
"""The whole command on the GPU machine, wheels included (8 minutes)."""
DRY_BUDGET_S = 900.0
"""A dry run on a slow shared CPU: generous, so that CI never skips a part for time."""


@dataclass(frozen=True)
class Part:
    name: str
    min_s: float
    """Start it only when at least this many seconds of the budget are left."""
    max_s: float
    """Its timeout (or what is left of the budget, if less)."""
    what: str


PARTS: tuple[Part, ...] = (
    Part("env", 5, 40, "versions, device, matmul rate and copy bandwidth"),
    Part("nvdiffrast", 30, 120, "nvdiffrast plugin build, import, smoke test; raster timing"),
    Part("pytest_gpu", 40, 150, "pytest -m gpu"),
    Part("fit", 20, 90, "sketch-to-SDF fit at two resolutions"),
    Part("guidance", 40, 120, "one guidance step per method at the prior's size; the floor"),
    Part("standard", 70, 180, "the standard preset end to end on a real sketch"),
    Part("compiled", 100, 200, "the UNet compiled: compile time, steps and floor"),
    Part("fallback", 30, 90, "refinement with the PyTorch rasterizer on the GPU"),
    Part("standard_compiled", 60, 150, "the standard preset end to end, UNet compiled"),
)
"""In order of value: the first ones run whatever happens."""


@dataclass(frozen=True)
class Sizes:
    """What the parts run at: a real run on CUDA, or a dry run on the CPU at toy sizes."""

    dry_run: bool
    device: str
    """"cuda" or "cpu"."""
    model: str
    """"sd21-base-random" (Stable Diffusion 2.1-base's size, random weights, fp16) or
    "tiny-random" (fp32)."""
    timed_steps: int
    """Timed iterations of each micro-benchmark (the median is reported)."""
    warmup_steps: int
    fit_resolutions: tuple[int, ...]
    fit_overrides: dict = field(default_factory=dict)
    """``FitConfig`` fields changed from the defaults (the dry run's toy sizes)."""
    raster_subdivisions: int = 6
    """Icosphere subdivisions of the raster benchmark (6: 81,920 triangles)."""
    raster_views: int = 4
    raster_size: int = 512
    fallback_steps: int = 30
    fallback_preset: str = "preview"
    dtype_variants: tuple[tuple[str, bool], ...] = ()
    """(dtype, channels_last) variants of the UNet and VAE timed in ``guidance``."""
    compile_backend: str = "inductor"
    refine_steps: int | None = None
    """Steps of the end-to-end runs (None: the preset's)."""
    request_overrides: dict = field(default_factory=dict)
    """``RefineRequest`` fields of the end-to-end runs (None: the defaults a user gets)."""
    budget_s: float = REAL_BUDGET_S
    block_imports: tuple[str, ...] = ()
    """Packages made unimportable in every part: the dry run leaves out what the lent GPU
    machine lacks (open3d, pymeshlab), so their fallbacks run as they will there."""
    real_sketch: bool = True
    """Fit and refine the CASSIE chair (199 strokes) when it is found; False: the project's
    example chair (8 strokes)."""


REAL = Sizes(
    dry_run=False, device="cuda", model="sd21-base-random", timed_steps=10, warmup_steps=3,
    fit_resolutions=(64, 128),
    dtype_variants=(("fp16", False), ("fp16", True), ("bf16", False), ("bf16", True)))

DRY = Sizes(
    dry_run=True, device="cpu", model="tiny-random", timed_steps=1, warmup_steps=1,
    fit_resolutions=(20, 28),
    fit_overrides=dict(resolution=24, iterations=8, image_size=64, n_views=8, n_heldout=3),
    raster_subdivisions=3, raster_views=2, raster_size=64, fallback_steps=4,
    dtype_variants=(("fp32", False), ("fp32", True)), compile_backend="eager",
    refine_steps=6, request_overrides=dict(texture_size=256, max_faces=4000),
    budget_s=DRY_BUDGET_S, real_sketch=False, block_imports=("open3d", "pymeshlab"))
"""The same parts on the CPU: tiny random Stable Diffusion, the CPU presets (with fewer steps),
the example chair, toy fit resolutions, and ``torch.compile`` with the eager backend (Dynamo
traces the UNet, no code is generated), so every code path runs and nothing takes long."""


def sizes_for(dry_run: bool) -> Sizes:
    return DRY if dry_run else REAL
