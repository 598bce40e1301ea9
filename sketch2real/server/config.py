"""Server options and the limits it enforces. Plain frozen dataclasses: the ``serve`` command
builds them from flags, tests build them directly.
"""

from __future__ import annotations

import dataclasses
import ipaddress
from dataclasses import dataclass, field
from pathlib import Path

from sketch2real.errors import ConfigError
from sketch2real.geometry.limits import SketchLimits
from sketch2real.pipeline.limits import PLAN_LIMITS, PlanLimits
from sketch2real.pipeline.request import DEFAULT_MODEL
from sketch2real.wire.tokens import read_token_file

__all__ = ["ServerLimits", "ServerConfig", "ParserConfig", "ConfigError", "check_config",
           "config_warnings", "is_loopback", "read_token_file"]

MiB = 1024 * 1024
GiB = 1024 * MiB


_SKETCH = SketchLimits()


@dataclass(frozen=True)
class ServerLimits:
    """What one request may ask for. Every refusal names the field and the limit.

    The sketch and plan limits narrow the library's own (``geometry/limits.py``,
    ``pipeline/limits.py``): a value wider than those is refused at start (``ConfigError``).
    The defaults here are the server's narrowing, stated once; ``GetServerInfo`` reports them."""

    max_message_bytes: int = 64 * MiB
    """Largest gRPC message either way (a bigger request is RESOURCE_EXHAUSTED by gRPC itself)."""
    max_file_bytes: int = 64 * MiB
    """Largest ``SketchFile.data``."""
    max_strokes: int = _SKETCH.max_strokes
    max_points: int = _SKETCH.max_points
    """Stroke points summed over all strokes."""
    max_points_per_stroke: int = _SKETCH.max_points_per_stroke
    max_vertices: int = _SKETCH.max_vertices
    max_triangles: int = _SKETCH.max_triangles
    max_prompt_chars: int = PLAN_LIMITS.max_prompt_chars
    max_steps: int = 30_000
    """Most refinement steps a job may ask for (the paper's full schedule is 25,000)."""
    max_faces: int = 500_000
    max_preview_faces: int = 50_000
    max_texture_size: int = PLAN_LIMITS.max_texture_size
    min_preview_interval_s: float = 0.5
    """Least seconds between previews a client may ask for (each preview is a message)."""
    max_queued_per_client: int = 16
    """Jobs one client may have queued or running at once."""
    max_queued_total: int = 256
    """Jobs all clients together may have queued or running."""
    max_streams: int = 48
    """Event and download streams open at once (each holds a server thread)."""
    max_streams_per_client: int = 16
    """Streams one client may have open at once (so no client takes every slot)."""
    max_stored_bytes_per_client: int = 8 * GiB
    """Bytes one client's jobs may keep on the server: inputs, events and result files. Past it,
    the client's own oldest finished jobs go first; if its queued and running jobs alone are
    past it, Submit is RESOURCE_EXHAUSTED."""
    max_lines: int = _SKETCH.max_lines
    """Most lines in a text sketch file, counted before any is read."""
    max_nodes: int = _SKETCH.max_nodes
    """Most glTF/GLB node instances."""
    max_image_pixels: int = _SKETCH.max_image_pixels
    """Largest texture (width x height) in a sketch file, read from its header."""

    def __post_init__(self) -> None:
        self.plan_limits()
        self.sketch_limits()

    def plan_limits(self) -> PlanLimits:
        """The pipeline's limits narrowed to these (``ConfigError`` if one would widen them)."""
        return PLAN_LIMITS.narrowed(
            max_prompt_chars=self.max_prompt_chars, max_steps=self.max_steps,
            max_faces=self.max_faces, max_preview_faces=self.max_preview_faces,
            max_texture_size=self.max_texture_size,
            min_preview_interval_s=self.min_preview_interval_s)

    def sketch_limits(self) -> SketchLimits:
        """The geometry room's limits narrowed to these (``ConfigError`` if one would widen
        them)."""
        values = {f.name: getattr(self, f.name) for f in dataclasses.fields(SketchLimits)}
        for name, value in values.items():
            if value > getattr(_SKETCH, name):
                raise ConfigError(f"limit {name}={value} is wider than the pipeline's "
                                  f"{getattr(_SKETCH, name)}")
        return SketchLimits(**values)


@dataclass(frozen=True)
class ParserConfig:
    """The pool of parser processes that read clients' sketch files (``parsing.ParserPool``).
    A file is parsed in a child process with a memory ceiling and CPU and wall-clock limits, a
    few at a time, so no file can take the server's memory or stall other clients."""

    workers: int = 2
    """Parser processes (each parses one file at a time). 0: parse in the server process (tests
    and tools only: no memory ceiling, no time limit)."""
    memory_bytes: int = 1 * GiB
    """Address space a parser may add to what it holds after its imports (RLIMIT_AS)."""
    cpu_seconds: int = 20
    """CPU seconds one parse may use (RLIMIT_CPU)."""
    wall_seconds: float = 30.0
    """Seconds one parse may take before its process is killed and replaced."""
    wait_seconds: float = 20.0
    """Seconds a request waits for a free parser before RESOURCE_EXHAUSTED."""
    per_client: int = 2
    """Parses one client may have running or waiting at once."""
    queue: int = 8
    """Parses that may wait for a parser, all clients together; beyond, RESOURCE_EXHAUSTED at
    once (a waiting request holds a server thread)."""
    inline_bytes: int = 4 * MiB
    """Raw-array sketches (strokes, a mesh) up to this size are checked in the server process
    (their size on the wire bounds their memory); files always go to a parser process."""
    recycle_rss_bytes: int = 384 * MiB
    """A parser whose resident memory stays above this after a parse is replaced."""


@dataclass(frozen=True)
class ServerConfig:
    host: str = "127.0.0.1"
    """Address to listen on. Anything but loopback needs a token (or ``insecure``)."""
    port: int = 50051
    """TCP port; 0 picks a free one (``Server.port`` tells which)."""
    data_dir: Path = Path("sketch2real-data")
    """Holds ``jobs.sqlite3`` and ``jobs/<job_id>/`` (the input and result files)."""
    tokens: dict = field(default_factory=dict)
    """token -> client name. Empty: no authentication (loopback or ``insecure`` only), and every
    caller is the one identity ``LOCAL_IDENTITY`` (``auth.py``)."""
    admins: frozenset = frozenset()
    """Client names with the admin role: they see, cancel and download every client's jobs."""
    insecure: bool = False
    """Allow listening beyond loopback without a token."""
    tls_cert: Path | None = None
    """PEM certificate chain; with ``tls_key`` the server speaks TLS only."""
    tls_key: Path | None = None
    model: str = DEFAULT_MODEL
    """The diffusion prior every job runs with (clients cannot choose it)."""
    device: str = "cuda"
    limits: ServerLimits = ServerLimits()
    retention_seconds: float = 7 * 24 * 3600.0
    """Finished jobs (events and files) older than this are deleted."""
    max_finished_jobs: int = 1000
    """At most this many finished jobs are kept per client; its oldest go first (one client's
    jobs never push out another's)."""
    max_restarts: int = 2
    """A job that was running when the server died is re-queued at most this many times; the
    next time it is FAILED (an input that kills the server must not kill it at every start)."""
    min_free_bytes: int = 64 * MiB
    """Below this much free space in ``data_dir`` Submit is RESOURCE_EXHAUSTED, the worker
    waits and health is NOT_SERVING, until space returns."""
    parsing: ParserConfig = ParserConfig()
    shutdown_grace_seconds: float = 5.0
    """On SIGTERM the running job gets this long to finish before it is re-queued."""
    max_workers: int = 64
    """gRPC handler threads; also the most RPCs in flight (more are RESOURCE_EXHAUSTED)."""


def is_loopback(host: str) -> bool:
    """True for "localhost" and loopback addresses (127.0.0.0/8, ::1)."""
    h = host.strip().strip("[]").lower()
    if h == "localhost":
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


def check_config(config: ServerConfig) -> None:
    """Refuse configurations that would be unsafe or cannot work; raises ``ConfigError``."""
    if not is_loopback(config.host) and not config.tokens and not config.insecure:
        raise ConfigError(
            f"refusing to listen on {config.host} without a token: give --token-file, or "
            "--insecure to accept anyone who can reach the port")
    if (config.tls_cert is None) != (config.tls_key is None):
        raise ConfigError("TLS needs both --tls-cert and --tls-key")
    for p in (config.tls_cert, config.tls_key):
        if p is not None and not Path(p).is_file():
            raise ConfigError(f"{p}: no such file")
    if not 0 <= config.port <= 65535:
        raise ConfigError(f"port {config.port} is out of range 0..65535")
    if config.parsing.workers < 0:
        raise ConfigError(f"parser workers {config.parsing.workers} is negative")
    unknown = set(config.admins) - set(config.tokens.values())
    if unknown:
        raise ConfigError(f"admin names without a token: {', '.join(sorted(unknown))}")


def config_warnings(config: ServerConfig) -> list[str]:
    """One line for each thing that works but is unsafe (logged at start)."""
    out = []
    if not is_loopback(config.host) and config.tls_cert is None:
        if config.tokens:
            out.append(f"listening on {config.host} with tokens but without TLS: tokens travel "
                       "in plaintext and can be read on the network; give --tls-cert and "
                       "--tls-key")
        else:
            out.append(f"listening on {config.host} without tokens or TLS (--insecure): anyone "
                       "who can reach the port can submit, read and cancel every job")
    if config.parsing.workers == 0:
        out.append("sketch files are parsed in the server process (parser workers 0): no "
                   "memory ceiling or time limit protects the server from a hostile file")
    return out
