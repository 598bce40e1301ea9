"""The plan of one refinement job: what the user asked, resolved once, at the boundary, with the
device and the limits, into everything the refiner reads.

    plan = resolve_plan(RefineRequest(prompt="a red chair", device="cpu"))   # CLI
    plan = resolve_plan(request, limits=server_limits.plan_limits())          # server
    text = plan.to_json(); same = RefinePlan.from_json(text)                  # report, workers

``RefinePlan`` is frozen and round-trips through JSON (``serial.py``): the report records it, a
remote worker receives it. Nothing else reaches the refiner: to add an option, add a field to
``RefineRequest`` (its default), a limit to ``limits.py`` if it has one, and say here where it
lands in the plan.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

import torch

from sketch2real.geometry.sdf_fit import FitConfig
from sketch2real.geometry.texture_field import TextureFieldConfig
from sketch2real.guidance import BRIDGE_3D, GUIDANCES, GuidanceConfig
from sketch2real.pipeline.finish import ExportOptions
from sketch2real.pipeline.limits import PLAN_LIMITS, PlanLimits
from sketch2real.pipeline.optim import OptimConfig
from sketch2real.pipeline.presets import RefinePreset, preset_for
from sketch2real.pipeline.previews import PreviewOptions
from sketch2real.pipeline.request import Device, RefineRequest
from sketch2real.pipeline.serial import SerialError, from_jsonable, to_jsonable
from sketch2real.pipeline.surface import SurfaceConfig
from sketch2real.pipeline.validation import check_request, clean_prompt
from sketch2real.pipeline.views import ViewSampling

PLAN_VERSION = 1
"""Bumped when a field changes meaning; ``from_json`` refuses other versions."""


@dataclass(frozen=True)
class RefinePlan:
    """Everything one job needs. Built by ``resolve_plan``; read by ``Refiner``."""

    request: RefineRequest
    """What the user asked (validated; the prompt's whitespace collapsed)."""
    device: Device
    """Where it runs; decides the preset table (CUDA sizes or the CPU's toy sizes)."""
    preset: str
    """The preset the schedule below came from (``pipeline/presets.py``)."""
    steps: int
    """Refinement steps, all stages together (the request's, else the preset's)."""
    fit: FitConfig
    """The initial SDF fit (mode and seed from the request)."""
    texture: TextureFieldConfig
    """The texture field."""
    guidance: GuidanceConfig
    """The method's gradient config: timestep schedule, weights, view prompts, stage switch."""
    views: ViewSampling
    """Cameras, shading and light per step (front from the request)."""
    optim: OptimConfig
    """The optimiser."""
    surface: SurfaceConfig
    """How the geometry may move."""
    export: ExportOptions
    """What is written at the end."""
    preview: PreviewOptions
    """Preview meshes."""

    @property
    def prompt(self) -> str:
        return self.request.prompt

    @property
    def method(self) -> str:
        return self.request.method

    @property
    def model(self) -> str:
        return self.request.model

    @property
    def seed(self) -> int:
        return self.request.seed

    # --- JSON ----------------------------------------------------------------------------------

    def to_dict(self) -> dict:
        return {"version": PLAN_VERSION, **to_jsonable(self)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict) -> "RefinePlan":
        """Read a plan written by ``to_dict``; raises ``SerialError`` if it does not fit."""
        data = dict(data)
        version = data.pop("version", None)
        if version != PLAN_VERSION:
            raise SerialError(f"plan version {version!r}, this version reads {PLAN_VERSION}")
        method = data.get("request", {}).get("method") if isinstance(data.get("request"),
                                                                      dict) else None
        if method not in GUIDANCES:
            raise SerialError(f"request.method: {method!r} is not a method")
        return from_jsonable(cls, data, overrides={"guidance": GUIDANCES[method].Config})

    @classmethod
    def from_json(cls, text: str) -> "RefinePlan":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SerialError(f"not a plan: {exc}") from None
        if not isinstance(data, dict):
            raise SerialError("not a plan: expected a JSON object")
        return cls.from_dict(data)


def guidance_config(method: str, preset: RefinePreset, seed: int,
                    bridge_stop: str = "fade") -> GuidanceConfig:
    """The gradient's config for 3D: the bridge's 3D setting (``BRIDGE_3D``, or the preset's
    own) with the preset's switch and the request's stage-2 ending; for the other methods their
    defaults with the same timestep schedule and view prompts."""
    if method == "bridge":
        base = preset.bridge if preset.bridge is not None else BRIDGE_3D
        return replace(base, switch_at=preset.switch_at, seed=seed, stop=bridge_stop)
    config = GUIDANCES[method].Config()
    return replace(config, seed=seed, view_dependent=True, timesteps=BRIDGE_3D.timesteps)


def resolve_plan(request: RefineRequest, limits: PlanLimits = PLAN_LIMITS,
                 preset: RefinePreset | None = None) -> RefinePlan:
    """Check ``request`` against ``limits`` (``SettingsError`` names the field) and resolve it
    with its device's preset into a ``RefinePlan``. ``preset``: a preset value to use instead of
    the request's named one (``presets.PAPER``, the official configuration; benchmarks)."""
    request = check_request(replace(request, prompt=clean_prompt(request.prompt)), limits)
    request = replace(request, formats=tuple(request.formats),
                      front=tuple(float(c) for c in request.front))
    device = torch.device(request.device).type
    preset = preset if preset is not None else preset_for(request.preset, device)
    return RefinePlan(
        request=request, device=device, preset=preset.name,
        steps=request.steps if request.steps is not None else preset.steps,
        fit=replace(preset.fit, mode=request.fit_mode, seed=request.seed),
        texture=preset.texture,
        guidance=guidance_config(request.method, preset, request.seed, request.bridge_stop),
        views=replace(preset.views, front=request.front),
        optim=preset.optim,
        surface=preset.surface,
        export=ExportOptions(formats=request.formats, max_faces=request.max_faces,
                             texture_size=request.texture_size,
                             smooth_iterations=preset.export_smooth_iterations,
                             min_component_area=preset.min_component_area),
        preview=PreviewOptions(interval_s=float(request.preview_interval_s),
                               max_faces=request.preview_max_faces))
