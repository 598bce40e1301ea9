"""Sketch readers: one per file format, chosen by the file's (lower-case) extension.

Every reader has the signature ``reader(data: bytes, name, limits, base_dir) -> Sketch`` and
returns a sketch in metres, right-handed, +Y up, having converted from the tool's own units and
handedness (see each module). ``read_sketch`` / ``read_sketch_bytes`` add the boundary checks:
size limit before reading, dispatch, one-line ``SketchFormatError`` for any failure to parse
(never a traceback for a user's bad file), then ``validate_sketch``.

    READERS[".tilt"](data, "chest.tilt", DEFAULT_LIMITS, None)  # unvalidated parse
    read_sketch("chest.tilt")                                    # checked, validated, cleaned
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Callable

from ..errors import SketchError, SketchFormatError, SketchLimitError, UnsupportedFormatError
from ..limits import DEFAULT_LIMITS, SketchLimits
from ..sketch import Sketch
from ..validate import validate_sketch
from .apa import read_apa
from .curves import read_curves, write_curves
from .mesh_formats import read_glb, read_gltf, read_off, read_ply, read_stl
from .obj_lines import read_obj
from .tilt import read_tilt

logger = logging.getLogger(__name__)

Reader = Callable[[bytes, str, SketchLimits, "Path | None"], Sketch]
"""``(data, name, limits, base_dir) -> Sketch``; ``base_dir`` resolves files a format references."""

READERS: dict[str, Reader] = {
    ".curves": read_curves,
    ".tilt": read_tilt,
    ".apa": read_apa,
    ".obj": read_obj,
    ".ply": read_ply,
    ".glb": read_glb,
    ".gltf": read_gltf,
    ".stl": read_stl,
    ".off": read_off,
}
"""File extension (lower case, with the dot) -> reader."""

_MAX_DETAIL = 200


def supported_extensions() -> tuple[str, ...]:
    """The extensions ``read_sketch`` accepts, e.g. ``(".apa", ".curves", ...)``."""
    return tuple(sorted(READERS))


def _reader_for(ext: str, name: str) -> Reader:
    reader = READERS.get(ext.lower())
    if reader is None:
        shown = f"'{ext}'" if ext else "no extension"
        raise UnsupportedFormatError(
            f"{name}: unsupported file type {shown}; "
            f"supported: {', '.join(supported_extensions())}")
    return reader


def _parse(reader: Reader, data: bytes, ext: str, name: str, limits: SketchLimits,
           base_dir: Path | None) -> Sketch:
    """Run a reader; turn anything but our own errors into a one-line ``SketchFormatError``."""
    if len(data) > limits.max_file_bytes:
        raise SketchLimitError(
            f"{name}: the file is {len(data)} bytes, more than the limit "
            f"max_file_bytes={limits.max_file_bytes}")
    if not data:
        raise SketchFormatError(f"{name}: the file is empty")
    try:
        return reader(data, name, limits, base_dir)
    except SketchError:
        raise
    except MemoryError:
        raise SketchLimitError(f"{name}: ran out of memory while reading the file") from None
    except Exception as exc:  # noqa: BLE001 - any parser failure on user input is a format error
        logger.debug("%s: %s reader failed", name, ext, exc_info=True)
        detail = " ".join(str(exc).split()) or "no detail"
        if len(detail) > _MAX_DETAIL:
            detail = detail[:_MAX_DETAIL - 3] + "..."
        raise SketchFormatError(
            f"{name}: not a readable {ext} file ({type(exc).__name__}: {detail})") from exc


def read_sketch(path: str | os.PathLike, limits: SketchLimits = DEFAULT_LIMITS) -> Sketch:
    """Read, check and clean the sketch at ``path`` (metres, right-handed, +Y up).

    Order: the file must exist and be a file; its extension must be supported
    (``UnsupportedFormatError`` lists the supported ones); its size must be within
    ``limits.max_file_bytes`` (checked before reading); then it is parsed (any failure is a
    ``SketchFormatError`` naming the file) and validated (``validate_sketch``). The sketch is
    named after the file name.
    """
    p = Path(path)
    shown = str(p)
    if not p.exists():
        raise SketchError(f"{shown}: no such file")
    if not p.is_file():
        raise SketchError(f"{shown}: not a regular file")
    ext = p.suffix.lower()
    reader = _reader_for(ext, shown)
    size = p.stat().st_size
    if size > limits.max_file_bytes:
        raise SketchLimitError(
            f"{shown}: the file is {size} bytes, more than the limit "
            f"max_file_bytes={limits.max_file_bytes}")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SketchError(f"{shown}: cannot read the file ({exc.strerror or exc})") from exc
    sketch = _parse(reader, data, ext, shown, limits, p.parent)
    sketch = validate_sketch(sketch, limits)
    logger.info("%s: %s sketch, %d strokes, %d points", shown, sketch.kind, len(sketch.strokes),
                sketch.n_points if sketch.mesh is None else len(sketch.mesh.vertices))
    return sketch


def read_sketch_bytes(data: bytes, fmt: str, name: str = "sketch",
                      limits: SketchLimits = DEFAULT_LIMITS) -> Sketch:
    """Read, check and clean a sketch given as bytes (e.g. a gRPC upload).

    ``fmt`` is the format as an extension, with or without the dot (``"tilt"``, ``".tilt"``).
    Same readers, limits, errors and validation as ``read_sketch``; a ``.gltf`` must embed its
    buffers (there is no folder to resolve them in).
    """
    ext = "." + str(fmt).strip().lower().lstrip(".")
    reader = _reader_for(ext if ext != "." else "", name)
    sketch = _parse(reader, bytes(data), ext, name, limits, None)
    return validate_sketch(sketch, limits)


__all__ = ["READERS", "Reader", "read_sketch", "read_sketch_bytes", "supported_extensions",
           "read_apa", "read_curves", "read_glb", "read_gltf", "read_obj", "read_off",
           "read_ply", "read_stl", "read_tilt", "write_curves"]
