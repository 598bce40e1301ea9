"""Bounds-checked little-endian reads over a byte buffer, shared by the binary readers.

A short read is a ``SketchFormatError`` saying what was being read, where, and how much was left.
"""

from __future__ import annotations

import struct

from ..errors import SketchFormatError


class BinaryCursor:
    """``buf``: the bytes; ``label``: how messages name the buffer ("chest.tilt: data.sketch")."""

    def __init__(self, buf: bytes, label: str):
        self.buf = buf
        self.pos = 0
        self.label = label

    def take(self, n: int, what: str) -> bytes:
        if n < 0 or self.pos + n > len(self.buf):
            raise SketchFormatError(
                f"{self.label} is truncated: {what} needs {n} bytes at offset {self.pos}, "
                f"only {len(self.buf) - self.pos} left")
        out = self.buf[self.pos:self.pos + n]
        self.pos += n
        return out

    def unpack(self, fmt: str, what: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt), what))

    def string(self, what: str) -> str:
        """A u8 length followed by that many UTF-8 bytes."""
        (n,) = self.unpack("B", what)
        return self.take(n, what).decode("utf-8", errors="replace")
