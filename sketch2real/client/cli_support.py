"""What the client commands (``submit``, ``jobs``) share: connection flags and ``connect``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from sketch2real.client.errors import ClientError

ENV_SERVER = "SKETCH2REAL_SERVER"
ENV_TOKEN = "SKETCH2REAL_TOKEN"


def add_connection_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--server", default=os.environ.get(ENV_SERVER, "127.0.0.1:50051"),
                   metavar="HOST:PORT", help=f"server address (default ${ENV_SERVER} or "
                                             "127.0.0.1:50051)")
    p.add_argument("--token-file", metavar="FILE",
                   help=f"file whose first token is sent (default: ${ENV_TOKEN}, if set)")
    p.add_argument("--tls", action="store_true", help="use TLS with the system's roots")
    p.add_argument("--tls-ca", metavar="PEM", help="use TLS, trusting this CA certificate")
    p.add_argument("--tls-server-name", metavar="NAME",
                   help="name the server's certificate carries, if not the host")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per call (default 60)")


def parse_vector(text: str) -> tuple[float, float, float]:
    """"X,Y,Z" -> three floats (an ``argparse`` type: bad text is a usage error)."""
    try:
        values = tuple(float(v) for v in text.split(","))
    except ValueError:
        values = ()
    if len(values) != 3:
        raise argparse.ArgumentTypeError(f"expected three numbers X,Y,Z, got {text!r}")
    return values


def read_token(path: str | None) -> str | None:
    """The token to send: the first token of ``path`` (the server's token-file format, read by
    ``sketch2real.wire.tokens.read_token_file``) or ``$SKETCH2REAL_TOKEN``."""
    if not path:
        return os.environ.get(ENV_TOKEN) or None
    from sketch2real.wire.tokens import read_token_file

    return next(iter(read_token_file(Path(path))))


def connect(args: argparse.Namespace):
    from sketch2real.client.client import Client

    roots = None
    if args.tls_ca:
        try:
            roots = Path(args.tls_ca).read_bytes()
        except OSError as exc:
            raise ClientError(f"{args.tls_ca}: cannot read ({exc.strerror or exc})") from None
    return Client(args.server, token=read_token(args.token_file), tls=args.tls,
                  root_certificates=roots, server_name=args.tls_server_name,
                  timeout=args.timeout)
