"""Refinement presets: the paper's schedule, compressed. Plain values.

The paper's official 3D setting runs 25,000 steps at batch 1 and switches from SDS to the bridge
at 20,000 (80%), with t drawn from [0.02, 0.98] and then from [0.02, 0.5] after the first fifth
(``guidance.BRIDGE_3D``). A preset keeps those fractions and shortens the run:

| preset     | steps | views/step | render px | fit grid | stage switch        | aim (one H100)      |
| ---------- | ----- | ---------- | --------- | -------- | ------------------- | ------------------- |
| ``preview``  |   300 | 1          | 256       | 64       | SDS 0-240, bridge   | a first look, ~30 s |
| ``standard`` |   800 | 2          | 256       | 64       | SDS 0-640, bridge   | default, <= 120 s   |
| ``high``     |  3000 | 4          | 512       | 96       | SDS 0-2400, bridge  | final assets        |

Renders are resized by the prior to its native size (512 for SD 2.1-base). The geometry learns
at ``surface.lr_factor`` times the fit's learning rates, so the surface stays on the sketch; the
texture field learns at ``optim.lr_texture``. The aims are targets to measure with
``benchmarks/bench_refine.py``, not measured values.

On a CPU (tests, smoke runs) ``preset_for(name, "cpu")`` gives ``CPU_PRESETS[name]``: the same
recipe at toy sizes (64 px renders, a 40-cell grid, tens of steps; the preview switches at half
its 32 steps so that its bridge stage has room, measured in docs/guidance.md). Those runs show that the
pipeline works end to end, not what it produces on a GPU.

``PAPER`` is the official configuration (threestudio-sds-bridge's yaml, every value that is not
ours to choose for a sketch: ``docs/guidance.md`` has the table with file and line): 25,000 steps
at batch 1, the switch at 20,000, 64 px renders for the first 5,000 steps and 512 px after,
albedo-only shading, cameras at distance 1-1.5 with a field of view drawn from 40-70 degrees,
AdamW with weight decay 0.01, the hash tables at lr 0.01 and the MLP at 0.001, and
``guidance.BRIDGE_PAPER_3D``. It is not one of the user's presets: code and benchmarks pass it
to ``resolve_plan(request, preset=PAPER)``; with ``bridge_stop="none"`` that plan is the paper's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import torch

from sketch2real.geometry.sdf_fit import FitConfig
from sketch2real.geometry.texture_field import TextureFieldConfig
from sketch2real.guidance import BRIDGE_PAPER_3D, BridgeConfig
from sketch2real.pipeline.optim import OptimConfig
from sketch2real.pipeline.surface import SurfaceConfig
from sketch2real.pipeline.views import ViewSampling


@dataclass(frozen=True)
class RefinePreset:
    """A schedule: everything about a job that is not the user's to choose per request."""

    name: str
    """The preset's name (``preview``, ``standard``, ``high``)."""
    steps: int
    """Refinement steps (guidance evaluations), both stages together."""
    views: ViewSampling
    """Cameras, shading and light of each step (``views.front`` comes from the request)."""
    switch_at: float = 0.8
    """Fraction of the steps run as SDS before the bridge (method ``bridge`` only; the paper's
    20,000 of 25,000)."""
    fit: FitConfig = field(default_factory=FitConfig)
    """The initial SDF fit to the sketch (its ``mode`` and ``seed`` come from the request)."""
    texture: TextureFieldConfig = field(default_factory=TextureFieldConfig)
    """The texture field (hash grid + MLP)."""
    optim: OptimConfig = field(default_factory=OptimConfig)
    """The optimiser of texture and geometry."""
    surface: SurfaceConfig = field(default_factory=SurfaceConfig)
    """How the geometry may move: learning-rate factor, trust region, regularisers."""
    export_smooth_iterations: int = 5
    """Taubin smoothing passes on the extracted surface before decimation."""
    min_component_area: float = 0.005
    """Pieces smaller than this fraction of the total area are dropped at export."""
    bridge: BridgeConfig | None = None
    """The bridge's config before the preset's switch and the request's choices (None:
    ``guidance.BRIDGE_3D``)."""

    def __post_init__(self) -> None:
        if self.steps < 1:
            raise ValueError(f"preset {self.name}: steps must be positive")
        if not 0.0 <= self.switch_at <= 1.0:
            raise ValueError(f"preset {self.name}: switch_at must be in [0, 1]")


PRESETS: dict[str, RefinePreset] = {
    "preview": RefinePreset(
        name="preview", steps=300, views=ViewSampling(views_per_step=1, render_size=256),
        fit=FitConfig(resolution=64, iterations=100),
        texture=TextureFieldConfig(levels=12, log2_table_size=17, max_resolution=1024)),
    "standard": RefinePreset(
        name="standard", steps=800, views=ViewSampling(views_per_step=2, render_size=256),
        fit=FitConfig(resolution=64, iterations=150)),
    "high": RefinePreset(
        name="high", steps=3000, views=ViewSampling(views_per_step=4, render_size=512),
        fit=FitConfig(resolution=96, iterations=200), surface=SurfaceConfig(band_every=10)),
}
"""The GPU presets."""

_CPU_FIT = FitConfig(resolution=40, iterations=60, image_size=128, n_views=20, n_heldout=6)
_CPU_TEXTURE = TextureFieldConfig(levels=6, log2_table_size=14, base_resolution=8,
                                  max_resolution=128, hidden=16)
_CPU_OPTIM = OptimConfig(lr_texture=0.03)
_CPU_SURFACE = SurfaceConfig(band_every=8)

CPU_PRESETS: dict[str, RefinePreset] = {
    "preview": RefinePreset(name="preview", steps=32, switch_at=0.5,
                            views=ViewSampling(views_per_step=1, render_size=64),
                            fit=_CPU_FIT, texture=_CPU_TEXTURE, optim=_CPU_OPTIM,
                            surface=_CPU_SURFACE),
    "standard": RefinePreset(name="standard", steps=60,
                             views=ViewSampling(views_per_step=2, render_size=64),
                             fit=_CPU_FIT, texture=_CPU_TEXTURE, optim=_CPU_OPTIM,
                             surface=_CPU_SURFACE),
    "high": RefinePreset(name="high", steps=150,
                         views=ViewSampling(views_per_step=2, render_size=96),
                         fit=replace(_CPU_FIT, resolution=48, iterations=80),
                         texture=_CPU_TEXTURE, optim=_CPU_OPTIM, surface=_CPU_SURFACE),
}
"""The same presets at toy sizes, for the CPU (tests and smoke runs)."""


PAPER = RefinePreset(
    name="paper", steps=25_000, switch_at=0.8,
    views=ViewSampling(views_per_step=1, render_size=512, early_render_size=64, early_until=0.2,
                       p_albedo=1.0, p_textureless=0.0, distance_range=(1.0, 1.5),
                       fovy_range=(40.0, 70.0), elevation_uniform_share=0.5),
    fit=FitConfig(resolution=64, iterations=150),
    texture=TextureFieldConfig(levels=16, features_per_level=2, log2_table_size=19,
                               base_resolution=16, max_resolution=4096, hidden=64,
                               hidden_layers=1),
    optim=OptimConfig(lr_texture=0.01, lr_texture_mlp=0.001, algorithm="adamw",
                      weight_decay=0.01, reset_at_stage=False),
    bridge=BRIDGE_PAPER_3D)
"""The official configuration (see the module docstring); the fit, the surface and the export
are ours (the paper's sketch-to-real fits an SDF and lowers the geometry's learning rate without
saying how much)."""


def preset_for(name: str, device: torch.device | str) -> RefinePreset:
    """The preset called ``name`` for ``device``: ``PRESETS`` on CUDA, ``CPU_PRESETS`` on a CPU.
    Raises KeyError for an unknown name (callers validate names first)."""
    table = PRESETS if torch.device(device).type == "cuda" else CPU_PRESETS
    return table[name]
