"""Token authentication: ``authorization: Bearer <token>`` in the request metadata, checked by a
server interceptor before any handler runs. The health service needs no token (a load balancer
probes it); everything else, reflection included, does whenever the server has tokens.

Identity: the token's name is who the caller is (``identify``); jobs, quotas and retention
belong to it, and only an admin (a role in the token file) sees other identities' jobs. A server
without tokens cannot tell its callers apart: every caller is the one identity ``local``, which
owns what it submits and, being everyone, sees every job in the store.
"""

from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass

import grpc

from sketch2real.wire.tokens import bearer_token

logger = logging.getLogger(__name__)

EXEMPT_PREFIXES = ("/grpc.health.v1.Health/",)


def match_token(token: str | None, tokens: dict) -> str | None:
    """The client name of ``token`` among ``tokens`` (token -> name), compared in constant time
    against every known token; None when it matches none."""
    if not token:
        return None
    found = None
    given = token.encode()
    for known, name in tokens.items():
        if hmac.compare_digest(given, known.encode()):
            found = name
    return found


def peer_host(peer: str) -> str:
    """"ipv4:127.0.0.1:5555" -> "127.0.0.1"; "ipv6:[::1]:5555" -> "::1"."""
    kind, _, rest = peer.partition(":")
    if kind == "ipv6" and rest.startswith("["):
        return rest[1:rest.find("]")] if "]" in rest else rest
    if kind == "ipv4":
        return rest.rsplit(":", 1)[0]
    return peer or "unknown"


LOCAL_IDENTITY = "local"
"""The one identity of every caller of a server without tokens."""


@dataclass(frozen=True)
class Identity:
    """Who is calling: ``name`` owns the jobs it submits; ``admin`` sees everyone's."""

    name: str
    admin: bool = False

    def may_see(self, owner: str) -> bool:
        return self.admin or owner == self.name


def identify(context: grpc.ServicerContext, tokens: dict,
             admins: frozenset = frozenset()) -> Identity:
    """The caller's identity: the name of its token (the interceptor already refused calls
    without a valid one), or ``LOCAL_IDENTITY`` on a server without tokens."""
    if not tokens:
        return Identity(LOCAL_IDENTITY, admin=True)
    name = match_token(bearer_token(context.invocation_metadata()), tokens)
    if name is None:  # only reachable if the interceptor is not installed: refuse, never guess
        context.abort(grpc.StatusCode.UNAUTHENTICATED, "missing or wrong token")
    return Identity(name, admin=name in admins)


def client_name(context: grpc.ServicerContext, tokens: dict) -> str:
    """The caller's identity name (``identify``)."""
    return identify(context, tokens).name


def _denying_handler(handler: grpc.RpcMethodHandler, message: str) -> grpc.RpcMethodHandler:
    """A handler of the same shape as ``handler`` that answers UNAUTHENTICATED."""

    def deny(_request, context):
        context.abort(grpc.StatusCode.UNAUTHENTICATED, message)

    make = {(False, False): grpc.unary_unary_rpc_method_handler,
            (False, True): grpc.unary_stream_rpc_method_handler,
            (True, False): grpc.stream_unary_rpc_method_handler,
            (True, True): grpc.stream_stream_rpc_method_handler}[
        (handler.request_streaming, handler.response_streaming)]
    return make(deny, request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer)


class TokenAuthInterceptor(grpc.ServerInterceptor):
    def __init__(self, tokens: dict):
        self._tokens = dict(tokens)

    def intercept_service(self, continuation, handler_call_details):
        method = handler_call_details.method or ""
        if method.startswith(EXEMPT_PREFIXES):
            return continuation(handler_call_details)
        token = bearer_token(handler_call_details.invocation_metadata)
        if match_token(token, self._tokens) is not None:
            return continuation(handler_call_details)
        handler = continuation(handler_call_details)
        if handler is None:
            return None
        if token is None:
            message = ("missing token: send metadata 'authorization: Bearer <token>' "
                       "(sketch2real CLI: --token-file)")
        else:
            message = "wrong token"
        logger.info("refused %s: %s", method, message)
        return _denying_handler(handler, message)
