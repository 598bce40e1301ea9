"""The token format, shared by the server (which checks tokens) and the clients (which send them).

A token file has one token per line, ``#`` starting a comment; a token is at least 16
characters::

    TOKEN                  # an unnamed client ("client1", "client2", ...)
    NAME TOKEN             # the client NAME: it owns the jobs it submits and sees only those
    NAME TOKEN admin       # an administrator: sees, cancels and downloads every client's jobs

The name is the identity jobs, quotas and retention belong to; several tokens may share one name
(and must then agree on its role). On the wire a token travels as the call metadata
``authorization: Bearer <token>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sketch2real.errors import ConfigError

METADATA_KEY = "authorization"
"""The metadata key that carries the token."""
SCHEME = "bearer "
"""The scheme before the token in the metadata value (compared case-insensitively)."""
MIN_TOKEN_CHARS = 16
ROLES = ("admin",)
"""Role words a line may end with."""


@dataclass(frozen=True)
class TokenFile:
    """What a token file says: ``tokens`` maps token -> client name, ``admins`` holds the names
    with the admin role."""

    tokens: dict = field(default_factory=dict)
    admins: frozenset = frozenset()


def read_tokens(path: Path) -> TokenFile:
    """Tokens and roles from a file (see the module docstring). Unnamed tokens are "client1",
    "client2", ... Raises ``ConfigError`` naming the file and the line."""
    try:
        text = Path(path).read_text()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the token file ({exc.strerror or exc})") \
            from None
    tokens: dict = {}
    roles: dict = {}  # name -> admin?
    for lineno, line in enumerate(text.splitlines(), start=1):
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        if len(parts) > 3 or (len(parts) == 3 and parts[2] not in ROLES):
            raise ConfigError(f"{path}: line {lineno}: a line must be TOKEN, NAME TOKEN or "
                              "NAME TOKEN admin")
        name, token = (parts[0], parts[1]) if len(parts) >= 2 else (f"client{len(tokens) + 1}",
                                                                     parts[0])
        if len(token) < MIN_TOKEN_CHARS:
            raise ConfigError(f"{path}: token for {name} is shorter than {MIN_TOKEN_CHARS} "
                              "characters")
        admin = len(parts) == 3
        if roles.setdefault(name, admin) != admin:
            raise ConfigError(f"{path}: line {lineno}: {name} is admin on one line and not on "
                              "another")
        tokens[token] = name
    if not tokens:
        raise ConfigError(f"{path}: no token in the file")
    return TokenFile(tokens=tokens, admins=frozenset(n for n, a in roles.items() if a))


def read_token_file(path: Path) -> dict:
    """Tokens from a file: token -> client name (``read_tokens`` also gives the roles)."""
    return read_tokens(path).tokens


def bearer_metadata(token: str) -> tuple[str, str]:
    """The metadata pair that sends ``token``."""
    return (METADATA_KEY, f"Bearer {token}")


def bearer_token(metadata) -> str | None:
    """The token from ``authorization: Bearer <token>`` in call metadata, or None."""
    for key, value in metadata or ():
        if key.lower() == METADATA_KEY:
            text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
            if text[:len(SCHEME)].lower() == SCHEME:
                return text[len(SCHEME):].strip()
            return None
    return None
