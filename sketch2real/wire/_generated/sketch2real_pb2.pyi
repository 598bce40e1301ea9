from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Method(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    METHOD_UNSPECIFIED: _ClassVar[Method]
    METHOD_BRIDGE: _ClassVar[Method]
    METHOD_SDS: _ClassVar[Method]
    METHOD_NFSD: _ClassVar[Method]
    METHOD_CSD: _ClassVar[Method]
    METHOD_VSD: _ClassVar[Method]

class Preset(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PRESET_UNSPECIFIED: _ClassVar[Preset]
    PRESET_PREVIEW: _ClassVar[Preset]
    PRESET_STANDARD: _ClassVar[Preset]
    PRESET_HIGH: _ClassVar[Preset]

class BridgeStop(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BRIDGE_STOP_UNSPECIFIED: _ClassVar[BridgeStop]
    BRIDGE_STOP_FADE: _ClassVar[BridgeStop]
    BRIDGE_STOP_NONE: _ClassVar[BridgeStop]

class Format(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FORMAT_UNSPECIFIED: _ClassVar[Format]
    FORMAT_GLB: _ClassVar[Format]
    FORMAT_OBJ: _ClassVar[Format]
    FORMAT_PLY: _ClassVar[Format]

class FitMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FIT_MODE_UNSPECIFIED: _ClassVar[FitMode]
    FIT_MODE_SURFACE: _ClassVar[FitMode]
    FIT_MODE_TUBE: _ClassVar[FitMode]
    FIT_MODE_MEMBRANE: _ClassVar[FitMode]

class Priority(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PRIORITY_UNSPECIFIED: _ClassVar[Priority]
    PRIORITY_INTERACTIVE: _ClassVar[Priority]
    PRIORITY_BATCH: _ClassVar[Priority]

class FailureCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FAILURE_CODE_UNSPECIFIED: _ClassVar[FailureCode]
    FAILURE_CODE_INVALID_INPUT: _ClassVar[FailureCode]
    FAILURE_CODE_RESOURCE: _ClassVar[FailureCode]
    FAILURE_CODE_INTERNAL: _ClassVar[FailureCode]

class JobState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    JOB_STATE_UNSPECIFIED: _ClassVar[JobState]
    JOB_STATE_QUEUED: _ClassVar[JobState]
    JOB_STATE_RUNNING: _ClassVar[JobState]
    JOB_STATE_COMPLETED: _ClassVar[JobState]
    JOB_STATE_FAILED: _ClassVar[JobState]
    JOB_STATE_CANCELLED: _ClassVar[JobState]
METHOD_UNSPECIFIED: Method
METHOD_BRIDGE: Method
METHOD_SDS: Method
METHOD_NFSD: Method
METHOD_CSD: Method
METHOD_VSD: Method
PRESET_UNSPECIFIED: Preset
PRESET_PREVIEW: Preset
PRESET_STANDARD: Preset
PRESET_HIGH: Preset
BRIDGE_STOP_UNSPECIFIED: BridgeStop
BRIDGE_STOP_FADE: BridgeStop
BRIDGE_STOP_NONE: BridgeStop
FORMAT_UNSPECIFIED: Format
FORMAT_GLB: Format
FORMAT_OBJ: Format
FORMAT_PLY: Format
FIT_MODE_UNSPECIFIED: FitMode
FIT_MODE_SURFACE: FitMode
FIT_MODE_TUBE: FitMode
FIT_MODE_MEMBRANE: FitMode
PRIORITY_UNSPECIFIED: Priority
PRIORITY_INTERACTIVE: Priority
PRIORITY_BATCH: Priority
FAILURE_CODE_UNSPECIFIED: FailureCode
FAILURE_CODE_INVALID_INPUT: FailureCode
FAILURE_CODE_RESOURCE: FailureCode
FAILURE_CODE_INTERNAL: FailureCode
JOB_STATE_UNSPECIFIED: JobState
JOB_STATE_QUEUED: JobState
JOB_STATE_RUNNING: JobState
JOB_STATE_COMPLETED: JobState
JOB_STATE_FAILED: JobState
JOB_STATE_CANCELLED: JobState

class Stroke(_message.Message):
    __slots__ = ("points", "radii", "radius", "colors", "rgba", "orientations", "brush", "ribbon")
    POINTS_FIELD_NUMBER: _ClassVar[int]
    RADII_FIELD_NUMBER: _ClassVar[int]
    RADIUS_FIELD_NUMBER: _ClassVar[int]
    COLORS_FIELD_NUMBER: _ClassVar[int]
    RGBA_FIELD_NUMBER: _ClassVar[int]
    ORIENTATIONS_FIELD_NUMBER: _ClassVar[int]
    BRUSH_FIELD_NUMBER: _ClassVar[int]
    RIBBON_FIELD_NUMBER: _ClassVar[int]
    points: bytes
    radii: bytes
    radius: float
    colors: bytes
    rgba: int
    orientations: bytes
    brush: str
    ribbon: bool
    def __init__(self, points: _Optional[bytes] = ..., radii: _Optional[bytes] = ..., radius: _Optional[float] = ..., colors: _Optional[bytes] = ..., rgba: _Optional[int] = ..., orientations: _Optional[bytes] = ..., brush: _Optional[str] = ..., ribbon: _Optional[bool] = ...) -> None: ...

class StrokeSketch(_message.Message):
    __slots__ = ("strokes",)
    STROKES_FIELD_NUMBER: _ClassVar[int]
    strokes: _containers.RepeatedCompositeFieldContainer[Stroke]
    def __init__(self, strokes: _Optional[_Iterable[_Union[Stroke, _Mapping]]] = ...) -> None: ...

class MeshSketch(_message.Message):
    __slots__ = ("positions", "indices", "colors")
    POSITIONS_FIELD_NUMBER: _ClassVar[int]
    INDICES_FIELD_NUMBER: _ClassVar[int]
    COLORS_FIELD_NUMBER: _ClassVar[int]
    positions: bytes
    indices: bytes
    colors: bytes
    def __init__(self, positions: _Optional[bytes] = ..., indices: _Optional[bytes] = ..., colors: _Optional[bytes] = ...) -> None: ...

class SketchFile(_message.Message):
    __slots__ = ("data", "format", "name")
    DATA_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    format: str
    name: str
    def __init__(self, data: _Optional[bytes] = ..., format: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class Sketch(_message.Message):
    __slots__ = ("strokes", "mesh", "file")
    STROKES_FIELD_NUMBER: _ClassVar[int]
    MESH_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    strokes: StrokeSketch
    mesh: MeshSketch
    file: SketchFile
    def __init__(self, strokes: _Optional[_Union[StrokeSketch, _Mapping]] = ..., mesh: _Optional[_Union[MeshSketch, _Mapping]] = ..., file: _Optional[_Union[SketchFile, _Mapping]] = ...) -> None: ...

class RefineOptions(_message.Message):
    __slots__ = ("prompt", "method", "preset", "seed", "steps", "max_faces", "texture_size", "fit_mode", "formats", "preview_interval_s", "preview_max_faces", "front", "bridge_stop")
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    PRESET_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    STEPS_FIELD_NUMBER: _ClassVar[int]
    MAX_FACES_FIELD_NUMBER: _ClassVar[int]
    TEXTURE_SIZE_FIELD_NUMBER: _ClassVar[int]
    FIT_MODE_FIELD_NUMBER: _ClassVar[int]
    FORMATS_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_INTERVAL_S_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_MAX_FACES_FIELD_NUMBER: _ClassVar[int]
    FRONT_FIELD_NUMBER: _ClassVar[int]
    BRIDGE_STOP_FIELD_NUMBER: _ClassVar[int]
    prompt: str
    method: Method
    preset: Preset
    seed: int
    steps: int
    max_faces: int
    texture_size: int
    fit_mode: FitMode
    formats: _containers.RepeatedScalarFieldContainer[Format]
    preview_interval_s: float
    preview_max_faces: int
    front: _containers.RepeatedScalarFieldContainer[float]
    bridge_stop: BridgeStop
    def __init__(self, prompt: _Optional[str] = ..., method: _Optional[_Union[Method, str]] = ..., preset: _Optional[_Union[Preset, str]] = ..., seed: _Optional[int] = ..., steps: _Optional[int] = ..., max_faces: _Optional[int] = ..., texture_size: _Optional[int] = ..., fit_mode: _Optional[_Union[FitMode, str]] = ..., formats: _Optional[_Iterable[_Union[Format, str]]] = ..., preview_interval_s: _Optional[float] = ..., preview_max_faces: _Optional[int] = ..., front: _Optional[_Iterable[float]] = ..., bridge_stop: _Optional[_Union[BridgeStop, str]] = ...) -> None: ...

class SubmitRequest(_message.Message):
    __slots__ = ("sketch", "options", "priority", "request_id")
    SKETCH_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    sketch: Sketch
    options: RefineOptions
    priority: Priority
    request_id: str
    def __init__(self, sketch: _Optional[_Union[Sketch, _Mapping]] = ..., options: _Optional[_Union[RefineOptions, _Mapping]] = ..., priority: _Optional[_Union[Priority, str]] = ..., request_id: _Optional[str] = ...) -> None: ...

class SubmitResponse(_message.Message):
    __slots__ = ("job_id", "queue_position", "duplicate")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    QUEUE_POSITION_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    queue_position: int
    duplicate: bool
    def __init__(self, job_id: _Optional[str] = ..., queue_position: _Optional[int] = ..., duplicate: _Optional[bool] = ...) -> None: ...

class Mesh(_message.Message):
    __slots__ = ("vertex_count", "triangle_count", "positions", "indices", "colors", "normals", "uvs", "texture_png")
    VERTEX_COUNT_FIELD_NUMBER: _ClassVar[int]
    TRIANGLE_COUNT_FIELD_NUMBER: _ClassVar[int]
    POSITIONS_FIELD_NUMBER: _ClassVar[int]
    INDICES_FIELD_NUMBER: _ClassVar[int]
    COLORS_FIELD_NUMBER: _ClassVar[int]
    NORMALS_FIELD_NUMBER: _ClassVar[int]
    UVS_FIELD_NUMBER: _ClassVar[int]
    TEXTURE_PNG_FIELD_NUMBER: _ClassVar[int]
    vertex_count: int
    triangle_count: int
    positions: bytes
    indices: bytes
    colors: bytes
    normals: bytes
    uvs: bytes
    texture_png: bytes
    def __init__(self, vertex_count: _Optional[int] = ..., triangle_count: _Optional[int] = ..., positions: _Optional[bytes] = ..., indices: _Optional[bytes] = ..., colors: _Optional[bytes] = ..., normals: _Optional[bytes] = ..., uvs: _Optional[bytes] = ..., texture_png: _Optional[bytes] = ...) -> None: ...

class Queued(_message.Message):
    __slots__ = ("position", "reason")
    POSITION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    position: int
    reason: str
    def __init__(self, position: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class StageStarted(_message.Message):
    __slots__ = ("stage", "total_steps")
    STAGE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_STEPS_FIELD_NUMBER: _ClassVar[int]
    stage: str
    total_steps: int
    def __init__(self, stage: _Optional[str] = ..., total_steps: _Optional[int] = ...) -> None: ...

class Progress(_message.Message):
    __slots__ = ("stage", "step", "total_steps", "loss", "eta_seconds", "saturated_share")
    STAGE_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    TOTAL_STEPS_FIELD_NUMBER: _ClassVar[int]
    LOSS_FIELD_NUMBER: _ClassVar[int]
    ETA_SECONDS_FIELD_NUMBER: _ClassVar[int]
    SATURATED_SHARE_FIELD_NUMBER: _ClassVar[int]
    stage: str
    step: int
    total_steps: int
    loss: float
    eta_seconds: float
    saturated_share: float
    def __init__(self, stage: _Optional[str] = ..., step: _Optional[int] = ..., total_steps: _Optional[int] = ..., loss: _Optional[float] = ..., eta_seconds: _Optional[float] = ..., saturated_share: _Optional[float] = ...) -> None: ...

class Preview(_message.Message):
    __slots__ = ("stage", "step", "mesh")
    STAGE_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    MESH_FIELD_NUMBER: _ClassVar[int]
    stage: str
    step: int
    mesh: Mesh
    def __init__(self, stage: _Optional[str] = ..., step: _Optional[int] = ..., mesh: _Optional[_Union[Mesh, _Mapping]] = ...) -> None: ...

class JobStats(_message.Message):
    __slots__ = ("run_seconds", "queued_seconds", "report_json")
    RUN_SECONDS_FIELD_NUMBER: _ClassVar[int]
    QUEUED_SECONDS_FIELD_NUMBER: _ClassVar[int]
    REPORT_JSON_FIELD_NUMBER: _ClassVar[int]
    run_seconds: float
    queued_seconds: float
    report_json: str
    def __init__(self, run_seconds: _Optional[float] = ..., queued_seconds: _Optional[float] = ..., report_json: _Optional[str] = ...) -> None: ...

class Completed(_message.Message):
    __slots__ = ("mesh", "formats", "stats")
    MESH_FIELD_NUMBER: _ClassVar[int]
    FORMATS_FIELD_NUMBER: _ClassVar[int]
    STATS_FIELD_NUMBER: _ClassVar[int]
    mesh: Mesh
    formats: _containers.RepeatedScalarFieldContainer[Format]
    stats: JobStats
    def __init__(self, mesh: _Optional[_Union[Mesh, _Mapping]] = ..., formats: _Optional[_Iterable[_Union[Format, str]]] = ..., stats: _Optional[_Union[JobStats, _Mapping]] = ...) -> None: ...

class Failed(_message.Message):
    __slots__ = ("code", "message")
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    code: FailureCode
    message: str
    def __init__(self, code: _Optional[_Union[FailureCode, str]] = ..., message: _Optional[str] = ...) -> None: ...

class Cancelled(_message.Message):
    __slots__ = ("stage", "step")
    STAGE_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    stage: str
    step: int
    def __init__(self, stage: _Optional[str] = ..., step: _Optional[int] = ...) -> None: ...

class JobEvent(_message.Message):
    __slots__ = ("job_id", "seq", "time", "queued", "stage_started", "progress", "preview", "completed", "failed", "cancelled")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    QUEUED_FIELD_NUMBER: _ClassVar[int]
    STAGE_STARTED_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_FIELD_NUMBER: _ClassVar[int]
    FAILED_FIELD_NUMBER: _ClassVar[int]
    CANCELLED_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    seq: int
    time: float
    queued: Queued
    stage_started: StageStarted
    progress: Progress
    preview: Preview
    completed: Completed
    failed: Failed
    cancelled: Cancelled
    def __init__(self, job_id: _Optional[str] = ..., seq: _Optional[int] = ..., time: _Optional[float] = ..., queued: _Optional[_Union[Queued, _Mapping]] = ..., stage_started: _Optional[_Union[StageStarted, _Mapping]] = ..., progress: _Optional[_Union[Progress, _Mapping]] = ..., preview: _Optional[_Union[Preview, _Mapping]] = ..., completed: _Optional[_Union[Completed, _Mapping]] = ..., failed: _Optional[_Union[Failed, _Mapping]] = ..., cancelled: _Optional[_Union[Cancelled, _Mapping]] = ...) -> None: ...

class Job(_message.Message):
    __slots__ = ("job_id", "state", "priority", "options", "sketch_kind", "client", "created_time", "started_time", "finished_time", "last_seq", "queue_position", "stage", "step", "total_steps", "eta_seconds", "failure", "formats", "attempts", "cancel_requested")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    SKETCH_KIND_FIELD_NUMBER: _ClassVar[int]
    CLIENT_FIELD_NUMBER: _ClassVar[int]
    CREATED_TIME_FIELD_NUMBER: _ClassVar[int]
    STARTED_TIME_FIELD_NUMBER: _ClassVar[int]
    FINISHED_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_SEQ_FIELD_NUMBER: _ClassVar[int]
    QUEUE_POSITION_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    TOTAL_STEPS_FIELD_NUMBER: _ClassVar[int]
    ETA_SECONDS_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    FORMATS_FIELD_NUMBER: _ClassVar[int]
    ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    CANCEL_REQUESTED_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    state: JobState
    priority: Priority
    options: RefineOptions
    sketch_kind: str
    client: str
    created_time: float
    started_time: float
    finished_time: float
    last_seq: int
    queue_position: int
    stage: str
    step: int
    total_steps: int
    eta_seconds: float
    failure: Failed
    formats: _containers.RepeatedScalarFieldContainer[Format]
    attempts: int
    cancel_requested: bool
    def __init__(self, job_id: _Optional[str] = ..., state: _Optional[_Union[JobState, str]] = ..., priority: _Optional[_Union[Priority, str]] = ..., options: _Optional[_Union[RefineOptions, _Mapping]] = ..., sketch_kind: _Optional[str] = ..., client: _Optional[str] = ..., created_time: _Optional[float] = ..., started_time: _Optional[float] = ..., finished_time: _Optional[float] = ..., last_seq: _Optional[int] = ..., queue_position: _Optional[int] = ..., stage: _Optional[str] = ..., step: _Optional[int] = ..., total_steps: _Optional[int] = ..., eta_seconds: _Optional[float] = ..., failure: _Optional[_Union[Failed, _Mapping]] = ..., formats: _Optional[_Iterable[_Union[Format, str]]] = ..., attempts: _Optional[int] = ..., cancel_requested: _Optional[bool] = ...) -> None: ...

class WatchRequest(_message.Message):
    __slots__ = ("job_id", "after_seq")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    AFTER_SEQ_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    after_seq: int
    def __init__(self, job_id: _Optional[str] = ..., after_seq: _Optional[int] = ...) -> None: ...

class CancelRequest(_message.Message):
    __slots__ = ("job_id",)
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    def __init__(self, job_id: _Optional[str] = ...) -> None: ...

class CancelResponse(_message.Message):
    __slots__ = ("state", "cancel_requested")
    STATE_FIELD_NUMBER: _ClassVar[int]
    CANCEL_REQUESTED_FIELD_NUMBER: _ClassVar[int]
    state: JobState
    cancel_requested: bool
    def __init__(self, state: _Optional[_Union[JobState, str]] = ..., cancel_requested: _Optional[bool] = ...) -> None: ...

class GetJobRequest(_message.Message):
    __slots__ = ("job_id",)
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    def __init__(self, job_id: _Optional[str] = ...) -> None: ...

class ListJobsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "states")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATES_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    states: _containers.RepeatedScalarFieldContainer[JobState]
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., states: _Optional[_Iterable[_Union[JobState, str]]] = ...) -> None: ...

class ListJobsResponse(_message.Message):
    __slots__ = ("jobs", "next_page_token")
    JOBS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    jobs: _containers.RepeatedCompositeFieldContainer[Job]
    next_page_token: str
    def __init__(self, jobs: _Optional[_Iterable[_Union[Job, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class DownloadResultRequest(_message.Message):
    __slots__ = ("job_id", "format", "chunk_bytes")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    CHUNK_BYTES_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    format: Format
    chunk_bytes: int
    def __init__(self, job_id: _Optional[str] = ..., format: _Optional[_Union[Format, str]] = ..., chunk_bytes: _Optional[int] = ...) -> None: ...

class ResultChunk(_message.Message):
    __slots__ = ("data", "offset", "total_bytes", "format", "sha256")
    DATA_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    TOTAL_BYTES_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    offset: int
    total_bytes: int
    format: Format
    sha256: str
    def __init__(self, data: _Optional[bytes] = ..., offset: _Optional[int] = ..., total_bytes: _Optional[int] = ..., format: _Optional[_Union[Format, str]] = ..., sha256: _Optional[str] = ...) -> None: ...

class GetServerInfoRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PresetInfo(_message.Message):
    __slots__ = ("preset", "name")
    PRESET_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    preset: Preset
    name: str
    def __init__(self, preset: _Optional[_Union[Preset, str]] = ..., name: _Optional[str] = ...) -> None: ...

class Limits(_message.Message):
    __slots__ = ("max_message_bytes", "max_file_bytes", "max_strokes", "max_points", "max_points_per_stroke", "max_vertices", "max_triangles", "max_prompt_chars", "max_steps", "max_faces", "max_preview_faces", "max_texture_size", "max_queued_per_client", "max_queued_total", "max_streams", "retention_seconds", "min_preview_interval_s", "max_streams_per_client", "max_stored_bytes_per_client", "max_lines", "max_nodes", "max_image_pixels")
    MAX_MESSAGE_BYTES_FIELD_NUMBER: _ClassVar[int]
    MAX_FILE_BYTES_FIELD_NUMBER: _ClassVar[int]
    MAX_STROKES_FIELD_NUMBER: _ClassVar[int]
    MAX_POINTS_FIELD_NUMBER: _ClassVar[int]
    MAX_POINTS_PER_STROKE_FIELD_NUMBER: _ClassVar[int]
    MAX_VERTICES_FIELD_NUMBER: _ClassVar[int]
    MAX_TRIANGLES_FIELD_NUMBER: _ClassVar[int]
    MAX_PROMPT_CHARS_FIELD_NUMBER: _ClassVar[int]
    MAX_STEPS_FIELD_NUMBER: _ClassVar[int]
    MAX_FACES_FIELD_NUMBER: _ClassVar[int]
    MAX_PREVIEW_FACES_FIELD_NUMBER: _ClassVar[int]
    MAX_TEXTURE_SIZE_FIELD_NUMBER: _ClassVar[int]
    MAX_QUEUED_PER_CLIENT_FIELD_NUMBER: _ClassVar[int]
    MAX_QUEUED_TOTAL_FIELD_NUMBER: _ClassVar[int]
    MAX_STREAMS_FIELD_NUMBER: _ClassVar[int]
    RETENTION_SECONDS_FIELD_NUMBER: _ClassVar[int]
    MIN_PREVIEW_INTERVAL_S_FIELD_NUMBER: _ClassVar[int]
    MAX_STREAMS_PER_CLIENT_FIELD_NUMBER: _ClassVar[int]
    MAX_STORED_BYTES_PER_CLIENT_FIELD_NUMBER: _ClassVar[int]
    MAX_LINES_FIELD_NUMBER: _ClassVar[int]
    MAX_NODES_FIELD_NUMBER: _ClassVar[int]
    MAX_IMAGE_PIXELS_FIELD_NUMBER: _ClassVar[int]
    max_message_bytes: int
    max_file_bytes: int
    max_strokes: int
    max_points: int
    max_points_per_stroke: int
    max_vertices: int
    max_triangles: int
    max_prompt_chars: int
    max_steps: int
    max_faces: int
    max_preview_faces: int
    max_texture_size: int
    max_queued_per_client: int
    max_queued_total: int
    max_streams: int
    retention_seconds: float
    min_preview_interval_s: float
    max_streams_per_client: int
    max_stored_bytes_per_client: int
    max_lines: int
    max_nodes: int
    max_image_pixels: int
    def __init__(self, max_message_bytes: _Optional[int] = ..., max_file_bytes: _Optional[int] = ..., max_strokes: _Optional[int] = ..., max_points: _Optional[int] = ..., max_points_per_stroke: _Optional[int] = ..., max_vertices: _Optional[int] = ..., max_triangles: _Optional[int] = ..., max_prompt_chars: _Optional[int] = ..., max_steps: _Optional[int] = ..., max_faces: _Optional[int] = ..., max_preview_faces: _Optional[int] = ..., max_texture_size: _Optional[int] = ..., max_queued_per_client: _Optional[int] = ..., max_queued_total: _Optional[int] = ..., max_streams: _Optional[int] = ..., retention_seconds: _Optional[float] = ..., min_preview_interval_s: _Optional[float] = ..., max_streams_per_client: _Optional[int] = ..., max_stored_bytes_per_client: _Optional[int] = ..., max_lines: _Optional[int] = ..., max_nodes: _Optional[int] = ..., max_image_pixels: _Optional[int] = ...) -> None: ...

class ServerInfo(_message.Message):
    __slots__ = ("server_version", "api_version", "grpc_version", "protobuf_version", "model", "device", "runner", "presets", "methods", "formats", "sketch_formats", "limits", "auth_required", "tls", "queued_jobs", "running_jobs", "identity", "admin", "workers", "rasterizer", "rasterizer_note", "unet_compiled", "compile_seconds")
    SERVER_VERSION_FIELD_NUMBER: _ClassVar[int]
    API_VERSION_FIELD_NUMBER: _ClassVar[int]
    GRPC_VERSION_FIELD_NUMBER: _ClassVar[int]
    PROTOBUF_VERSION_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    RUNNER_FIELD_NUMBER: _ClassVar[int]
    PRESETS_FIELD_NUMBER: _ClassVar[int]
    METHODS_FIELD_NUMBER: _ClassVar[int]
    FORMATS_FIELD_NUMBER: _ClassVar[int]
    SKETCH_FORMATS_FIELD_NUMBER: _ClassVar[int]
    LIMITS_FIELD_NUMBER: _ClassVar[int]
    AUTH_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    TLS_FIELD_NUMBER: _ClassVar[int]
    QUEUED_JOBS_FIELD_NUMBER: _ClassVar[int]
    RUNNING_JOBS_FIELD_NUMBER: _ClassVar[int]
    IDENTITY_FIELD_NUMBER: _ClassVar[int]
    ADMIN_FIELD_NUMBER: _ClassVar[int]
    WORKERS_FIELD_NUMBER: _ClassVar[int]
    RASTERIZER_FIELD_NUMBER: _ClassVar[int]
    RASTERIZER_NOTE_FIELD_NUMBER: _ClassVar[int]
    UNET_COMPILED_FIELD_NUMBER: _ClassVar[int]
    COMPILE_SECONDS_FIELD_NUMBER: _ClassVar[int]
    server_version: str
    api_version: str
    grpc_version: str
    protobuf_version: str
    model: str
    device: str
    runner: str
    presets: _containers.RepeatedCompositeFieldContainer[PresetInfo]
    methods: _containers.RepeatedScalarFieldContainer[Method]
    formats: _containers.RepeatedScalarFieldContainer[Format]
    sketch_formats: _containers.RepeatedScalarFieldContainer[str]
    limits: Limits
    auth_required: bool
    tls: bool
    queued_jobs: int
    running_jobs: int
    identity: str
    admin: bool
    workers: _containers.RepeatedCompositeFieldContainer[WorkerInfo]
    rasterizer: str
    rasterizer_note: str
    unet_compiled: bool
    compile_seconds: float
    def __init__(self, server_version: _Optional[str] = ..., api_version: _Optional[str] = ..., grpc_version: _Optional[str] = ..., protobuf_version: _Optional[str] = ..., model: _Optional[str] = ..., device: _Optional[str] = ..., runner: _Optional[str] = ..., presets: _Optional[_Iterable[_Union[PresetInfo, _Mapping]]] = ..., methods: _Optional[_Iterable[_Union[Method, str]]] = ..., formats: _Optional[_Iterable[_Union[Format, str]]] = ..., sketch_formats: _Optional[_Iterable[str]] = ..., limits: _Optional[_Union[Limits, _Mapping]] = ..., auth_required: _Optional[bool] = ..., tls: _Optional[bool] = ..., queued_jobs: _Optional[int] = ..., running_jobs: _Optional[int] = ..., identity: _Optional[str] = ..., admin: _Optional[bool] = ..., workers: _Optional[_Iterable[_Union[WorkerInfo, _Mapping]]] = ..., rasterizer: _Optional[str] = ..., rasterizer_note: _Optional[str] = ..., unet_compiled: _Optional[bool] = ..., compile_seconds: _Optional[float] = ...) -> None: ...

class WorkerInfo(_message.Message):
    __slots__ = ("worker_id", "node", "device", "device_name", "model", "healthy", "reason", "busy")
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    NODE_FIELD_NUMBER: _ClassVar[int]
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    DEVICE_NAME_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    HEALTHY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    BUSY_FIELD_NUMBER: _ClassVar[int]
    worker_id: str
    node: str
    device: str
    device_name: str
    model: str
    healthy: bool
    reason: str
    busy: bool
    def __init__(self, worker_id: _Optional[str] = ..., node: _Optional[str] = ..., device: _Optional[str] = ..., device_name: _Optional[str] = ..., model: _Optional[str] = ..., healthy: _Optional[bool] = ..., reason: _Optional[str] = ..., busy: _Optional[bool] = ...) -> None: ...
