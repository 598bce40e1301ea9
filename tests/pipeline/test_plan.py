"""The plan: resolved once from a request, the device and the limits; JSON round trip; what it
refuses; the prior owner; the error table."""

from __future__ import annotations

import dataclasses
import json

import pytest

from sketch2real.errors import (ERROR_KINDS, InternalError, InvalidInput, ModelUnavailable,
                                ResourceLimit, error_kind)
from sketch2real.geometry.errors import SketchLimitError
from sketch2real.guidance import DEFAULT_MODEL as GUIDANCE_DEFAULT_MODEL
from sketch2real.guidance.errors import GuidanceConfigError, PriorNotFoundError
from sketch2real.pipeline.errors import SettingsError
from sketch2real.pipeline.limits import PLAN_LIMITS
from sketch2real.pipeline.plan import RefinePlan, resolve_plan
from sketch2real.guidance import BRIDGE_3D, BRIDGE_PAPER_3D
from sketch2real.pipeline.presets import CPU_PRESETS, PAPER, PRESETS
from sketch2real.pipeline.priors import PriorOwner
from sketch2real.pipeline.request import DEFAULT_MODEL, FIT_MODES, METHODS, RefineRequest
from sketch2real.pipeline.serial import SerialError


@pytest.mark.parametrize("device", ["cpu", "cuda"])
@pytest.mark.parametrize("method", METHODS)
def test_plan_round_trips_through_json(method, device):
    plan = resolve_plan(RefineRequest(prompt="a red  flower", method=method, device=device,
                                      preset="high", steps=77, front=(1, 0, 0),
                                      formats=("ply", "glb")))
    again = RefinePlan.from_json(plan.to_json())
    assert again == plan and type(again.guidance) is type(plan.guidance)
    assert plan.prompt == "a red flower" and plan.steps == 77 and plan.views.front == (1.0, 0.0, 0.0)
    table = PRESETS if device == "cuda" else CPU_PRESETS
    assert plan.fit == dataclasses.replace(table["high"].fit, seed=0)
    assert plan.export.formats == ("ply", "glb")


def test_the_plan_takes_the_presets_schedule_and_the_requests_choices():
    plan = resolve_plan(RefineRequest(prompt="a chair", device="cpu", preset="standard",
                                      fit_mode="tube", seed=7, max_faces=1234))
    preset = CPU_PRESETS["standard"]
    assert plan.steps == preset.steps and plan.guidance.switch_at == preset.switch_at
    assert plan.fit.mode == "tube" and plan.fit.seed == 7 and plan.guidance.seed == 7
    assert plan.export.max_faces == 1234 and plan.views.render_size == preset.views.render_size
    assert plan.preview.interval_s == RefineRequest(prompt="x").preview_interval_s


def test_every_fit_mode_reaches_the_fit():
    for mode in FIT_MODES:
        assert resolve_plan(RefineRequest(prompt="a chair", device="cpu", fit_mode=mode)).fit.mode \
            == mode


def test_a_plan_from_another_version_or_with_unknown_fields_is_refused():
    data = resolve_plan(RefineRequest(prompt="a chair", device="cpu")).to_dict()
    with pytest.raises(SerialError, match="version"):
        RefinePlan.from_dict({**data, "version": 999})
    with pytest.raises(SerialError, match="unknown fields"):
        RefinePlan.from_dict({**data, "surprise": 1})
    bad = json.loads(json.dumps(data))
    bad["request"]["method"] = "magic"
    with pytest.raises(SerialError, match="method"):
        RefinePlan.from_dict(bad)
    bad = json.loads(json.dumps(data))
    bad["fit"]["resolution"] = "64"
    with pytest.raises(SerialError, match="fit.resolution"):
        RefinePlan.from_dict(bad)
    with pytest.raises(SerialError):
        RefinePlan.from_json("[]")


@pytest.mark.parametrize("change, field", [
    (dict(prompt="   "), "prompt"), (dict(prompt="a\x07b"), "prompt"),
    (dict(prompt="x" * (PLAN_LIMITS.max_prompt_chars + 1)), "prompt"),
    (dict(steps=0), "steps"), (dict(steps=PLAN_LIMITS.max_steps + 1), "steps"),
    (dict(seed=-1), "seed"), (dict(seed=True), "seed"), (dict(device="tpu"), "device"),
    (dict(preview_interval_s=float("nan")), "preview_interval_s"),
    (dict(formats=("glb", "glb")), "formats"), (dict(front=(0.0, 0.0)), "front"),
    (dict(bridge_stop="sometimes"), "bridge_stop"),
])
def test_bad_requests_name_the_field(change, field):
    with pytest.raises(SettingsError) as err:
        resolve_plan(RefineRequest(**{"prompt": "a chair", "device": "cpu", **change}))
    assert err.value.field == field and str(err.value).startswith(f"{field}: ")


@pytest.mark.parametrize("stop", ["fade", "none"])
def test_the_bridge_stop_lands_in_the_guidance_and_the_paper_plan_is_the_official_one(stop):
    plan = resolve_plan(RefineRequest(prompt="a chair", device="cuda", bridge_stop=stop))
    assert plan.guidance == dataclasses.replace(BRIDGE_3D, switch_at=PRESETS["standard"].switch_at,
                                                stop=stop)
    assert RefinePlan.from_json(plan.to_json()).guidance.stop == stop
    paper = resolve_plan(RefineRequest(prompt="a chair", device="cuda", bridge_stop=stop),
                         preset=PAPER)
    assert paper.preset == "paper" and paper.steps == 25_000
    assert paper.guidance == dataclasses.replace(BRIDGE_PAPER_3D, stop=stop)
    assert paper.views == PAPER.views and paper.optim == PAPER.optim
    assert RefinePlan.from_json(paper.to_json()) == paper
    assert RefineRequest(prompt="x").bridge_stop == "fade"


def test_every_preset_leaves_room_for_stage_2():
    """Measured on the analytic prior (benchmarks/bench_bridge_colour.py, docs/guidance.md):
    a saturated colour needs more than 9 bridge steps to come back; the CPU preview with the
    paper's 80% had 4 and moved the colour back 22%."""
    for table in (PRESETS, CPU_PRESETS):
        for preset in table.values():
            bridge_steps = preset.steps - int(preset.switch_at * preset.steps)
            assert bridge_steps >= 12, preset.name


def test_narrowed_limits_apply():
    limits = PLAN_LIMITS.narrowed(max_steps=10)
    with pytest.raises(SettingsError, match="max_steps=10"):
        resolve_plan(RefineRequest(prompt="a chair", device="cpu", steps=11), limits)


def test_one_default_model():
    assert DEFAULT_MODEL == GUIDANCE_DEFAULT_MODEL == RefineRequest(prompt="x").model


def test_the_prior_owner_keeps_one_prior_warm():
    owner = PriorOwner()
    a = owner.get("analytic", "cpu")
    assert owner.get("analytic", "cpu", seed=5) is a          # the seed only matters for tiny-random
    assert owner.held.model == "analytic" and owner.load_seconds is not None
    mine = object()
    owner.put("my-model", "cpu", mine)
    assert owner.get("my-model", "cpu") is mine
    b = owner.get("analytic", "cpu")
    assert b is not a                                           # replaced, then loaded again
    with pytest.raises(PriorNotFoundError):
        owner.get("/nowhere/at/all", "cpu")
    assert owner.held is None                                   # a failed load holds nothing


def test_the_error_table():
    assert error_kind(SketchLimitError("x")).grpc_status == "INVALID_ARGUMENT"
    assert error_kind(SettingsError("steps", "x")).exit_code == 2
    assert error_kind(GuidanceConfigError("x")).failure_code == "invalid_input"
    assert error_kind(PriorNotFoundError("x")).failure_code == "resource"
    assert isinstance(PriorNotFoundError("x"), ModelUnavailable)
    assert error_kind(ResourceLimit("x")).grpc_status == "RESOURCE_EXHAUSTED"
    assert error_kind(MemoryError()).failure_code == "resource"
    assert error_kind(ValueError("x")) == ERROR_KINDS[InternalError]
    assert error_kind(InternalError("x")).exit_code == 1
    assert str(InvalidInput("two\n  lines")) == "two lines"
