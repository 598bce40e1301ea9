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

__all__ = ["ServerLimits", "ServerConfig", "ConfigError", "check_config", "is_loopback",
           "read_token_file"]

MiB = 1024 * 1024


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
class ServerConfig:
    host: str = "127.0.0.1"
    """Address to listen on. Anything but loopback needs a token (or ``insecure``)."""
    port: int = 50051
    """TCP port; 0 picks a free one (``Server.port`` tells which)."""
    data_dir: Path = Path("sketch2real-data")
    """Holds ``jobs.sqlite3`` and ``jobs/<job_id>/`` (the input and result files)."""
    tokens: dict = field(default_factory=dict)
    """token -> client name. Empty: no authentication (loopback or ``insecure`` only)."""
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
    """At most this many finished jobs are kept; the oldest go first."""
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
