"""Errors a request can end in, each carrying its gRPC status code. The service turns them into
``context.abort(code, message)``; messages are one line naming the field and the limit."""

from __future__ import annotations

import grpc


class RequestError(Exception):
    """Base: ``code`` is the gRPC status, ``str(err)`` the one-line message."""

    code = grpc.StatusCode.INTERNAL

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


class InvalidArgument(RequestError):
    code = grpc.StatusCode.INVALID_ARGUMENT

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(f"{field}: {message}")


class ResourceExhausted(RequestError):
    code = grpc.StatusCode.RESOURCE_EXHAUSTED


class NotFound(RequestError):
    code = grpc.StatusCode.NOT_FOUND


class FailedPrecondition(RequestError):
    code = grpc.StatusCode.FAILED_PRECONDITION


class Unavailable(RequestError):
    code = grpc.StatusCode.UNAVAILABLE
