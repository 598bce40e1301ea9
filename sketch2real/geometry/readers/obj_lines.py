"""Wavefront ``.obj``: polylines (``l`` elements) as strokes; OBJs with faces go to the mesh reader.

Read here: ``v x y z`` (optionally ``v x y z r g b``, the common vertex-colour extension, or a 4th
weight ``w`` which is ignored) and ``l i j k ...`` elements, indices 1-based, negative ones
relative to the vertices declared so far (``-1`` is the last), ``i/vt`` forms allowed. Each ``l``
element is one polyline; an ``l`` that starts where the previous ``l`` ended continues it (so
exporters that write one ``l a b`` per segment give whole strokes). Units are taken as metres,
the frame as stored. Radii are 0.0 (the consumer's minimum radius applies); colours are the
vertex colours or mid grey.

An OBJ with any ``f`` element is a mesh and is read by ``mesh_formats.read_mesh``; an OBJ with
neither faces nor lines is a ``SketchFormatError``.

Bounds before reading: the lines and the ``v`` lines are counted first (``preflight``), lines are
read one at a time (never the whole file split at once), coordinates go into a flat array, and a
line longer than an ``l`` element of ``max_points_per_stroke`` indices can be is refused before
it is split.
"""

from __future__ import annotations

import logging
import re
from array import array
from pathlib import Path

import numpy as np

from ..errors import SketchFormatError, SketchLimitError
from ..limits import DEFAULT_LIMITS, SketchLimits
from ..sketch import DEFAULT_COLOR, Sketch, Stroke
from .mesh_formats import read_mesh
from .preflight import check_lines, count_lines_where, iter_lines, starts_with_word

logger = logging.getLogger(__name__)

_FACE_RE = re.compile(rb"(?m)^[ \t]*f[ \t]")


def _index(tok: str, n_declared: int, lineno: int, name: str) -> int:
    """0-based vertex index of an OBJ index token (``7``, ``-1``, ``7/3``, ``7//2``)."""
    head = tok.split("/", 1)[0]
    try:
        i = int(head)
    except ValueError:
        raise SketchFormatError(
            f"{name}: line {lineno}: {tok!r} is not a vertex index") from None
    if i == 0:
        raise SketchFormatError(f"{name}: line {lineno}: vertex index 0 (OBJ indices start at 1)")
    if i < 0:
        j = n_declared + i
        if j < 0:
            raise SketchFormatError(
                f"{name}: line {lineno}: relative index {i} reaches before the first vertex "
                f"({n_declared} declared so far)")
        return j
    return i - 1


MAX_INDEX_CHARS = 16
"""Longest index token counted on (``-1234567/123/12``): bounds the length of an ``l`` line."""


def _check_faces(data: bytes, name: str) -> None:
    """Find a face index out of range and raise a message naming its line (no-op if none)."""
    n_v = 0
    for lineno, _, raw in iter_lines(data):
        parts = raw.decode("utf-8", errors="replace").split()
        if not parts:
            continue
        if parts[0] == "v":
            n_v += 1
        elif parts[0] == "f":
            for tok in parts[1:]:
                j = _index(tok, n_v, lineno, name)
                if j >= n_v and int(tok.split("/", 1)[0]) > 0:
                    raise SketchFormatError(
                        f"{name}: line {lineno}: face index {tok.split('/', 1)[0]} is out of "
                        f"range (the file has {n_v} vertices by then)")


def read_obj(data: bytes, name: str = "sketch", limits: SketchLimits = DEFAULT_LIMITS,
             base_dir: Path | None = None) -> Sketch:
    """Read ``.obj`` bytes: a stroke ``Sketch`` from ``l`` elements, or a mesh ``Sketch`` when the
    file has faces (``f``). Strokes: points [N,3] f32 m, radii [N] f32 = 0, colors [N,4] f32."""
    if _FACE_RE.search(data):
        try:
            return read_mesh(data, "obj", name, limits, base_dir)
        except (IndexError, ValueError):
            _check_faces(data, name)
            raise
    # 1. Counts before reading: lines, then vertex lines.
    check_lines(data, name, limits)
    (n_vertex_lines,) = count_lines_where(data, starts_with_word("v"))
    if n_vertex_lines > limits.max_vertices:
        raise SketchLimitError(f"{name}: {n_vertex_lines} vertex lines is more than the limit "
                               f"max_vertices={limits.max_vertices}")
    max_line = MAX_INDEX_CHARS * (limits.max_points_per_stroke + 2)

    # 2. One line at a time.
    coords = array("d")  # x, y, z per vertex
    rgb = array("d")  # r, g, b per vertex (NaN: none given)
    has_rgb = False
    polylines: list[list[int]] = []
    lines_at: list[int] = []  # 1-based line of each polyline's first element, for messages
    prev_was_l = False
    total = 0
    for lineno, offset, raw_bytes in iter_lines(data):
        if len(raw_bytes) > max_line:
            raise SketchFormatError(f"{name}: line {lineno} is {len(raw_bytes)} bytes, longer "
                                    f"than any element can be ({max_line})")
        try:
            raw = raw_bytes.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SketchFormatError(f"{name}: not a text .obj file (byte "
                                    f"{offset + exc.start} is not UTF-8)") from exc
        parts = raw.split()
        if not parts or parts[0].startswith("#"):
            continue
        tag = parts[0]
        if tag == "v":
            vals = parts[1:]
            if len(vals) < 3:
                raise SketchFormatError(
                    f"{name}: line {lineno}: a vertex needs 3 coordinates, found {len(vals)}")
            try:
                nums = [float(t) for t in vals]
            except ValueError:
                bad = next(t for t in vals if not _is_float(t))
                raise SketchFormatError(f"{name}: line {lineno}: {bad!r} is not a number") from None
            coords.extend(nums[:3])
            if len(nums) >= 6:
                rgb.extend(nums[3:6])
                has_rgb = True
            else:
                rgb.extend((np.nan, np.nan, np.nan))
        elif tag == "l":
            idx = [_index(t, len(coords) // 3, lineno, name) for t in parts[1:]]
            if not idx:
                raise SketchFormatError(f"{name}: line {lineno}: an 'l' element with no indices")
            if prev_was_l and polylines and polylines[-1][-1] == idx[0]:
                polylines[-1].extend(idx[1:])
                total += len(idx) - 1
            else:
                polylines.append(idx)
                lines_at.append(lineno)
                total += len(idx)
                if len(polylines) > limits.max_strokes:
                    raise SketchLimitError(
                        f"{name}: more than {limits.max_strokes} polylines, the limit max_strokes")
            if total > limits.max_points:
                raise SketchLimitError(
                    f"{name}: more than {limits.max_points} points in all, the limit max_points")
            prev_was_l = True
            continue
        prev_was_l = False

    if not polylines:
        raise SketchFormatError(
            f"{name}: the .obj file has neither faces ('f') nor lines ('l'): nothing to use")
    n_v = len(coords) // 3
    xyz = np.frombuffer(coords, dtype=np.float64).reshape(-1, 3)
    if has_rgb:
        given = np.frombuffer(rgb, dtype=np.float64).reshape(-1, 3)
        col = np.tile(np.asarray(DEFAULT_COLOR, np.float32), (n_v, 1))
        ok = ~np.isnan(given).any(axis=1)
        col[ok, :3] = given[ok]
        col[ok, 3] = 1.0
    strokes: list[Stroke] = []
    for poly, at in zip(polylines, lines_at):
        ix = np.asarray(poly, dtype=np.int64)
        if ix.max() >= n_v:
            raise SketchFormatError(
                f"{name}: line {at}: line index {int(ix.max()) + 1} is out of range (the file "
                f"has {n_v} vertices)")
        n = len(ix)
        strokes.append(Stroke(
            points=xyz[ix].astype(np.float32),
            radii=np.zeros(n, dtype=np.float32),
            colors=col[ix] if has_rgb else np.tile(np.asarray(DEFAULT_COLOR, np.float32), (n, 1)),
            orientations=None,
            brush="line",
            ribbon=False,
        ))
    logger.debug("%s: read %d polylines from %d vertices", name, len(strokes), n_v)
    return Sketch(strokes=tuple(strokes), mesh=None, source_units="m", metres_per_unit=1.0,
                  name=name, metadata={"format": "obj", "kind": "lines"})


def _is_float(tok: str) -> bool:
    try:
        float(tok)
    except ValueError:
        return False
    return True
