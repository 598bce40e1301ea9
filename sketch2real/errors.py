"""The one error hierarchy of sketch2real, and the one table that maps it to gRPC status codes,
job failure codes and CLI exit codes.

Every room raises a subclass of one of these (the geometry room's ``SketchError`` is an
``InvalidInput``, the guidance room's ``PriorNotFoundError`` a ``ModelUnavailable``, ...), so the
server, the CLI and the job manager recognise an error by its class, never by its name. This
module imports nothing but the standard library: the torch-free client and the CLI's error
handling use it too.

``str(err)`` is always one line for the user (whitespace is collapsed).

| class              | means                                       | gRPC status        | job failure     | exit |
| ------------------ | ------------------------------------------- | ------------------ | --------------- | ---- |
| InvalidInput       | the user's sketch, options or configuration | INVALID_ARGUMENT   | invalid_input   | 2    |
| NotFound           | an unknown or expired job or result         | NOT_FOUND          | invalid_input   | 2    |
| Conflict           | asked of something in the wrong state       | FAILED_PRECONDITION| invalid_input   | 2    |
| ResourceLimit      | a queue, quota, memory or disk limit        | RESOURCE_EXHAUSTED | resource        | 3    |
| ModelUnavailable   | the diffusion model cannot be loaded        | FAILED_PRECONDITION| resource        | 2    |
| Unavailable        | the service cannot take it now (stopping)   | UNAVAILABLE        | resource        | 3    |
| WorkerLost         | a job's worker died (the job is re-queued)  | UNAVAILABLE        | resource        | 3    |
| RequestFailed      | a call to a server failed (client side)     | (the server's)     | internal        | 2    |
| InternalError      | a bug                                       | INTERNAL           | internal        | 1    |

Any other exception is internal. ``MemoryError`` is a resource limit.
"""

from __future__ import annotations

from dataclasses import dataclass


class Sketch2RealError(Exception):
    """Base of every error sketch2real raises on purpose. ``str(err)`` is one line."""

    def __init__(self, message: str = ""):
        super().__init__(" ".join(str(message).split()))


class InvalidInput(Sketch2RealError):
    """The user's input (sketch, options, a file, a configuration) cannot be used as given."""


class ConfigError(InvalidInput):
    """A configuration cannot be used: server options, a token file, a job database."""


class NotFound(InvalidInput):
    """An unknown job, or a result that is no longer kept."""


class Conflict(InvalidInput):
    """The request does not fit the current state (a result asked of a job that has none)."""


class ResourceLimit(Sketch2RealError):
    """A limit of the machine or the service: a full queue, a quota, out of memory, a full disk."""


class ModelUnavailable(Sketch2RealError):
    """The diffusion model is not where it was looked for, or cannot be loaded."""


class Unavailable(Sketch2RealError):
    """The service cannot take the request now (it is shutting down, its worker cannot work)."""


class WorkerLost(Unavailable):
    """The worker running a job went away (its process or its node died) before the job ended;
    the job may run again on another worker."""


class RequestFailed(Sketch2RealError):
    """A call to a sketch2real server failed (raised by clients)."""


class InternalError(Sketch2RealError):
    """A fault of ours, not of the input."""


@dataclass(frozen=True)
class ErrorKind:
    """How one class of error is reported."""

    failure_code: str
    """The job's failure code: "invalid_input", "resource" or "internal"."""
    grpc_status: str
    """The name of the ``grpc.StatusCode`` a request handler answers with."""
    exit_code: int
    """The CLI's exit status."""


ERROR_KINDS: dict[type[BaseException], ErrorKind] = {
    NotFound: ErrorKind("invalid_input", "NOT_FOUND", 2),
    Conflict: ErrorKind("invalid_input", "FAILED_PRECONDITION", 2),
    InvalidInput: ErrorKind("invalid_input", "INVALID_ARGUMENT", 2),
    ResourceLimit: ErrorKind("resource", "RESOURCE_EXHAUSTED", 3),
    ModelUnavailable: ErrorKind("resource", "FAILED_PRECONDITION", 2),
    Unavailable: ErrorKind("resource", "UNAVAILABLE", 3),
    RequestFailed: ErrorKind("internal", "INTERNAL", 2),
    InternalError: ErrorKind("internal", "INTERNAL", 1),
    MemoryError: ErrorKind("resource", "RESOURCE_EXHAUSTED", 3),
}
"""The table. Looked up along the exception's class hierarchy, most specific first."""

INTERNAL = ERROR_KINDS[InternalError]


def error_kind(exc: BaseException) -> ErrorKind:
    """How ``exc`` is reported: the entry of its nearest class in ``ERROR_KINDS``; internal for
    anything else."""
    for cls in type(exc).__mro__:
        kind = ERROR_KINDS.get(cls)
        if kind is not None:
            return kind
    return INTERNAL


def is_expected(exc: BaseException) -> bool:
    """True for errors that are reported as one line without a traceback (everything but
    internal errors and exceptions we did not raise on purpose)."""
    return isinstance(exc, Sketch2RealError) and not isinstance(exc, InternalError)
