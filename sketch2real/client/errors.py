"""Errors the client raises. ``str(err)`` is one line for the user."""

from __future__ import annotations

from sketch2real.errors import RequestFailed


class ClientError(RequestFailed):
    """Base class of the client's errors (bad local input, an answer from the server)."""


class ServerError(ClientError):
    """The server answered with an error status. ``code`` is the ``grpc.StatusCode``, ``details``
    the server's one-line message."""

    def __init__(self, code, details: str):
        self.code = code
        self.details = details or ""
        name = getattr(code, "name", str(code))
        super().__init__(f"{name}: {self.details}" if self.details else name)


class JobFailed(ClientError):
    """A job ended in Failed (``code`` is the FailureCode name) or Cancelled."""

    def __init__(self, job_id: str, code: str, message: str):
        self.job_id = job_id
        self.code = code
        super().__init__(f"job {job_id} {code}: {message}" if message else f"job {job_id} {code}")
