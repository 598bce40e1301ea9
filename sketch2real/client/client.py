"""A small Python client of the sketch2real gRPC service. It imports only grpcio, protobuf and the
generated stubs (no numpy, no torch), so it runs inside Blender, Maya or Houdini.

    from sketch2real.client import Client

    with Client("127.0.0.1:50051", token=None) as c:
        job_id = c.submit(Client.file_sketch("chair.tilt"), "a wooden chair")
        for event in c.follow(job_id):          # resumes by itself if the stream drops
            print(Client.describe(event))
        c.download(job_id, "chair.glb")

Arrays (``stroke``/``mesh_sketch``) may be numpy arrays (any dtype: converted with ``astype``),
nested lists, or raw little-endian bytes. Frame: metres, right-handed, +Y up.
"""

from __future__ import annotations

import array
import hashlib
import os
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator

import grpc

from sketch2real.client.errors import ClientError, JobFailed, ServerError
from sketch2real.wire.tokens import bearer_metadata
from sketch2real.wire._generated import sketch2real_pb2 as pb
from sketch2real.wire._generated import sketch2real_pb2_grpc as pb_grpc

pb2 = pb
"""The generated message module, for callers that build requests themselves."""

DEFAULT_TARGET = "127.0.0.1:50051"
DEFAULT_MAX_MESSAGE = 64 * 1024 * 1024
TERMINAL = ("completed", "failed", "cancelled")
_ENUMS = {
    "method": ("METHOD_", pb.Method), "preset": ("PRESET_", pb.Preset),
    "format": ("FORMAT_", pb.Format), "fit_mode": ("FIT_MODE_", pb.FitMode),
    "priority": ("PRIORITY_", pb.Priority), "state": ("JOB_STATE_", pb.JobState),
    "bridge_stop": ("BRIDGE_STOP_", pb.BridgeStop),
}
_U32 = "I" if array.array("I").itemsize == 4 else "L"


def enum_value(kind: str, value) -> int:
    """"bridge" / "METHOD_BRIDGE" / 1 -> the enum number (``kind``: method, preset, format,
    fit_mode, priority, state)."""
    prefix, enum = _ENUMS[kind]
    if isinstance(value, int):
        return value
    name = str(value).upper().replace("-", "_")
    try:
        return enum.Value(name if name.startswith(prefix) else prefix + name)
    except ValueError:
        choices = [n[len(prefix):].lower() for n in enum.keys() if not n.endswith("UNSPECIFIED")]
        raise ClientError(f"unknown {kind} {value!r}; expected one of {', '.join(choices)}") \
            from None


def enum_name(kind: str, number: int) -> str:
    """The enum number -> its short lower-case name ("bridge")."""
    prefix, enum = _ENUMS[kind]
    try:
        return enum.Name(number)[len(prefix):].lower()
    except ValueError:
        return str(number)


def _flatten(values) -> list:
    out: list = []
    stack = [iter(values)]
    while stack:
        for v in stack[-1]:
            if isinstance(v, (list, tuple)) or (hasattr(v, "__iter__") and
                                                not isinstance(v, (str, bytes))):
                stack.append(iter(v))
                break
            out.append(v)
        else:
            stack.pop()
    return out


def pack(values, kind: str) -> bytes:
    """Values -> raw little-endian bytes. ``kind``: "f32", "u32" or "u8". Accepts bytes (as is),
    numpy arrays (``astype``; float colours for "u8" are scaled by 255) or nested sequences."""
    if values is None:
        return b""
    if isinstance(values, (bytes, bytearray, memoryview)):
        return bytes(values)
    dtype = {"f32": "<f4", "u32": "<u4", "u8": "u1"}[kind]
    if hasattr(values, "astype") and hasattr(values, "tobytes"):
        if kind == "u8" and getattr(getattr(values, "dtype", None), "kind", "") == "f":
            values = (values.clip(0.0, 1.0) * 255.0).round()
        return values.astype(dtype).tobytes()
    flat = _flatten(values)
    if kind == "u8" and any(isinstance(v, float) for v in flat):
        flat = [int(round(min(1.0, max(0.0, float(v))) * 255.0)) for v in flat]
    arr = array.array({"f32": "f", "u32": _U32, "u8": "B"}[kind], flat)
    if sys.byteorder == "big" and kind != "u8":
        arr.byteswap()
    return arr.tobytes()


class Client:
    """A connection to one server. Methods raise ``ServerError`` (with ``.code``) when the
    server answers with an error status."""

    def __init__(self, target: str = DEFAULT_TARGET, *, token: str | None = None,
                 tls: bool = False, root_certificates: bytes | None = None,
                 server_name: str | None = None, timeout: float = 60.0,
                 max_message_bytes: int = DEFAULT_MAX_MESSAGE):
        """``token``: sent as ``authorization: Bearer <token>``. ``tls``: use TLS, trusting
        ``root_certificates`` (PEM bytes; None: the system's roots). ``server_name``: the name
        the certificate must carry when it differs from the target's host. ``timeout``: seconds
        for unary calls (streams have none)."""
        options = [("grpc.max_receive_message_length", max_message_bytes),
                   ("grpc.max_send_message_length", max_message_bytes)]
        if server_name:
            options.append(("grpc.ssl_target_name_override", server_name))
        if tls or root_certificates is not None:
            creds = grpc.ssl_channel_credentials(root_certificates=root_certificates)
            self._channel = grpc.secure_channel(target, creds, options=options)
        else:
            self._channel = grpc.insecure_channel(target, options=options)
        self._stub = pb_grpc.Sketch2RealStub(self._channel)
        self._metadata = (bearer_metadata(token),) if token else ()
        self.timeout = timeout
        self.target = target

    def close(self) -> None:
        self._channel.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- building requests -----------------------------------------------------------------

    @staticmethod
    def file_sketch(source, format: str | None = None, name: str | None = None) -> "pb.Sketch":
        """A sketch file: a path (read here, on the client) or its bytes plus ``format``."""
        if isinstance(source, (str, os.PathLike)):
            path = Path(source)
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise ClientError(f"{path}: cannot read ({exc.strerror or exc})") from None
            return pb.Sketch(file=pb.SketchFile(data=data, format=format or path.suffix,
                                                name=name or path.name))
        if not format:
            raise ClientError("give the format (e.g. 'tilt') of sketch bytes")
        return pb.Sketch(file=pb.SketchFile(data=bytes(source), format=format, name=name or ""))

    @staticmethod
    def stroke(points, radii=None, colors=None, *, radius: float | None = None,
               rgba: int | None = None, orientations=None, brush: str = "",
               ribbon: bool = False) -> "pb.Stroke":
        """One stroke: ``points`` [N,3] metres; ``radii`` [N] metres or one ``radius``;
        ``colors`` [N,4] RGBA (uint8, or float in [0, 1]) or one ``rgba`` 0xRRGGBBAA;
        ``orientations`` [N,4] quaternions (x, y, z, w)."""
        s = pb.Stroke(points=pack(points, "f32"), radii=pack(radii, "f32"),
                      colors=pack(colors, "u8"), orientations=pack(orientations, "f32"),
                      brush=brush, ribbon=ribbon)
        if radius is not None:
            s.radius = float(radius)
        if rgba is not None:
            s.rgba = int(rgba)
        return s

    @staticmethod
    def stroke_sketch(strokes: Iterable) -> "pb.Sketch":
        """Strokes (``pb.Stroke`` from ``stroke()``, or [N,3] point arrays) -> a sketch."""
        built = [s if isinstance(s, pb.Stroke) else Client.stroke(s) for s in strokes]
        return pb.Sketch(strokes=pb.StrokeSketch(strokes=built))

    @staticmethod
    def mesh_sketch(positions, indices, colors=None) -> "pb.Sketch":
        """``positions`` [V,3] metres, ``indices`` [F,3], ``colors`` [V,4] RGBA or None."""
        return pb.Sketch(mesh=pb.MeshSketch(positions=pack(positions, "f32"),
                                            indices=pack(indices, "u32"),
                                            colors=pack(colors, "u8")))

    @staticmethod
    def options(prompt: str, *, method="bridge", preset="standard", seed: int = 0,
                steps: int = 0, max_faces: int = 0, texture_size: int = 0, fit_mode="surface",
                formats=(), preview_interval_s: float = 0.0, preview_max_faces: int = 0,
                front=None, bridge_stop=0) -> "pb.RefineOptions":
        """Options by name (zeros: the server's defaults). ``front``: the direction (x, y, z)
        the object faces in the sketch's frame, horizontal (None: +Z, glTF's front).
        ``bridge_stop``: "fade" or "none" (the paper's ending of the bridge; 0: "fade")."""
        if front is not None:
            front = [float(c) for c in front]
            if len(front) != 3:
                raise ClientError(f"front must be three numbers (x, y, z), got {front!r}")
        return pb.RefineOptions(
            prompt=prompt, method=enum_value("method", method),
            preset=enum_value("preset", preset), seed=seed, steps=steps, max_faces=max_faces,
            texture_size=texture_size, fit_mode=enum_value("fit_mode", fit_mode),
            formats=[enum_value("format", f) for f in formats],
            preview_interval_s=preview_interval_s, preview_max_faces=preview_max_faces,
            front=front or [], bridge_stop=enum_value("bridge_stop", bridge_stop))

    def request(self, sketch: "pb.Sketch", prompt_or_options, *, priority="interactive",
                request_id: str = "", **options) -> "pb.SubmitRequest":
        opts = prompt_or_options if isinstance(prompt_or_options, pb.RefineOptions) \
            else self.options(prompt_or_options, **options)
        return pb.SubmitRequest(sketch=sketch, options=opts,
                                priority=enum_value("priority", priority), request_id=request_id)

    # --- calls -----------------------------------------------------------------------------

    def _unary(self, method, request):
        try:
            return method(request, timeout=self.timeout, metadata=self._metadata)
        except grpc.RpcError as exc:
            raise ServerError(exc.code(), exc.details()) from None

    def _stream(self, method, request) -> Iterator:
        call = method(request, metadata=self._metadata)
        try:
            yield from call
        except grpc.RpcError as exc:
            raise ServerError(exc.code(), exc.details()) from None
        finally:
            call.cancel()

    def submit(self, sketch: "pb.Sketch", prompt_or_options, *, priority="interactive",
               request_id: str = "", **options) -> str:
        """Queue a job; returns its id."""
        req = self.request(sketch, prompt_or_options, priority=priority,
                           request_id=request_id, **options)
        return self._unary(self._stub.Submit, req).job_id

    def refine(self, sketch: "pb.Sketch", prompt_or_options, *, priority="interactive",
               **options) -> Iterator["pb.JobEvent"]:
        """Submit and follow: the job's events up to the terminal one. Breaking out of the loop
        (or losing the connection) leaves the job running: ``follow(job_id, last_seq)``."""
        req = self.request(sketch, prompt_or_options, priority=priority, **options)
        return self._stream(self._stub.Refine, req)

    def watch(self, job_id: str, after_seq: int = 0) -> Iterator["pb.JobEvent"]:
        """Events with seq > after_seq, then live ones, until the terminal event."""
        return self._stream(self._stub.Watch, pb.WatchRequest(job_id=job_id, after_seq=after_seq))

    def follow(self, job_id: str, after_seq: int = 0, *, retries: int = 5,
               backoff_s: float = 0.5) -> Iterator["pb.JobEvent"]:
        """Like ``watch``, resuming after a dropped stream (UNAVAILABLE) up to ``retries`` times
        in a row, from the last seq seen: no event is lost or repeated."""
        last = after_seq
        failures = 0
        while True:
            try:
                for ev in self.watch(job_id, last):
                    failures = 0
                    last = ev.seq
                    yield ev
                    if ev.WhichOneof("event") in TERMINAL:
                        return
                return
            except ServerError as exc:
                if exc.code != grpc.StatusCode.UNAVAILABLE or failures >= retries:
                    raise
                failures += 1
                time.sleep(backoff_s * (2 ** (failures - 1)))

    def cancel(self, job_id: str) -> "pb.CancelResponse":
        return self._unary(self._stub.Cancel, pb.CancelRequest(job_id=job_id))

    def get_job(self, job_id: str) -> "pb.Job":
        return self._unary(self._stub.GetJob, pb.GetJobRequest(job_id=job_id))

    def list_jobs(self, states=(), page_size: int = 20, page_token: str = "") \
            -> "pb.ListJobsResponse":
        """One page, newest first (``states``: names like "queued" or enum numbers)."""
        req = pb.ListJobsRequest(page_size=page_size, page_token=page_token,
                                 states=[enum_value("state", s) for s in states])
        return self._unary(self._stub.ListJobs, req)

    def iter_jobs(self, states=(), page_size: int = 50, limit: int | None = None) \
            -> Iterator["pb.Job"]:
        """Every job (newest first), page by page, at most ``limit``."""
        token, n = "", 0
        while True:
            page = self.list_jobs(states, page_size, token)
            for job in page.jobs:
                if limit is not None and n >= limit:
                    return
                n += 1
                yield job
            token = page.next_page_token
            if not token:
                return

    def server_info(self) -> "pb.ServerInfo":
        return self._unary(self._stub.GetServerInfo, pb.GetServerInfoRequest())

    def health(self, service: str = "") -> str:
        """The health service's answer ("SERVING", "NOT_SERVING", ...)."""
        from grpc_health.v1 import health_pb2, health_pb2_grpc

        stub = health_pb2_grpc.HealthStub(self._channel)
        try:
            resp = stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=self.timeout)
        except grpc.RpcError as exc:
            raise ServerError(exc.code(), exc.details()) from None
        return health_pb2.HealthCheckResponse.ServingStatus.Name(resp.status)

    def download(self, job_id: str, dest=None, format="glb", chunk_bytes: int = 0):
        """The result file: written to ``dest`` (a path; returns it) or returned as bytes.
        Checks the size and SHA-256 the server sent."""
        req = pb.DownloadResultRequest(job_id=job_id, format=enum_value("format", format),
                                       chunk_bytes=chunk_bytes)
        parts, total, digest = [], None, ""
        for chunk in self._stream(self._stub.DownloadResult, req):
            if chunk.offset != sum(len(p) for p in parts):
                raise ClientError(f"download of job {job_id}: chunk at offset {chunk.offset} "
                                  "out of order")
            parts.append(chunk.data)
            total, digest = chunk.total_bytes, chunk.sha256
        data = b"".join(parts)
        if total is None or len(data) != total or hashlib.sha256(data).hexdigest() != digest:
            raise ClientError(f"download of job {job_id}: incomplete or corrupted "
                              f"({len(data)} of {total} bytes)")
        if dest is None:
            return data
        path = Path(dest)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)
        return path

    def wait(self, job_id: str, after_seq: int = 0, on_event=None) -> "pb.JobEvent":
        """Follow the job to its end; returns the Completed event, raises ``JobFailed`` for
        Failed or Cancelled. ``on_event(event)`` sees every event on the way."""
        for ev in self.follow(job_id, after_seq):
            if on_event is not None:
                on_event(ev)
            kind = ev.WhichOneof("event")
            if kind == "completed":
                return ev
            if kind == "failed":
                code = pb.FailureCode.Name(ev.failed.code)[len("FAILURE_CODE_"):].lower()
                raise JobFailed(job_id, f"failed ({code})", ev.failed.message)
            if kind == "cancelled":
                raise JobFailed(job_id, "cancelled", f"at {ev.cancelled.stage} step "
                                                     f"{ev.cancelled.step}")
        raise ClientError(f"job {job_id}: the stream ended before the job did")

    # --- display ---------------------------------------------------------------------------

    @staticmethod
    def describe(ev: "pb.JobEvent") -> str:
        """One line for a person."""
        kind = ev.WhichOneof("event")
        head = f"[{ev.seq}]"
        if kind == "queued":
            return f"{head} queued at position {ev.queued.position} ({ev.queued.reason})"
        if kind == "stage_started":
            steps = f", {ev.stage_started.total_steps} steps" if ev.stage_started.total_steps \
                else ""
            return f"{head} stage {ev.stage_started.stage}{steps}"
        if kind == "progress":
            p = ev.progress
            return (f"{head} {p.stage} {p.step}/{p.total_steps} loss {p.loss:.4g} "
                    f"eta {p.eta_seconds:.0f}s")
        if kind == "preview":
            return (f"{head} preview at {ev.preview.stage} step {ev.preview.step}: "
                    f"{ev.preview.mesh.triangle_count} triangles")
        if kind == "completed":
            c = ev.completed
            formats = ", ".join(enum_name("format", f) for f in c.formats)
            return (f"{head} completed in {c.stats.run_seconds:.1f}s: "
                    f"{c.mesh.triangle_count} triangles; files: {formats}")
        if kind == "failed":
            return f"{head} failed ({pb.FailureCode.Name(ev.failed.code)}): {ev.failed.message}"
        if kind == "cancelled":
            return f"{head} cancelled at {ev.cancelled.stage} step {ev.cancelled.step}"
        return f"{head} (unknown event)"
