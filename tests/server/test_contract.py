"""The contract and the code agree: every default and limit the ``.proto`` comments state is the
one the code enforces (stated once, in ``RefineRequest``, ``PlanLimits``/``ServerLimits`` and the
service's constants), and every choice list is the same everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sketch2real.guidance import GUIDANCES
from sketch2real.pipeline.limits import PLAN_LIMITS
from sketch2real.pipeline.request import (FIT_MODES, FORMATS, METHODS, PRESETS, RefineRequest)
from sketch2real.pipeline.validation import MAX_SEED
from sketch2real.server import convert, service
from sketch2real.server.config import ServerLimits
from sketch2real.wire import enums
from sketch2real.wire._generated import sketch2real_pb2 as pb

PROTO = Path(__file__).resolve().parents[2] / "proto" / "sketch2real" / "v1" / "sketch2real.proto"
DEFAULT = RefineRequest(prompt="x")
SERVER = ServerLimits()


def _field_comments() -> dict[str, str]:
    """"Message.field" -> the comment lines just above the field, joined."""
    out: dict[str, str] = {}
    message, comment = None, []
    for line in PROTO.read_text().splitlines():
        s = line.strip()
        if m := re.match(r"message (\w+) \{", s):
            message, comment = m.group(1), []
        elif s.startswith("//"):
            comment.append(s[2:].strip())
        elif m := re.match(r"(?:repeated |optional )?[\w.]+ (\w+) = \d+;", s):
            if message:
                out[f"{message}.{m.group(1)}"] = " ".join(comment)
            comment = []
        else:
            comment = []
    return out


COMMENTS = _field_comments()


def _number(text: str) -> float:
    return float(text.replace(",", ""))


@pytest.mark.parametrize("field, default", [
    ("max_faces", DEFAULT.max_faces), ("texture_size", DEFAULT.texture_size),
    ("preview_interval_s", DEFAULT.preview_interval_s),
    ("preview_max_faces", DEFAULT.preview_max_faces),
])
def test_documented_defaults_are_the_requests(field, default):
    m = re.search(r"0: ([\d.,]+)\.", COMMENTS[f"RefineOptions.{field}"])
    assert m, COMMENTS[f"RefineOptions.{field}"]
    assert _number(m.group(1)) == default


def test_documented_ranges_are_the_limits():
    c = COMMENTS
    assert re.search(r"1\.\.max_prompt_chars", c["RefineOptions.prompt"])
    assert "0..2^63-1" in c["RefineOptions.seed"] and MAX_SEED == 2 ** 63 - 1
    assert "At most limits.max_steps" in c["RefineOptions.steps"]
    lo = re.search(r"(\d+)\.\.limits\.max_faces", c["RefineOptions.max_faces"])
    assert lo and int(lo.group(1)) == PLAN_LIMITS.min_faces
    lo = re.search(r"(\d+)\.\.limits\.max_texture_size", c["RefineOptions.texture_size"])
    assert lo and int(lo.group(1)) == PLAN_LIMITS.min_texture_size
    lo = re.search(r"(\d+)\.\.limits\.max_preview_faces", c["RefineOptions.preview_max_faces"])
    assert lo and int(lo.group(1)) == PLAN_LIMITS.min_preview_faces
    m = re.search(r"At least limits\.min_preview_interval_s \(([\d.]+)\), at most ([\d.]+)",
                  c["RefineOptions.preview_interval_s"])
    assert m and float(m.group(1)) == SERVER.min_preview_interval_s
    assert float(m.group(2)) == PLAN_LIMITS.max_preview_interval_s
    m = re.search(r"1\.\.(\d+); 0: (\d+)", c["ListJobsRequest.page_size"])
    assert m and (int(m.group(1)), int(m.group(2))) == (service.MAX_PAGE, service.DEFAULT_PAGE)
    m = re.search(r"(\d+) KiB\.\.(\d+) MiB; 0: (\d+) MiB", c["DownloadResultRequest.chunk_bytes"])
    assert m and (int(m.group(1)) * 1024, int(m.group(2)) * 2 ** 20, int(m.group(3)) * 2 ** 20) \
        == (service.MIN_CHUNK, service.MAX_CHUNK, service.DEFAULT_CHUNK)
    m = re.search(r"Absent: (\d+\.\d+)", c["Stroke.radius"])
    assert m and float(m.group(1)) == convert.DEFAULT_RADIUS
    for key, limit in (("Stroke.brush", convert.MAX_BRUSH_CHARS),
                       ("SketchFile.name", convert.MAX_NAME_CHARS),
                       ("SubmitRequest.request_id", convert.MAX_REQUEST_ID_CHARS)):
        m = re.search(r"at most (\d+) characters", c[key])
        assert m and int(m.group(1)) == limit, key


def test_every_limit_the_server_reports_is_one_it_enforces():
    reported = {f.name for f in pb.Limits.DESCRIPTOR.fields} - {"retention_seconds"}
    assert reported == {f for f in ServerLimits.__dataclass_fields__}
    msg = convert.limits_to_proto(SERVER, 3600.0)
    for name in reported:
        assert getattr(msg, name) == pytest.approx(getattr(SERVER, name)), name


def test_the_server_narrows_the_pipeline_limits_and_never_widens_them():
    plan = SERVER.plan_limits()
    assert plan.max_steps == SERVER.max_steps <= PLAN_LIMITS.max_steps
    assert plan.max_faces == SERVER.max_faces <= PLAN_LIMITS.max_faces
    assert plan.min_preview_interval_s == SERVER.min_preview_interval_s
    from sketch2real.errors import ConfigError

    with pytest.raises(ConfigError, match="max_steps"):
        ServerLimits(max_steps=PLAN_LIMITS.max_steps + 1)
    with pytest.raises(ConfigError, match="max_points"):
        ServerLimits(max_points=10 ** 9)
    with pytest.raises(ConfigError, match="min_preview_interval_s"):
        ServerLimits(min_preview_interval_s=0.001)


def test_choices_are_the_same_everywhere():
    assert tuple(enums.METHODS.values()) == METHODS
    assert tuple(enums.PRESETS.values()) == PRESETS
    assert tuple(enums.FORMATS.values()) == FORMATS
    assert tuple(enums.FIT_MODES.values()) == FIT_MODES
    assert set(METHODS) <= set(GUIDANCES)
    proto_methods = [n for n in pb.Method.keys() if n != "METHOD_UNSPECIFIED"]
    assert [n[len("METHOD_"):].lower() for n in proto_methods] == list(METHODS)


def test_bridge_stop_is_the_same_everywhere():
    """The proto comment's default is the request's; the enum, the converter's map, the
    request's choices and the client agree; a Progress carries the saturated share."""
    from sketch2real.client.client import Client
    from sketch2real.pipeline.events import Progress
    from sketch2real.pipeline.request import BRIDGE_STOPS
    from sketch2real.server.errors import InvalidArgument

    m = re.search(r"0: (\w+)\.", COMMENTS["RefineOptions.bridge_stop"])
    assert m and m.group(1).lower() == DEFAULT.bridge_stop
    names = [n[len("BRIDGE_STOP_"):].lower() for n in pb.BridgeStop.keys()
             if n != "BRIDGE_STOP_UNSPECIFIED"]
    assert names == list(BRIDGE_STOPS) == list(convert.BRIDGE_STOP_NAMES.values())
    for stop in BRIDGE_STOPS:
        msg = convert.options_to_proto(RefineRequest(prompt="x", bridge_stop=stop))
        assert convert.request_from_proto(msg, "analytic", "cpu", PLAN_LIMITS).bridge_stop == stop
        assert Client.options("x", bridge_stop=stop).bridge_stop == msg.bridge_stop
    unset = convert.request_from_proto(pb.RefineOptions(prompt="x"), "analytic", "cpu", PLAN_LIMITS)
    assert unset.bridge_stop == DEFAULT.bridge_stop
    with pytest.raises(InvalidArgument, match="options.bridge_stop"):
        convert.request_from_proto(pb.RefineOptions(prompt="x", bridge_stop=9), "analytic",
                                   "cpu", PLAN_LIMITS)
    event = convert.event_to_proto("j", 1, 0.0, Progress("bridge", 1, 2, 0.5, 1.0,
                                                         saturated_share=0.25))
    assert event.progress.saturated_share == pytest.approx(0.25)
