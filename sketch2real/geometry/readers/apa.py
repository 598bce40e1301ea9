"""A-Painter (WebVR) ``.apa`` reader.

Layout (little-endian; a string is ``u8 length`` + that many bytes): string ``"apainter"``,
``u16 version``, ``u8 n_brushes`` and that many brush-name strings, ``u32 n_strokes``. Per stroke:
``u8 brush_index, f32[3] rgb, f32 size, u32 n_points``; per point (36 bytes): ``f32[3]``
position, ``f32[4]`` orientation quaternion (x, y, z, w, three.js order), ``f32`` pressure,
``u32`` timestamp.

A-Painter is three.js/WebXR: metres, right-handed, +Y up, the controller pointing along its local
-Z, so nothing is converted. Its "line" brushes (``flat``, ``smooth``, ``silky-flat``,
``lines1``... below) draw a strip of width ``size * pressure`` along the controller's lateral
axis: they become ribbons with radius ``0.5 * size * pressure``. Other brushes (spheres, cubes,
stamps...) are swept as tubes of the same radius.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from ..errors import SketchFormatError, SketchLimitError
from ..limits import DEFAULT_LIMITS, SketchLimits
from ..sketch import Sketch, Stroke
from .binary_cursor import BinaryCursor

logger = logging.getLogger(__name__)

APA_MAGIC = "apainter"

APA_RIBBON_BRUSHES = frozenset({
    "flat", "smooth", "squared-textured", "line-gradient", "silky-flat", "silky-textured",
    "lines1", "lines2", "lines3", "lines4", "lines5", "line-grunge1", "line-grunge2",
    "line-grunge3",
})
"""A-Painter brush names drawn as flat strips (its ``line`` brush family)."""

_POINT_DTYPE = np.dtype([("pos", "<f4", (3,)), ("quat", "<f4", (4,)), ("pressure", "<f4"),
                         ("time", "<u4")])


def read_apa(data: bytes, name: str = "sketch", limits: SketchLimits = DEFAULT_LIMITS,
             base_dir: Path | None = None) -> Sketch:
    """Parse ``.apa`` bytes into a stroke ``Sketch`` (metres, right-handed, +Y up).

    Each ``Stroke``: points [N,3] f32 m, radii [N] f32 m, colors [N,4] f32 (stroke RGB, alpha 1),
    orientations [N,4] f32 (x, y, z, w), ``brush`` the A-Painter brush name, ``ribbon`` for the
    line family. ``base_dir`` is unused.
    """
    del base_dir
    cur = BinaryCursor(data, f"{name}: the .apa file")
    if not data:
        raise SketchFormatError(f"{name}: not an A-Painter file: the file is empty")
    if data[0] != len(APA_MAGIC) or data[1:1 + len(APA_MAGIC)] != APA_MAGIC.encode():
        raise SketchFormatError(
            f"{name}: not an A-Painter file: it does not start with the string 'apainter'")
    cur.string("the magic string")
    (version,) = cur.unpack("H", "the version")
    (n_brushes,) = cur.unpack("B", "the brush count")
    brushes = [cur.string(f"brush name {i}") for i in range(n_brushes)]
    (n_strokes,) = cur.unpack("I", "the stroke count")
    if n_strokes > limits.max_strokes:
        raise SketchLimitError(
            f"{name}: {n_strokes} strokes is more than the limit max_strokes={limits.max_strokes}")

    strokes: list[Stroke] = []
    total = 0
    for k in range(n_strokes):
        brush_index, r, g, b, size, n = cur.unpack("B4fI", f"stroke {k}'s header")
        total = limits.add_stroke_points(name, f"stroke {k}", n, total)
        if brush_index >= len(brushes):
            raise SketchFormatError(
                f"{name}: stroke {k} uses brush {brush_index} but only {len(brushes)} are listed")
        pts = np.frombuffer(cur.take(n * _POINT_DTYPE.itemsize, f"stroke {k}'s {n} points"),
                            dtype=_POINT_DTYPE)
        brush = brushes[brush_index]
        radii = 0.5 * float(size) * pts["pressure"].astype(np.float64)
        strokes.append(Stroke(
            points=np.ascontiguousarray(pts["pos"], dtype=np.float32),
            radii=radii.astype(np.float32),
            colors=np.tile(np.array([r, g, b, 1.0], dtype=np.float32), (n, 1)),
            orientations=np.ascontiguousarray(pts["quat"], dtype=np.float32),
            brush=brush,
            ribbon=brush.lower() in APA_RIBBON_BRUSHES,
        ))
    if cur.pos != len(data):
        logger.debug("%s: %d trailing bytes after the last stroke ignored", name,
                     len(data) - cur.pos)
    meta = {"format": "apa", "tool": "A-Painter", "version": int(version), "brushes": brushes}
    return Sketch(strokes=tuple(strokes), mesh=None, source_units="m", metres_per_unit=1.0,
                  name=name, metadata=meta)
