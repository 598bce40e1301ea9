"""The gRPC-Web wire format, as the bridge needs it (binary mode, ``application/grpc-web+proto``).

A gRPC-Web body is a sequence of frames: one flag byte, a 4-byte big-endian length, then that
many bytes. Flag 0x00 frames carry messages (the same protobuf bytes as gRPC); the last frame of
a response has flag 0x80 and carries the trailers as an HTTP/1 header block
(``grpc-status: 0\\r\\ngrpc-message: ...\\r\\n``). Flag bit 0x01 means compressed, which the
bridge neither sends nor accepts. Reference: the gRPC-Web protocol document (PROTOCOL-WEB.md of
the grpc repository).

Pure functions, no I/O: the bridge (``bridge.py``) does the sockets.
"""

from __future__ import annotations

import struct

import grpc

CONTENT_TYPES = ("application/grpc-web", "application/grpc-web+proto")
"""Request content types the bridge accepts (binary protobuf). ``grpc-web-text`` (base64) is
refused: connect-web, the page's transport, speaks binary."""
RESPONSE_CONTENT_TYPE = "application/grpc-web+proto"
HEADER = struct.Struct(">BI")
DATA_FLAG = 0x00
COMPRESSED_FLAG = 0x01
TRAILER_FLAG = 0x80
TIMEOUT_UNITS = {"H": 3600.0, "M": 60.0, "S": 1.0, "m": 1e-3, "u": 1e-6, "n": 1e-9}
RESERVED_TRAILERS = frozenset({"grpc-status", "grpc-message", "grpc-status-details-bin",
                               "content-type", "content-length", "transfer-encoding",
                               "connection"})


class FrameError(ValueError):
    """A request body that is not one uncompressed gRPC-Web message frame."""


def is_grpc_web(content_type: str | None) -> bool:
    """True for the binary gRPC-Web content types (parameters such as ``;charset`` ignored)."""
    if not content_type:
        return False
    return content_type.split(";", 1)[0].strip().lower() in CONTENT_TYPES


def data_frame(message: bytes) -> bytes:
    """One message frame."""
    return HEADER.pack(DATA_FLAG, len(message)) + message


def trailer_frame(code: grpc.StatusCode, message: str = "", metadata=()) -> bytes:
    """The closing frame: ``grpc-status``, ``grpc-message`` (percent-encoded) and any extra text
    trailers ``metadata`` ((key, value) pairs; reserved and ``-bin`` keys are left out)."""
    block = trailer_block(code, message, metadata)
    return HEADER.pack(TRAILER_FLAG, len(block)) + block


def trailer_block(code: grpc.StatusCode, message: str = "", metadata=()) -> bytes:
    """The trailers as an HTTP/1 header block (lower-case keys, CRLF-terminated lines)."""
    lines = [f"grpc-status: {code.value[0]}"]
    if message:
        lines.append(f"grpc-message: {percent_encode(message)}")
    for key, value in metadata or ():
        key = key.lower()
        if key in RESERVED_TRAILERS or key.endswith("-bin") or not isinstance(value, str):
            continue
        if _printable(key) and _printable(value):
            lines.append(f"{key}: {value}")
    return ("".join(line + "\r\n" for line in lines)).encode("ascii")


def status_headers(code: grpc.StatusCode, message: str = "") -> list[tuple[str, str]]:
    """``grpc-status`` / ``grpc-message`` as HTTP headers, for a trailers-only response (an error
    answered before any message, with an empty body)."""
    headers = [("grpc-status", str(code.value[0]))]
    if message:
        headers.append(("grpc-message", percent_encode(message)))
    return headers


def percent_encode(message: str) -> str:
    """gRPC's ``grpc-message`` encoding: UTF-8, every byte outside printable ASCII (0x20-0x7E)
    and ``%`` itself as ``%XX``."""
    out = []
    for b in message.encode("utf-8"):
        out.append(chr(b) if 0x20 <= b <= 0x7E and b != 0x25 else f"%{b:02X}")
    return "".join(out)


def percent_decode(text: str) -> str:
    """The inverse of ``percent_encode`` (malformed escapes are kept as they are)."""
    raw = bytearray()
    i = 0
    while i < len(text):
        if text[i] == "%" and i + 2 < len(text) and _is_hex(text[i + 1:i + 3]):
            raw.append(int(text[i + 1:i + 3], 16))
            i += 3
        else:
            raw += text[i].encode("utf-8")
            i += 1
    return raw.decode("utf-8", "replace")


def request_message(body: bytes) -> bytes:
    """The one message of a unary or server-streaming request body. Raises ``FrameError``."""
    if len(body) < HEADER.size:
        raise FrameError(f"the body has {len(body)} bytes, less than one frame header")
    flag, length = HEADER.unpack_from(body)
    if flag & COMPRESSED_FLAG:
        raise FrameError("compressed frames are not supported (send grpc-encoding identity)")
    if flag != DATA_FLAG:
        raise FrameError(f"the first frame has flag 0x{flag:02x}, not a message frame")
    if HEADER.size + length != len(body):
        raise FrameError(f"the frame says {length} bytes but the body holds "
                         f"{len(body) - HEADER.size} after the header (one message expected)")
    return body[HEADER.size:]


def parse_frames(body: bytes) -> list[tuple[int, bytes]]:
    """Every (flag, payload) of a response body; for tests and clients. Raises ``FrameError``."""
    frames, at = [], 0
    while at < len(body):
        if len(body) - at < HEADER.size:
            raise FrameError("a truncated frame header")
        flag, length = HEADER.unpack_from(body, at)
        at += HEADER.size
        if len(body) - at < length:
            raise FrameError("a truncated frame")
        frames.append((flag, body[at:at + length]))
        at += length
    return frames


def parse_trailers(block: bytes) -> dict[str, str]:
    """A trailer frame's payload -> {lower-case key: value} (``grpc-message`` decoded)."""
    out = {}
    for line in block.decode("ascii", "replace").split("\r\n"):
        if ":" in line:
            key, value = line.split(":", 1)
            out[key.strip().lower()] = value.strip()
    if "grpc-message" in out:
        out["grpc-message"] = percent_decode(out["grpc-message"])
    return out


def parse_timeout(value: str | None, cap_seconds: float | None = None) -> float | None:
    """``grpc-timeout`` (1-8 digits and a unit: H M S m u n) -> seconds, or None when absent.
    Raises ``ValueError`` for a malformed value. ``cap_seconds`` bounds the result."""
    if value is None or value == "":
        return None
    value = value.strip()
    digits, unit = value[:-1], value[-1:]
    if unit not in TIMEOUT_UNITS or not digits.isdigit() or len(digits) > 8:
        raise ValueError(f"malformed grpc-timeout {value!r}")
    seconds = int(digits) * TIMEOUT_UNITS[unit]
    return min(seconds, cap_seconds) if cap_seconds is not None else seconds


def code_from_number(number: int) -> grpc.StatusCode:
    """The status code with gRPC number ``number`` (UNKNOWN for a number gRPC does not define)."""
    for code in grpc.StatusCode:
        if code.value[0] == number:
            return code
    return grpc.StatusCode.UNKNOWN


def _printable(text: str) -> bool:
    return all(0x20 <= ord(c) <= 0x7E for c in text)


def _is_hex(s: str) -> bool:
    return len(s) == 2 and all(c in "0123456789abcdefABCDEF" for c in s)
