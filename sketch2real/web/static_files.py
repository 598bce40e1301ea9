"""The page's files, read once from the packaged folder ``sketch2real/web/static/`` into memory.

A request path is looked up in a table made at start-up (``/`` is ``/index.html``); nothing a
request says is ever joined to a filesystem path, so there is no path traversal to get wrong.
Each file is kept as is and gzip-compressed (served when the browser accepts gzip and it is
smaller), with an ETag for revalidation.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".css": "text/css; charset=utf-8", ".png": "image/png",
                 ".svg": "image/svg+xml", ".ico": "image/x-icon", ".json": "application/json",
                 ".txt": "text/plain; charset=utf-8", ".webmanifest": "application/manifest+json"}
COMPRESSIBLE = (".html", ".js", ".css", ".svg", ".json", ".txt", ".webmanifest")
MAX_FILE_BYTES = 16 * 1024 * 1024
"""A file bigger than this in the static folder is a packaging mistake: refuse to start."""


@dataclass(frozen=True)
class StaticFile:
    body: bytes
    gzipped: bytes | None
    content_type: str
    etag: str


def static_dir() -> Path:
    """The packaged folder that holds the built page."""
    return Path(str(resources.files("sketch2real.web") / "static"))


def load_static(folder: Path | None = None) -> dict[str, StaticFile]:
    """{URL path: file} for every regular file under ``folder`` (default: the packaged one).
    Dot files and symbolic links are skipped. ``/`` maps to ``/index.html``."""
    folder = Path(folder) if folder is not None else static_dir()
    table: dict[str, StaticFile] = {}
    if not folder.is_dir():
        return table
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or path.is_symlink() \
                or not path.is_file():
            continue
        body = path.read_bytes()
        if len(body) > MAX_FILE_BYTES:
            raise ValueError(f"{path}: {len(body)} bytes is too big for a page file")
        suffix = path.suffix.lower()
        ctype = CONTENT_TYPES.get(suffix) or mimetypes.guess_type(path.name)[0] \
            or "application/octet-stream"
        packed = gzip.compress(body, compresslevel=9, mtime=0) if suffix in COMPRESSIBLE else None
        if packed is not None and len(packed) >= len(body):
            packed = None
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        table["/" + rel.as_posix()] = StaticFile(body, packed, ctype, etag)
    if "/index.html" in table:
        table["/"] = table["/index.html"]
    return table
