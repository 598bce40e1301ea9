"""CASSIE ``.curves`` reader and writer.

Format (text, UTF-8/ASCII): blocks of a header line ``v N`` followed by exactly N lines ``x y z``;
each block is one polyline (one stroke). Blank lines and lines starting with ``#`` are ignored.
Coordinates are metres, right-handed, +Y up (the CASSIE system's own frame), so no conversion is
applied. The format has no radius and no colour: radii are 0.0 (the consumer applies its own
minimum radius) and colours a mid grey (0.5, 0.5, 0.5, 1).

Bounds before reading: the lines are counted, and the point lines (lines that start with a
number) and block headers (lines that start with ``v``) are counted from their first bytes, so a
file with more points or strokes than the limits is refused before any line is parsed; then the
lines are read one at a time, and a block is checked against the lines left before its array is
made.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np

from ..errors import SketchFormatError, SketchLimitError
from ..limits import DEFAULT_LIMITS, SketchLimits
from ..sketch import DEFAULT_COLOR, Sketch, Stroke
from .preflight import (check_lines, count_lines_where, iter_lines, starts_with_number,
                        starts_with_word)

logger = logging.getLogger(__name__)

MAX_LINE_BYTES = 1024
"""Longest line read (a header ``v N`` or a point ``x y z`` is far shorter; comments may be
longer and are skipped unread)."""


def _show(token: str) -> str:
    """A token quoted for an error message, shortened if long."""
    return repr(token if len(token) <= 40 else token[:37] + "...")


def read_curves(data: bytes, name: str = "sketch", limits: SketchLimits = DEFAULT_LIMITS,
                base_dir: Path | None = None) -> Sketch:
    """Parse a ``.curves`` file's bytes into a stroke ``Sketch`` (metres, sketch frame).

    ``base_dir`` is unused (the format references no other file). Raises ``SketchFormatError``
    (with the 1-based line number) for a malformed file and ``SketchLimitError`` as soon as a
    count passes ``limits``.
    """
    del base_dir
    # 1. Counts before reading.
    n_lines = check_lines(data, name, limits)
    n_point_lines, n_headers = count_lines_where(data, starts_with_number,
                                                 starts_with_word("v"))
    if n_headers > limits.max_strokes:
        raise SketchLimitError(f"{name}: {n_headers} block headers is more than "
                               f"{limits.max_strokes} strokes, the limit max_strokes")
    if n_point_lines > limits.max_points:
        raise SketchLimitError(f"{name}: {n_point_lines} point lines is more than the limit "
                               f"max_points={limits.max_points}")

    def text_lines():
        """(line number, stripped text) of the lines that are not blank or comments."""
        for lineno, offset, raw in iter_lines(data):
            head = raw.lstrip()[:1]
            if head in (b"", b"#"):
                continue
            if len(raw) > MAX_LINE_BYTES:
                raise SketchFormatError(f"{name}: line {lineno} is {len(raw)} bytes, longer "
                                        f"than a header or a point can be ({MAX_LINE_BYTES})")
            try:
                yield lineno, raw.decode("utf-8").strip()
            except UnicodeDecodeError as exc:
                raise SketchFormatError(f"{name}: not a text .curves file (byte "
                                        f"{offset + exc.start} is not UTF-8)") from exc

    lines = text_lines()
    strokes: list[Stroke] = []
    total = 0
    for i, line in lines:
        # 2. Block header "v N".
        parts = line.split()
        if parts[0] != "v" or len(parts) != 2:
            raise SketchFormatError(
                f"{name}: line {i}: expected a block header 'v N', found {_show(line)}")
        try:
            n = int(parts[1])
        except ValueError:
            raise SketchFormatError(
                f"{name}: line {i}: point count {_show(parts[1])} is not an integer") from None
        if n < 0:
            raise SketchFormatError(f"{name}: line {i}: negative point count {n}")
        total = limits.add_stroke_points(name, f"the stroke on line {i}", n, total)
        if len(strokes) + 1 > limits.max_strokes:
            raise SketchLimitError(
                f"{name}: more than {limits.max_strokes} strokes, the limit max_strokes")
        header_line = i
        if n > n_lines - i:
            raise SketchFormatError(
                f"{name}: the block at line {header_line} declares {n} points but the file "
                f"ends after {n_lines - i} more lines")
        # 3. Exactly n point lines follow (blank/comment lines are skipped).
        pts = np.empty((n, 3), dtype=np.float64)
        got = 0
        while got < n:
            nxt = next(lines, None)
            if nxt is None:
                raise SketchFormatError(
                    f"{name}: the block at line {header_line} declares {n} points but the file "
                    f"ends after {got}")
            i, row = nxt
            cols = row.split()
            if cols[0] == "v":
                raise SketchFormatError(
                    f"{name}: the block at line {header_line} declares {n} points but only "
                    f"{got} follow before the next block at line {i}")
            if len(cols) != 3:
                raise SketchFormatError(
                    f"{name}: line {i}: expected 3 numbers 'x y z', found {len(cols)} values")
            for j, tok in enumerate(cols):
                try:
                    pts[got, j] = float(tok)
                except ValueError:
                    raise SketchFormatError(
                        f"{name}: line {i}: {_show(tok)} is not a number") from None
            got += 1
        pts32 = pts.astype(np.float32)
        strokes.append(Stroke(
            points=pts32,
            radii=np.zeros(n, dtype=np.float32),
            colors=np.tile(np.asarray(DEFAULT_COLOR, dtype=np.float32), (n, 1)),
            orientations=None,
            brush="curve",
            ribbon=False,
        ))
    logger.debug("%s: read %d curves, %d points", name, len(strokes), total)
    return Sketch(strokes=tuple(strokes), mesh=None, source_units="m", metres_per_unit=1.0,
                  name=name, metadata={"format": "curves", "tool": "CASSIE"})


def write_curves(strokes_points: list[np.ndarray], path: str | os.PathLike) -> Path:
    """Write polylines as a ``.curves`` file (the project writes its own example sketches so).

    ``strokes_points``: one [N,3] float array per stroke, metres, right-handed, +Y up. Raises
    ``ValueError`` for an array of the wrong shape or with NaN/inf (a programming error, not a
    user's file). Returns the path written.
    """
    out = Path(path)
    chunks: list[str] = []
    for k, pts in enumerate(strokes_points):
        a = np.asarray(pts, dtype=np.float64)
        if a.ndim != 2 or a.shape[1] != 3:
            raise ValueError(f"stroke {k}: points must have shape [N,3], got {a.shape}")
        if not np.isfinite(a).all():
            raise ValueError(f"stroke {k}: points contain NaN or inf")
        chunks.append(f"v {a.shape[0]}\n")
        chunks.extend(f"{x:.9g} {y:.9g} {z:.9g}\n" for x, y, z in a)
    out.write_text("".join(chunks), encoding="utf-8")
    return out
