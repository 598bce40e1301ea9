"""The one module that converts between protobuf messages and numpy arrays, sketches, plans and
pipeline events (the service, the job manager and the worker hand it messages and get Python
objects back).

Wire rules (see the .proto): raw little-endian arrays in ``bytes`` fields, float32 positions /
radii / normals / UVs / quaternions, uint32 indices, uint8 RGBA colours; metres, right-handed,
+Y up. Every refusal is an ``InvalidArgument`` naming the field (``sketch.strokes[3].points``)
and the limit, or a ``SketchError`` from the geometry room's validation naming the stroke/row.

    sketch = sketch_from_proto(request.sketch, limits)                    # validated Sketch
    stored, meta = stored_sketch(sketch)      # compact pb.Sketch + meta, what a job keeps
    sketch = sketch_from_stored(stored, meta)                            # what the worker runs
    plan = plan_from_proto(request.options, model, device, plan_limits)  # the job's RefinePlan
    options = options_to_proto(plan.request)                              # resolved options
    msg = event_to_proto(job_id, seq, time.time(), event)    # pipeline event -> pb.JobEvent

It imports no torch (the plan and the report are imported when first used), so the parser
processes (``parsing.py``) can use it to read sketches.
"""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from sketch2real.geometry.limits import SketchLimits
from sketch2real.geometry.readers import read_sketch_bytes
from sketch2real.geometry.sketch import RIBBON_BRUSHES, MeshData, Sketch, Stroke
from sketch2real.geometry.validate import validate_sketch
from sketch2real.pipeline.events import (Cancelled, Completed, Failed, Preview, Progress,
                                         StageStarted)
from sketch2real.pipeline.errors import SettingsError
from sketch2real.pipeline.limits import PlanLimits
from sketch2real.pipeline.request import RefineRequest
from sketch2real.wire._generated import sketch2real_pb2 as pb
from sketch2real.wire.enums import (FAILURE_CODE_ENUMS, FIT_MODE_ENUMS, FIT_MODES,
                                    FORMAT_ENUMS, FORMATS, JOB_STATE_ENUMS, METHOD_ENUMS, METHODS,
                                    PRESET_ENUMS, PRESETS, PRIORITIES, PRIORITY_ENUMS)
from sketch2real.server.config import ServerLimits
from sketch2real.server.errors import InvalidArgument

if TYPE_CHECKING:  # torch: imported when a plan or a report is first converted
    from sketch2real.pipeline.plan import RefinePlan
    from sketch2real.pipeline.report import RefineReport

DEFAULT_RADIUS = 0.005
"""Stroke radius (metres) when a stroke gives neither ``radii`` nor ``radius``."""
MAX_BRUSH_CHARS = 64
MAX_NAME_CHARS = 128
MAX_REQUEST_ID_CHARS = 64

# --- sketches ------------------------------------------------------------------------------


def _rows(data: bytes, row_bytes: int, field: str, row_name: str) -> int:
    """Rows in a raw array field; refuses a byte length that is not a whole number of rows."""
    if len(data) % row_bytes:
        raise InvalidArgument(field, f"{len(data)} bytes is not a whole number of {row_name} "
                                     f"({row_bytes} bytes each)")
    return len(data) // row_bytes


def _rgba_float(packed: int) -> np.ndarray:
    """0xRRGGBBAA -> [4] float32 in [0, 1]."""
    return np.array([(packed >> s) & 0xFF for s in (24, 16, 8, 0)], np.float32) / 255.0


def _stroke_sketch(msg: "pb.StrokeSketch", lim: SketchLimits) -> Sketch:
    n_strokes = len(msg.strokes)
    if n_strokes == 0:
        raise InvalidArgument("sketch.strokes", "empty sketch: no strokes")
    if n_strokes > lim.max_strokes:
        raise InvalidArgument("sketch.strokes", f"{n_strokes} strokes is more than the limit "
                                                f"max_strokes={lim.max_strokes}")
    # Limits on counts first, before any array is built.
    counts = []
    for k, s in enumerate(msg.strokes):
        n = _rows(s.points, 12, f"sketch.strokes[{k}].points", "float32 xyz points")
        if n > lim.max_points_per_stroke:
            raise InvalidArgument(f"sketch.strokes[{k}].points",
                                  f"{n} points is more than the limit "
                                  f"max_points_per_stroke={lim.max_points_per_stroke}")
        counts.append(n)
    total = sum(counts)
    if total > lim.max_points:
        raise InvalidArgument("sketch.strokes", f"{total} points in all is more than the limit "
                                                f"max_points={lim.max_points}")
    strokes = []
    for k, (s, n) in enumerate(zip(msg.strokes, counts)):
        field = f"sketch.strokes[{k}]"
        points = np.frombuffer(s.points, dtype="<f4").reshape(n, 3)
        if s.radii:
            m = _rows(s.radii, 4, f"{field}.radii", "float32 radii")
            if m != n:
                raise InvalidArgument(f"{field}.radii", f"{m} radii for {n} points")
            radii = np.frombuffer(s.radii, dtype="<f4")
        else:
            radii = np.full(n, s.radius if s.HasField("radius") else DEFAULT_RADIUS, np.float32)
        if s.colors:
            m = _rows(s.colors, 4, f"{field}.colors", "uint8 RGBA colours")
            if m != n:
                raise InvalidArgument(f"{field}.colors", f"{m} colours for {n} points")
            colors = np.frombuffer(s.colors, dtype=np.uint8).reshape(n, 4)
        else:
            rgba = _rgba_float(s.rgba if s.HasField("rgba") else 0xFFFFFFFF)
            colors = np.tile(rgba, (n, 1))
        orientations = None
        if s.orientations:
            m = _rows(s.orientations, 16, f"{field}.orientations", "float32 xyzw quaternions")
            if m != n:
                raise InvalidArgument(f"{field}.orientations", f"{m} quaternions for {n} points")
            orientations = np.frombuffer(s.orientations, dtype="<f4").reshape(n, 4)
        if len(s.brush) > MAX_BRUSH_CHARS:
            raise InvalidArgument(f"{field}.brush", f"{len(s.brush)} characters is more than "
                                                    f"{MAX_BRUSH_CHARS}")
        brush = s.brush or "tube"
        strokes.append(Stroke(points=points, radii=radii, colors=colors,
                              orientations=orientations, brush=brush,
                              ribbon=bool(s.ribbon or brush.lower() in RIBBON_BRUSHES)))
    return Sketch(strokes=tuple(strokes), name="sketch")


def _mesh_sketch(msg: "pb.MeshSketch", lim: SketchLimits) -> Sketch:
    n_v = _rows(msg.positions, 12, "sketch.mesh.positions", "float32 xyz positions")
    if n_v > lim.max_vertices:
        raise InvalidArgument("sketch.mesh.positions", f"{n_v} vertices is more than the limit "
                                                       f"max_vertices={lim.max_vertices}")
    n_f = _rows(msg.indices, 12, "sketch.mesh.indices", "uint32 index triples")
    if n_f > lim.max_triangles:
        raise InvalidArgument("sketch.mesh.indices", f"{n_f} triangles is more than the limit "
                                                     f"max_triangles={lim.max_triangles}")
    if n_f == 0:
        raise InvalidArgument("sketch.mesh.indices", "empty sketch: the mesh has no triangles")
    colors = None
    if msg.colors:
        m = _rows(msg.colors, 4, "sketch.mesh.colors", "uint8 RGBA colours")
        if m != n_v:
            raise InvalidArgument("sketch.mesh.colors", f"{m} colours for {n_v} vertices")
        colors = np.frombuffer(msg.colors, dtype=np.uint8).reshape(n_v, 4)
    mesh = MeshData(vertices=np.frombuffer(msg.positions, dtype="<f4").reshape(n_v, 3),
                    faces=np.frombuffer(msg.indices, dtype="<u4").reshape(n_f, 3),
                    vertex_colors=colors)
    return Sketch(mesh=mesh, name="sketch")


def display_name(name: str) -> str:
    """A client's file name reduced to a label: no folders, no control characters, bounded."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip()
    return base[:MAX_NAME_CHARS] or "sketch"


def sketch_from_proto(msg: "pb.Sketch", limits: ServerLimits) -> Sketch:
    """A ``Sketch`` request message -> a validated, cleaned ``Sketch`` (metres, +Y up).

    Raises ``InvalidArgument`` (field named) for malformed wire arrays and counts over a limit,
    and the geometry room's ``SketchError`` for content problems (NaN, indices out of range,
    empty or degenerate sketch, unreadable file).
    """
    lim = limits.sketch_limits()
    which = msg.WhichOneof("source")
    if which is None:
        raise InvalidArgument("sketch", "empty sketch: give strokes, a mesh or a file")
    if which == "strokes":
        return validate_sketch(_stroke_sketch(msg.strokes, lim), lim)
    if which == "mesh":
        return validate_sketch(_mesh_sketch(msg.mesh, lim), lim)
    f = msg.file
    if not f.data:
        raise InvalidArgument("sketch.file.data", "empty file")
    if len(f.data) > lim.max_file_bytes:
        raise InvalidArgument("sketch.file.data", f"{len(f.data)} bytes is more than the limit "
                                                  f"max_file_bytes={lim.max_file_bytes}")
    name = display_name(f.name)
    fmt = f.format.strip() or Path(name).suffix
    if not fmt:
        raise InvalidArgument("sketch.file.format",
                              "no format: give one (e.g. \"tilt\") or a name with an extension")
    if len(fmt) > 16:
        raise InvalidArgument("sketch.file.format", f"'{fmt[:16]}...' is not a file format")
    return read_sketch_bytes(f.data, fmt, f"sketch.file '{name}'", lim)


def _u8(colors: np.ndarray) -> np.ndarray:
    """[N,4] float RGBA in [0, 1] -> [N,4] uint8."""
    return np.clip(np.round(np.asarray(colors, np.float64) * 255.0), 0, 255).astype(np.uint8)


def _packed(rgba_u8: np.ndarray) -> int:
    r, g, b, a = (int(c) for c in rgba_u8)
    return (r << 24) | (g << 16) | (b << 8) | a


def stored_sketch(sketch: Sketch) -> tuple["pb.Sketch", dict]:
    """A validated ``Sketch`` -> the compact form a job keeps (a ``pb.Sketch`` of strokes or a
    mesh, what Submit parsed, so the worker never reads the client's file again) and its meta
    (name, units, reader metadata; JSON-safe).

    Arrays keep their values (float32 points, radii, quaternions; int indices as uint32) except
    colours, which are stored as uint8 RGBA (a radius or a colour shared by a whole stroke is
    stored once)."""
    meta = {"name": sketch.name, "source_units": sketch.source_units,
            "metres_per_unit": float(sketch.metres_per_unit),
            "metadata": json.loads(json.dumps(sketch.metadata, default=str))}
    if sketch.mesh is not None:
        m = sketch.mesh
        msg = pb.Sketch(mesh=pb.MeshSketch(
            positions=np.ascontiguousarray(m.vertices, "<f4").tobytes(),
            indices=np.ascontiguousarray(m.faces, "<u4").tobytes(),
            colors=_u8(m.vertex_colors).tobytes() if m.vertex_colors is not None else b""))
        return msg, meta
    strokes = []
    for s in sketch.strokes:
        st = pb.Stroke(points=np.ascontiguousarray(s.points, "<f4").tobytes(), brush=s.brush,
                       ribbon=bool(s.ribbon))
        radii = np.asarray(s.radii, np.float32)
        if len(radii) and (radii == radii[0]).all():
            st.radius = float(radii[0])
        else:
            st.radii = radii.astype("<f4").tobytes()
        colors = _u8(s.colors)
        if len(colors) and (colors == colors[0]).all():
            st.rgba = _packed(colors[0])
        else:
            st.colors = colors.tobytes()
        if s.orientations is not None:
            st.orientations = np.ascontiguousarray(s.orientations, "<f4").tobytes()
        strokes.append(st)
    return pb.Sketch(strokes=pb.StrokeSketch(strokes=strokes)), meta


def sketch_from_stored(msg: "pb.Sketch", meta: dict) -> Sketch:
    """The compact form ``stored_sketch`` made -> the ``Sketch`` it was (trusted: it was
    validated when the job was submitted, so it is decoded, not checked again)."""
    common = dict(source_units=str(meta.get("source_units", "m")),
                  metres_per_unit=float(meta.get("metres_per_unit", 1.0)),
                  name=str(meta.get("name", "sketch")), metadata=dict(meta.get("metadata", {})))
    if msg.WhichOneof("source") == "mesh":
        m = msg.mesh
        colors = None
        if m.colors:
            colors = np.frombuffer(m.colors, np.uint8).reshape(-1, 4).astype(np.float32) / 255.0
        mesh = MeshData(vertices=np.frombuffer(m.positions, "<f4").reshape(-1, 3).copy(),
                        faces=np.frombuffer(m.indices, "<u4").reshape(-1, 3).astype(np.int64),
                        vertex_colors=colors)
        return Sketch(strokes=(), mesh=mesh, **common)
    strokes = []
    for s in msg.strokes.strokes:
        points = np.frombuffer(s.points, "<f4").reshape(-1, 3).copy()
        n = len(points)
        radii = np.frombuffer(s.radii, "<f4").copy() if s.radii else \
            np.full(n, s.radius, np.float32)
        if s.colors:
            colors = np.frombuffer(s.colors, np.uint8).reshape(n, 4).astype(np.float32) / 255.0
        else:
            colors = np.tile(_rgba_float(s.rgba), (n, 1))
        orientations = np.frombuffer(s.orientations, "<f4").reshape(n, 4).copy() \
            if s.orientations else None
        strokes.append(Stroke(points=points, radii=radii, colors=colors,
                              orientations=orientations, brush=s.brush, ribbon=s.ribbon))
    return Sketch(strokes=tuple(strokes), mesh=None, **common)


# --- options and the plan ------------------------------------------------------------------


def _enum(value: int, names: dict, field: str) -> str:
    """A request enum -> its name; refuses values the contract does not know."""
    if value not in names:
        raise InvalidArgument(field, f"unknown value {value}; expected one of "
                                     f"{', '.join(f'{v} ({n})' for v, n in names.items())}")
    return names[value]


_DEFAULT = RefineRequest(prompt="")

BRIDGE_STOP_NAMES = {pb.BRIDGE_STOP_FADE: "fade", pb.BRIDGE_STOP_NONE: "none"}
"""``RefineOptions.bridge_stop`` -> ``RefineRequest.bridge_stop`` (0 is the request's default)."""
BRIDGE_STOP_ENUMS = {name: value for value, name in BRIDGE_STOP_NAMES.items()}


def request_from_proto(o: "pb.RefineOptions", model: str, device: str,
                       limits: PlanLimits) -> RefineRequest:
    """Request options -> a ``RefineRequest`` for the server's ``model`` and ``device``. A zero
    value means ``RefineRequest``'s default (a default above the server's limit is lowered to
    it); unknown enum values are refused here, the rest by ``resolve_plan``."""
    kw: dict = {"prompt": o.prompt, "model": model, "device": device, "seed": int(o.seed)}
    if o.method:
        kw["method"] = _enum(o.method, METHODS, "options.method")
    if o.preset:
        kw["preset"] = _enum(o.preset, PRESETS, "options.preset")
    if o.fit_mode:
        kw["fit_mode"] = _enum(o.fit_mode, FIT_MODES, "options.fit_mode")
    if o.steps:
        kw["steps"] = int(o.steps)
    kw["max_faces"] = int(o.max_faces or min(_DEFAULT.max_faces, limits.max_faces))
    kw["texture_size"] = int(o.texture_size or min(_DEFAULT.texture_size,
                                                   limits.max_texture_size))
    kw["preview_max_faces"] = int(o.preview_max_faces or min(_DEFAULT.preview_max_faces,
                                                             limits.max_preview_faces))
    kw["preview_interval_s"] = float(o.preview_interval_s or _DEFAULT.preview_interval_s)
    formats: list[str] = []
    for i, f in enumerate(o.formats):
        if f == 0:
            raise InvalidArgument(f"options.formats[{i}]", "FORMAT_UNSPECIFIED is not a format")
        name = _enum(f, FORMATS, f"options.formats[{i}]")
        if name not in formats:
            formats.append(name)
    if formats:
        kw["formats"] = tuple(formats)
    if o.front:
        kw["front"] = tuple(float(c) for c in o.front)
    if o.bridge_stop:
        kw["bridge_stop"] = _enum(o.bridge_stop, BRIDGE_STOP_NAMES, "options.bridge_stop")
    return RefineRequest(**kw)


def options_to_proto(r: RefineRequest) -> "pb.RefineOptions":
    """A resolved request -> explicit ``RefineOptions`` (what ``Job.options`` shows; ``steps``
    stays 0 for "the preset's")."""
    return pb.RefineOptions(
        prompt=r.prompt, method=METHOD_ENUMS[r.method], preset=PRESET_ENUMS[r.preset],
        seed=r.seed, steps=r.steps or 0, max_faces=r.max_faces, texture_size=r.texture_size,
        fit_mode=FIT_MODE_ENUMS[r.fit_mode], formats=[FORMAT_ENUMS[f] for f in r.formats],
        preview_interval_s=r.preview_interval_s, preview_max_faces=r.preview_max_faces,
        front=list(r.front), bridge_stop=BRIDGE_STOP_ENUMS[r.bridge_stop])


def plan_from_proto(o: "pb.RefineOptions", model: str, device: str,
                    limits: PlanLimits) -> RefinePlan:
    """Request options -> the job's ``RefinePlan``, checked against ``limits``; a bad field is
    ``InvalidArgument`` naming ``options.<field>`` and the limit."""
    from sketch2real.pipeline.plan import resolve_plan

    try:
        return resolve_plan(request_from_proto(o, model, device, limits), limits)
    except SettingsError as err:
        raise InvalidArgument(f"options.{err.field}", err.detail) from None


def limits_to_proto(limits: ServerLimits, retention_seconds: float) -> "pb.Limits":
    """The server's limits as ``GetServerInfo`` reports them: every ``pb.Limits`` field from the
    ``ServerLimits`` field of the same name."""
    values = dataclasses.asdict(limits)
    names = [f.name for f in pb.Limits.DESCRIPTOR.fields if f.name != "retention_seconds"]
    return pb.Limits(**{n: values[n] for n in names}, retention_seconds=retention_seconds)


def worker_to_proto(w) -> "pb.WorkerInfo":
    """An executor's ``WorkerStatus`` -> ``WorkerInfo``."""
    return pb.WorkerInfo(worker_id=w.worker_id, node=w.node, device=w.device,
                         device_name=w.device_name, model=w.model, healthy=w.healthy,
                         reason=w.reason, busy=w.busy)


def priority_rank(value: int) -> int:
    """Priority enum -> queue rank (0 interactive, 1 batch); refuses unknown values."""
    if value == 0:
        value = pb.PRIORITY_INTERACTIVE
    if value not in PRIORITIES:
        raise InvalidArgument("priority", f"unknown value {value}; expected one of "
                                          f"{', '.join(str(v) for v in PRIORITIES)}")
    return PRIORITIES[value]


def check_request_id(request_id: str) -> str:
    if len(request_id) > MAX_REQUEST_ID_CHARS:
        raise InvalidArgument("request_id", f"{len(request_id)} characters is more than "
                                            f"{MAX_REQUEST_ID_CHARS}")
    return request_id


# --- meshes and events ---------------------------------------------------------------------


def vertex_normals(v: np.ndarray, f: np.ndarray) -> np.ndarray:
    """Area-weighted unit vertex normals [V,3] float32 for ``v`` [V,3], ``f`` [F,3]."""
    p = v.astype(np.float64)
    fn = np.cross(p[f[:, 1]] - p[f[:, 0]], p[f[:, 2]] - p[f[:, 0]])
    n = np.zeros_like(p)
    for c in range(3):
        for k in range(3):
            n[:, c] += np.bincount(f[:, k], weights=fn[:, c], minlength=len(p))
    length = np.linalg.norm(n, axis=1, keepdims=True)
    n = np.where(length > 1e-20, n / np.maximum(length, 1e-20), (0.0, 1.0, 0.0))
    return n.astype(np.float32)


def _colors_u8(colors, n: int) -> np.ndarray | None:
    if colors is None:
        return None
    c = np.asarray(colors)
    if c.ndim != 2 or c.shape[0] != n or c.shape[1] not in (3, 4):
        return None
    if c.dtype != np.uint8:
        c = np.clip(np.round(c.astype(np.float64) * 255.0), 0, 255).astype(np.uint8)
    if c.shape[1] == 3:
        c = np.concatenate([c, np.full((n, 1), 255, np.uint8)], axis=1)
    return np.ascontiguousarray(c)


def mesh_to_proto(vertices, faces, colors=None, uvs=None, texture_png=None) -> "pb.Mesh":
    """Arrays -> ``Mesh``: ``vertices`` [V,3] metres, ``faces`` [F,3] indices, ``colors``
    [V,4]/[V,3] uint8 or float in [0, 1], ``uvs`` [V,2], ``texture_png`` PNG bytes."""
    v = np.ascontiguousarray(np.asarray(vertices, dtype=np.float32).reshape(-1, 3))
    f = np.asarray(faces).reshape(-1, 3).astype(np.int64)
    if f.size and (f.min() < 0 or f.max() >= len(v)):
        raise ValueError(f"mesh faces index outside [0, {len(v)})")
    msg = pb.Mesh(vertex_count=len(v), triangle_count=len(f),
                  positions=v.astype("<f4").tobytes(), indices=f.astype("<u4").tobytes())
    if len(f):
        msg.normals = vertex_normals(v, f).astype("<f4").tobytes()
    c = _colors_u8(colors, len(v))
    if c is not None:
        msg.colors = c.tobytes()
    if uvs is not None:
        uv = np.asarray(uvs, dtype=np.float32)
        if uv.shape == (len(v), 2):
            msg.uvs = uv.astype("<f4").tobytes()
    if texture_png:
        msg.texture_png = bytes(texture_png)
    return msg


def mesh_from_proto(msg: "pb.Mesh") -> dict:
    """``Mesh`` -> dict of arrays: vertices [V,3] float32, faces [F,3] uint32, colors [V,4]
    uint8 or None, normals [V,3] or None, uvs [V,2] or None, texture_png bytes or None."""
    v = np.frombuffer(msg.positions, dtype="<f4").reshape(-1, 3)
    return {
        "vertices": v,
        "faces": np.frombuffer(msg.indices, dtype="<u4").reshape(-1, 3),
        "colors": np.frombuffer(msg.colors, dtype=np.uint8).reshape(-1, 4) if msg.colors else None,
        "normals": np.frombuffer(msg.normals, dtype="<f4").reshape(-1, 3) if msg.normals else None,
        "uvs": np.frombuffer(msg.uvs, dtype="<f4").reshape(-1, 2) if msg.uvs else None,
        "texture_png": msg.texture_png or None,
    }


def _json_default(obj):
    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    return str(obj)


def report_json(report: RefineReport | dict) -> str:
    """The job's report as JSON (the stand-in runner's is a plain dict)."""
    data = report if isinstance(report, dict) else report.to_dict()
    return json.dumps(data, default=_json_default, sort_keys=True)


def queued_event(job_id: str, seq: int, t: float, position: int, reason: str) -> "pb.JobEvent":
    return pb.JobEvent(job_id=job_id, seq=seq, time=t,
                       queued=pb.Queued(position=position, reason=reason))


def event_to_proto(job_id: str, seq: int, t: float, event, *, run_seconds: float = 0.0,
                   queued_seconds: float = 0.0) -> "pb.JobEvent":
    """A pipeline event (``pipeline/events.py``) -> ``JobEvent`` number ``seq``."""
    msg = pb.JobEvent(job_id=job_id, seq=seq, time=t)
    if isinstance(event, StageStarted):
        msg.stage_started.CopyFrom(pb.StageStarted(stage=event.stage,
                                                   total_steps=max(0, int(event.total_steps))))
    elif isinstance(event, Progress):
        msg.progress.CopyFrom(pb.Progress(
            stage=event.stage, step=max(0, int(event.step)),
            total_steps=max(0, int(event.total_steps)), loss=float(event.loss),
            eta_seconds=max(0.0, float(event.eta_seconds)),
            saturated_share=float(getattr(event, "saturated_share", 0.0))))
    elif isinstance(event, Preview):
        msg.preview.CopyFrom(pb.Preview(
            stage=event.stage, step=max(0, int(event.step)),
            mesh=mesh_to_proto(event.vertices, event.faces, event.colors)))
    elif isinstance(event, Completed):
        msg.completed.CopyFrom(pb.Completed(
            mesh=mesh_to_proto(event.vertices, event.faces, event.colors, event.uvs,
                               event.texture_png),
            formats=[FORMAT_ENUMS[k] for k in sorted(event.files) if k in FORMAT_ENUMS],
            stats=pb.JobStats(run_seconds=run_seconds, queued_seconds=queued_seconds,
                              report_json=report_json(event.report))))
    elif isinstance(event, Failed):
        msg.failed.CopyFrom(pb.Failed(
            code=FAILURE_CODE_ENUMS.get(event.code, pb.FAILURE_CODE_INTERNAL), message=event.message))
    elif isinstance(event, Cancelled):
        msg.cancelled.CopyFrom(pb.Cancelled(stage=event.stage, step=max(0, int(event.step))))
    else:
        raise TypeError(f"not a pipeline event: {type(event).__name__}")
    return msg


TERMINAL_KINDS = frozenset({"completed", "failed", "cancelled"})


def event_kind(msg: "pb.JobEvent") -> str:
    """"queued", "stage_started", "progress", "preview", "completed", "failed", "cancelled"."""
    return msg.WhichOneof("event") or ""


# --- jobs ----------------------------------------------------------------------------------


def job_to_proto(row: dict, queue_position: int = 0) -> "pb.Job":
    """A job store row (``store.py``) -> ``Job``."""
    options = pb.RefineOptions.FromString(row["options_pb"])
    job = pb.Job(job_id=row["job_id"], state=JOB_STATE_ENUMS[row["state"]],
                 priority=PRIORITY_ENUMS.get(row["priority"], pb.PRIORITY_INTERACTIVE),
                 options=options, sketch_kind=row["sketch_kind"], client=row["client"],
                 created_time=row["created"], started_time=row["started"] or 0.0,
                 finished_time=row["finished"] or 0.0, last_seq=row["last_seq"],
                 queue_position=queue_position, stage=row["stage"] or "",
                 step=row["step"] or 0, total_steps=row["total_steps"] or 0,
                 eta_seconds=row["eta"] or 0.0, attempts=row["attempts"],
                 cancel_requested=bool(row["cancel_requested"]))
    if row["state"] == "failed":
        job.failure.CopyFrom(pb.Failed(
            code=FAILURE_CODE_ENUMS.get(row["failure_code"] or "", pb.FAILURE_CODE_INTERNAL),
            message=row["failure_message"] or ""))
    if row["state"] == "completed":
        files = json.loads(row["result_files"] or "{}")
        job.formats.extend(FORMAT_ENUMS[k] for k in sorted(files) if k in FORMAT_ENUMS)
    return job
