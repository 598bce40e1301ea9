"""Errors a request can end in. They are the classes of ``sketch2real/errors.py`` (whose table
gives each its gRPC status code); ``InvalidArgument`` adds the field the message names.
The service turns them into ``context.abort(code, message)``; messages are one line naming the
field and the limit."""

from __future__ import annotations

from sketch2real.errors import Conflict as FailedPrecondition
from sketch2real.errors import InvalidInput, NotFound, ResourceLimit, Unavailable

ResourceExhausted = ResourceLimit
"""Too many jobs, streams or bytes: RESOURCE_EXHAUSTED."""

__all__ = ["InvalidArgument", "ResourceExhausted", "NotFound", "FailedPrecondition",
           "Unavailable"]


class InvalidArgument(InvalidInput):
    """A request field cannot be used: INVALID_ARGUMENT, the message starts with the field."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(f"{field}: {message}")
