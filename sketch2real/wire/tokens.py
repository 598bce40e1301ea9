"""The token format, shared by the server (which checks tokens) and the clients (which send them).

A token file has one token per line, ``TOKEN`` or ``NAME TOKEN``, ``#`` starting a comment; a
token is at least 16 characters. On the wire a token travels as the call metadata
``authorization: Bearer <token>``.
"""

from __future__ import annotations

from pathlib import Path

from sketch2real.errors import ConfigError

METADATA_KEY = "authorization"
"""The metadata key that carries the token."""
SCHEME = "bearer "
"""The scheme before the token in the metadata value (compared case-insensitively)."""
MIN_TOKEN_CHARS = 16


def read_token_file(path: Path) -> dict:
    """Tokens from a file (see the module docstring). Returns token -> client name; unnamed
    tokens are "client1", "client2", ... Raises ``ConfigError``."""
    tokens: dict = {}
    try:
        text = Path(path).read_text()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the token file ({exc.strerror or exc})") \
            from None
    for line in text.splitlines():
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        if len(parts) > 2:
            raise ConfigError(f"{path}: a line must be TOKEN or NAME TOKEN")
        name, token = (parts[0], parts[1]) if len(parts) == 2 else (f"client{len(tokens) + 1}",
                                                                     parts[0])
        if len(token) < MIN_TOKEN_CHARS:
            raise ConfigError(f"{path}: token for {name} is shorter than {MIN_TOKEN_CHARS} "
                                 "characters")
        tokens[token] = name
    if not tokens:
        raise ConfigError(f"{path}: no token in the file")
    return tokens


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
