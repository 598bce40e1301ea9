"""The data directory's disk: is an error a full disk, and is there room to work.

    disk = DiskWatch(data_dir, min_free_bytes=64 << 20)
    disk.shortage()          # None, or one line: "12 bytes free in ..., less than the limit ..."
    disk.probe()             # shortage(), then a small file written, synced and removed
    disk.keep_reserve()      # a file of reserve_bytes kept in the data directory ...
    disk.release_reserve()   # ... and deleted when the disk is full, so the end of the job
                             # that ran into it can still be recorded
    is_storage_full(exc)     # ENOSPC / EDQUOT / EFBIG, or SQLite's SQLITE_FULL, anywhere in
                             # the exception's chain

Errors are recognised by their errno and SQLite error code, never by their text.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Callable

FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
"""OS errors that mean "no room to write" (a full disk, a quota, a file-size limit)."""
PROBE_NAME = ".sketch2real-probe"
PROBE_BYTES = 64 * 1024
RESERVE_NAME = ".sketch2real-reserve"


def is_storage_full(exc: BaseException | None) -> bool:
    """True when ``exc`` (or an exception it was raised from) says the disk is full."""
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, OSError) and exc.errno in FULL_ERRNOS:
            return True
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(exc, sqlite3.Error) and code is not None and \
                code & 0xFF == sqlite3.SQLITE_FULL:
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def strerror(exc: BaseException) -> str:
    """The OS's or SQLite's short text for a storage error ("No space left on device")."""
    while exc is not None:
        if isinstance(exc, OSError) and exc.strerror:
            return exc.strerror
        if isinstance(exc, sqlite3.Error):
            return getattr(exc, "sqlite_errorname", None) or "SQLITE_FULL"
        exc = exc.__cause__ or exc.__context__
    return "no space left"


class DiskWatch:
    """Free space in ``path`` against ``min_free_bytes``. ``free_bytes`` (a callable) replaces
    the real measurement in tests that cannot make a small filesystem."""

    def __init__(self, path: Path, min_free_bytes: int,
                 free_bytes: Callable[[], int] | None = None, reserve_bytes: int = 1 << 20):
        self.path = Path(path)
        self.min_free_bytes = int(min_free_bytes)
        self.free_bytes = free_bytes or (lambda: shutil.disk_usage(self.path).free)
        self.reserve_bytes = int(reserve_bytes)

    def keep_reserve(self) -> bool:
        """Make sure the reserve file is there (written and synced); False when it cannot be
        written (no room)."""
        path = self.path / RESERVE_NAME
        try:
            if path.is_file() and path.stat().st_size >= self.reserve_bytes:
                return True
            with open(path, "wb") as fh:
                fh.write(b"\0" * self.reserve_bytes)
                fh.flush()
                os.fsync(fh.fileno())
            return True
        except OSError:
            try:
                path.unlink()
            except OSError:
                pass
            return False

    def release_reserve(self) -> bool:
        """Delete the reserve file; True when that freed space."""
        try:
            (self.path / RESERVE_NAME).unlink()
            return True
        except OSError:
            return False

    def shortage(self) -> str | None:
        """None when there is room, else one line saying how much is free and the limit."""
        try:
            free = int(self.free_bytes())
        except OSError as exc:
            return f"cannot measure the free space of the data directory ({exc.strerror or exc})"
        if free < self.min_free_bytes:
            return (f"{free} bytes free in the data directory, less than the limit "
                    f"min_free_bytes={self.min_free_bytes}")
        return None

    def probe(self) -> str | None:
        """``shortage()``, then a small file written, synced and removed: None when all of it
        works, else one line saying what did not."""
        short = self.shortage()
        if short is not None:
            return short
        path = self.path / PROBE_NAME
        try:
            with open(path, "wb") as fh:
                fh.write(b"\0" * PROBE_BYTES)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            return f"cannot write to the data directory ({exc.strerror or exc})"
        finally:
            try:
                path.unlink()
            except OSError:
                pass
        return None
