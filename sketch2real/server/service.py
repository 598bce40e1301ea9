"""The ``sketch2real.v1.Sketch2Real`` service: request checks, status codes, streams.

Every handler turns our errors into one status code and one line (``errors.py``), and any other
exception into INTERNAL with the traceback in the log, never into a dead server. Requests are
parsed by our own deserializers, so a malformed message is INVALID_ARGUMENT (gRPC's default
would be an INTERNAL "exception deserializing request").

Every handler knows who is calling (``auth.identify``): jobs are looked up, listed, watched,
cancelled and downloaded as that identity (another identity's job is NOT_FOUND), and streams are
counted per identity. Submit checks what it can before the sketch is parsed (stopping, disk,
queue quota, a repeated request id), then parses it once in the parser pool (``parsing.py``)
and queues the validated result.
"""

from __future__ import annotations

import base64
import logging
import threading
from collections import defaultdict
from typing import Callable, Iterator

import grpc
import google.protobuf
from google.protobuf.message import DecodeError

import sketch2real
from sketch2real.server import convert
from sketch2real.wire._generated import sketch2real_pb2 as pb
from sketch2real.server.auth import Identity, identify
from sketch2real.server.config import ServerConfig
from sketch2real.errors import error_kind, is_expected
from sketch2real.server.errors import InvalidArgument, ResourceExhausted
from sketch2real.server.jobs import JobManager
from sketch2real.server.parsing import ParserPool
from sketch2real.wire import enums

logger = logging.getLogger(__name__)

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["Sketch2Real"].full_name
API_VERSION = pb.DESCRIPTOR.package
DEFAULT_CHUNK = 1024 * 1024
MIN_CHUNK, MAX_CHUNK = 4 * 1024, 4 * 1024 * 1024
DEFAULT_PAGE, MAX_PAGE = 20, 100
JOB_ID_CHARS = frozenset("0123456789abcdef")
MAX_SQL_INT = 2 ** 63 - 1
"""Largest integer the job store holds (SQLite's INTEGER): bigger request numbers are refused
here, not overflowed there."""
MAX_PAGE_TOKEN_CHARS = 32


class BadMessage:
    """What our deserializer returns for bytes that are not the expected message."""

    def __init__(self, type_name: str, error: Exception):
        self.message = f"the request is not a valid {type_name} message ({error})"


def _deserializer(cls) -> Callable[[bytes], object]:
    def parse(data: bytes):
        try:
            return cls.FromString(data)
        except (DecodeError, ValueError, RuntimeError) as exc:
            return BadMessage(cls.DESCRIPTOR.full_name, exc)
    return parse


def _check_job_id(job_id: str, field: str = "job_id") -> str:
    if not job_id:
        raise InvalidArgument(field, "missing job id")
    if len(job_id) != 32 or not set(job_id) <= JOB_ID_CHARS:
        raise InvalidArgument(field, "not a job id (32 lower-case hex characters)")
    return job_id


def _page_token(token: str) -> int:
    """The submission number a page token continues after; INVALID_ARGUMENT for anything that
    is not a token this server made (including numbers the store cannot hold)."""
    bad = InvalidArgument("page_token", "not a token from a previous page")
    if len(token) > MAX_PAGE_TOKEN_CHARS:
        raise bad
    try:
        text = base64.urlsafe_b64decode(token.encode("ascii")).decode("ascii")
    except (ValueError, UnicodeError):
        raise bad from None
    if not text.isdigit() or not 0 < int(text) <= MAX_SQL_INT:
        raise bad
    return int(text)


def _status_of(exc: Exception, method: str) -> tuple[grpc.StatusCode, str]:
    """The status code (the table in ``sketch2real/errors.py``) and message of ``exc``."""
    if is_expected(exc):
        return getattr(grpc.StatusCode, error_kind(exc).grpc_status), str(exc)
    logger.exception("%s failed", method)
    return grpc.StatusCode.INTERNAL, f"internal error in {method} ({type(exc).__name__}); " \
                                     "the server log has the details"


class Sketch2RealService:
    """Handlers of the service. ``add_to_server`` registers them."""

    def __init__(self, config: ServerConfig, manager: JobManager, runner_name: str,
                 sketch_formats: tuple[str, ...], parser: ParserPool | None = None,
                 runtime_info: Callable[[], dict] | None = None):
        """``runtime_info`` returns what ``GetServerInfo`` reports of the running process:
        ``rasterizer``, ``rasterizer_note``, ``unet_compiled``, ``compile_seconds``."""
        self.config = config
        self.runtime_info = runtime_info or (lambda: {})
        self.limits = config.limits
        self._plan_limits = config.limits.plan_limits()
        self.manager = manager
        self.parser = parser or ParserPool(config.parsing, config.limits)
        self.runner_name = runner_name
        self.sketch_formats = sketch_formats
        self._streams = 0
        self._streams_of: dict[str, int] = defaultdict(int)
        self._streams_lock = threading.Lock()

    # --- helpers ---------------------------------------------------------------------------

    def _open_stream(self, who: Identity) -> None:
        with self._streams_lock:
            if self._streams >= self.limits.max_streams:
                raise ResourceExhausted(f"{self._streams} streams are open, the limit "
                                        f"max_streams={self.limits.max_streams}; try again later")
            mine = self._streams_of[who.name]
            if mine >= self.limits.max_streams_per_client:
                raise ResourceExhausted(
                    f"client {who.name} has {mine} streams open, the limit "
                    f"max_streams_per_client={self.limits.max_streams_per_client}; close one")
            self._streams += 1
            self._streams_of[who.name] += 1

    def _close_stream(self, who: Identity) -> None:
        with self._streams_lock:
            self._streams -= 1
            self._streams_of[who.name] -= 1
            if not self._streams_of[who.name]:
                del self._streams_of[who.name]

    def _identity(self, context) -> Identity:
        return identify(context, self.config.tokens, self.config.admins)

    def _submit(self, request: "pb.SubmitRequest", context) -> tuple:
        if not request.HasField("sketch"):
            raise InvalidArgument("sketch", "empty sketch: give strokes, a mesh or a file")
        if not request.HasField("options"):
            raise InvalidArgument("options", "missing: at least options.prompt is needed")
        plan = convert.plan_from_proto(request.options, self.config.model, self.config.device,
                                       self._plan_limits)
        priority = convert.priority_rank(request.priority)
        request_id = convert.check_request_id(request.request_id)
        who = self._identity(context).name
        found = self.manager.precheck(who, request_id)
        if found is not None:
            return found
        parsed = self.parser.parse(request.sketch, who)
        return self.manager.submit(who, priority, plan, parsed, request_id)

    # --- handlers --------------------------------------------------------------------------

    def Submit(self, request, context):
        job_id, position, duplicate = self._submit(request, context)
        return pb.SubmitResponse(job_id=job_id, queue_position=position, duplicate=duplicate)

    def Refine(self, request, context):
        job_id, _, _ = self._submit(request, context)
        yield from self.manager.events(job_id, 0, context.is_active, self._identity(context))

    def Watch(self, request, context):
        _check_job_id(request.job_id)
        if request.after_seq > MAX_SQL_INT:
            raise InvalidArgument("after_seq", f"{request.after_seq} is beyond any job's events "
                                               f"(at most {MAX_SQL_INT})")
        yield from self.manager.events(request.job_id, request.after_seq, context.is_active,
                                       self._identity(context))

    def Cancel(self, request, context):
        state, requested = self.manager.cancel(_check_job_id(request.job_id),
                                               self._identity(context))
        return pb.CancelResponse(state=enums.JOB_STATE_ENUMS[state], cancel_requested=requested)

    def GetJob(self, request, context):
        return self.manager.job_proto(_check_job_id(request.job_id), self._identity(context))

    def ListJobs(self, request, context):
        size = request.page_size or DEFAULT_PAGE
        if size > MAX_PAGE:
            raise InvalidArgument("page_size", f"{size} is more than the limit {MAX_PAGE}")
        states = []
        for i, s in enumerate(request.states):
            if s not in enums.JOB_STATES:
                raise InvalidArgument(f"states[{i}]", f"unknown job state {s}")
            states.append(enums.JOB_STATES[s])
        before = _page_token(request.page_token) if request.page_token else None
        jobs, last = self.manager.list_jobs(tuple(states), size, before, self._identity(context))
        token = base64.urlsafe_b64encode(str(last).encode()).decode() if last else ""
        return pb.ListJobsResponse(jobs=jobs, next_page_token=token)

    def DownloadResult(self, request, context):
        job_id = _check_job_id(request.job_id)
        fmt = request.format or pb.FORMAT_GLB
        if fmt not in enums.FORMATS:
            raise InvalidArgument("format", f"unknown format {fmt}")
        chunk = request.chunk_bytes or DEFAULT_CHUNK
        if not MIN_CHUNK <= chunk <= MAX_CHUNK:
            raise InvalidArgument("chunk_bytes", f"{chunk} is outside {MIN_CHUNK}..{MAX_CHUNK}")
        chunk = min(chunk, max(MIN_CHUNK, self.limits.max_message_bytes - 1024))
        result = self.manager.result_file(job_id, enums.FORMATS[fmt], self._identity(context))
        digest = self.manager.verified(result, job_id)
        # The file is streamed with the digest recorded when it was written: a change after the
        # check above fails the client's own check, never passes it.
        with open(result.path, "rb") as fh:
            offset = 0
            while True:
                if not context.is_active():
                    return
                data = fh.read(chunk)
                if not data and offset:
                    return
                yield pb.ResultChunk(data=data, offset=offset, total_bytes=result.size,
                                     format=fmt, sha256=digest)
                offset += len(data)
                if not data:
                    return

    def GetServerInfo(self, request, context):
        counts = self.manager.counts()
        who = self._identity(context)
        return pb.ServerInfo(
            server_version=sketch2real.__version__, api_version=API_VERSION,
            grpc_version=grpc.__version__, protobuf_version=google.protobuf.__version__,
            model=self.config.model, device=self.config.device, runner=self.runner_name,
            presets=[pb.PresetInfo(preset=k, name=v) for k, v in enums.PRESETS.items()],
            methods=list(enums.METHODS), formats=list(enums.FORMATS),
            sketch_formats=list(self.sketch_formats),
            limits=convert.limits_to_proto(self.limits, self.config.retention_seconds),
            auth_required=bool(self.config.tokens), tls=self.config.tls_cert is not None,
            queued_jobs=counts.get("queued", 0), running_jobs=counts.get("running", 0),
            identity=who.name, admin=who.admin,
            workers=[convert.worker_to_proto(w) for w in self.manager.workers()],
            **self.runtime_info())

    # --- registration ----------------------------------------------------------------------

    def _unary(self, name: str, fn):
        def handle(request, context):
            if isinstance(request, BadMessage):
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, request.message)
            try:
                return fn(request, context)
            except Exception as exc:  # noqa: BLE001 - mapped to a status, never a crash
                code, message = _status_of(exc, name)
            context.abort(code, message)
        return handle

    def _stream(self, name: str, fn):
        def handle(request, context) -> Iterator:
            if isinstance(request, BadMessage):
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, request.message)
            who = self._identity(context)
            try:
                self._open_stream(who)
            except ResourceExhausted as exc:
                context.abort(*_status_of(exc, name))
            try:
                try:
                    yield from fn(request, context)
                    return
                except Exception as exc:  # noqa: BLE001 - mapped to a status
                    code, message = _status_of(exc, name)
                context.abort(code, message)
            finally:
                self._close_stream(who)
        return handle

    def handler(self) -> grpc.GenericRpcHandler:
        """One generic handler for every method of the service, with safe deserializers."""
        service = pb.DESCRIPTOR.services_by_name["Sketch2Real"]
        handlers = {}
        for method in service.methods:
            req_cls = getattr(pb, method.input_type.name)
            fn = getattr(self, method.name)
            kwargs = dict(request_deserializer=_deserializer(req_cls),
                          response_serializer=lambda msg: msg.SerializeToString())
            if method.server_streaming:
                handlers[method.name] = grpc.unary_stream_rpc_method_handler(
                    self._stream(method.name, fn), **kwargs)
            else:
                handlers[method.name] = grpc.unary_unary_rpc_method_handler(
                    self._unary(method.name, fn), **kwargs)
        return grpc.method_handlers_generic_handler(service.full_name, handlers)
