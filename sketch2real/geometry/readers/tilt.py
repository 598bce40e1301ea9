"""Tilt Brush / Open Brush ``.tilt`` reader.

Layout (little-endian): a 16-byte header starting with ASCII ``tilT`` (then ``u16`` header size,
``u16`` header version, 8 reserved bytes), then a zip archive with ``data.sketch``,
``metadata.json`` and ``thumbnail.png``. ``data.sketch``:

- ``u32 sentinel = 0xc576a5cd, i32 version, i32 reserved, u32 n_extra``, ``n_extra`` bytes,
  ``i32 n_strokes``;
- per stroke: ``i32 brush_index, f32[4] rgba, f32 brush_size, u32 stroke_mask, u32 cp_mask``;
  per set bit of ``stroke_mask`` (lowest first): bits 0-15 one 4-byte value (bit 1 is the ``f32``
  brush scale), bits 16+ a ``u32`` length and that many bytes; then ``i32 n_control_points``;
- per control point: ``f32[3]`` position, ``f32[4]`` quaternion (x, y, z, w), then 4 bytes per
  set bit of ``cp_mask`` (bit 0 ``f32`` pressure in [0, 1], bit 1 ``u32`` timestamp ms).

Conversion to the sketch frame (metres, right-handed, +Y up), as Tilt Brush's own glTF export:

- units: Tilt Brush canvas units are decimetres, so positions and sizes are multiplied by 0.1;
- handedness: Unity is left-handed; Z is negated: ``(x, y, z) -> (x, y, -z)``. The brush
  rotation R becomes M R M with M = diag(1, 1, -1), i.e. the quaternion ``(x, y, z, w) ->
  (-x, -y, z, w)``. Unity's pointer forward (+Z) then maps to the rotated ``-Z`` axis and its up
  to the rotated ``+Y`` axis: the glTF convention that ``tubes.py`` uses for the brush frame.
- radius per point = 0.5 * brush_size * scale * pressure (pressure 1 when not recorded), metres.

Brushes: ``metadata.json["BrushIndex"]`` lists the GUIDs that ``brush_index`` refers to. The
GUIDs of the standard brushes below are named; flat (quad-strip) brushes are swept as ribbons,
everything else (and any unknown GUID) as a tube.
"""

from __future__ import annotations

import io
import json
import logging
import struct
import zipfile
from pathlib import Path

import numpy as np

from ..errors import SketchFormatError, SketchLimitError
from ..limits import DEFAULT_LIMITS, SketchLimits
from ..sketch import Sketch, Stroke
from .binary_cursor import BinaryCursor
from .preflight import check_zip_directory

logger = logging.getLogger(__name__)

TILT_MAGIC = b"tilT"
SKETCH_SENTINEL = 0xC576A5CD
METRES_PER_UNIT = 0.1
"""Tilt Brush canvas units are decimetres."""

# GUID -> (brush name, swept as a flat ribbon). The flat/tube classification follows the Open
# Brush brush list ("Type: Flat" = a quad strip facing the pointer). Two GUIDs for one name are
# the double-sided and single-sided (or old and new) versions of that brush.
TILT_BRUSHES: dict[str, tuple[str, bool]] = {
    # flat ribbons
    "2d35bcf0-e4d8-452c-97b1-3311be063130": ("Flat", True),
    "280c0a7a-aad8-416c-a7d2-df63d129ca70": ("Flat", True),
    "55303bc4-c749-4a72-98d9-d23e68e76e18": ("FlatDeprecated", True),
    "b468c1fb-f254-41ed-8ec9-57030bc5660c": ("TaperedFlat", True),
    "c8ccb53d-ae13-45ef-8afb-b730d81394eb": ("TaperedFlat", True),
    "f5c336cf-5108-4b40-ade9-c687504385ab": ("Ink", True),
    "c0012095-3ffd-4040-8ee1-fc180d346eaa": ("Ink", True),
    "429ed64a-4e97-4466-84d3-145a861ef684": ("Marker", True),
    "d90c6ad8-af0f-4b54-b422-e0f92abe1b3c": ("TaperedMarker", True),
    "1a26b8c0-8a07-4f8a-9fac-d2ef36e0cad0": ("TaperedMarker_Flat", True),
    "0d3889f3-3ede-470c-8af4-de4813306126": ("DoubleTaperedMarker", True),
    "0d3889f3-3ede-470c-8af4-f44813306126": ("DoubleTaperedFlat", True),
    "cf019139-d41c-4eb0-a1d0-5cf54b0a42f3": ("Highlighter", True),
    "accb32f5-4509-454f-93f8-1df3fd31df1b": ("SoftHighlighter", True),
    "f72ec0e7-a844-4e38-82e3-140c44772699": ("OilPaint", True),
    "c515dad7-4393-4681-81ad-162ef052241b": ("OilPaint", True),
    "75b32cf0-fdd6-4d89-a64b-e2a00b247b0f": ("ThickPaint", True),
    "fdf0326a-c0d1-4fed-b101-9db0ff6d071f": ("ThickPaint", True),
    "b67c0e81-ce6d-40a8-aeb0-ef036b081aa3": ("WetPaint", True),
    "dea67637-cd1a-27e4-c9b1-52f4bbcb84e5": ("WetPaint", True),
    "f1114e2e-eb8d-4fde-915a-6e653b54e9f5": ("Paper", True),
    "759f1ebd-20cd-4720-8d41-234e0da63716": ("Paper", True),
    "d0262945-853c-4481-9cbd-88586bed93cb": ("DuctTape", True),
    "3ca16e2f-bdcd-4da2-8631-dcef342f40f1": ("DuctTape", True),
    "700f3aa8-9a7c-2384-8b8a-ea028905dd8c": ("CelVinyl", True),
    "d229d335-c334-495a-a801-660ac8a87360": ("VelvetInk", True),
    "2241cd32-8ba2-48a5-9ee7-2caef7e9ed62": ("Light", True),
    "cb92b597-94ca-4255-b017-0e3f42f12f9e": ("Fire", True),
    "dce872c2-7b49-4684-b59b-c45387949c5c": ("Hypercolor", True),
    "e8ef32b1-baa8-460a-9c2c-9cf8506794f5": ("Hypercolor", True),
    "ad1ad437-76e2-450d-a23a-e17f8310b960": ("Rainbow", True),
    "f6e85de3-6dcc-4e7f-87fd-cee8c3d25d51": ("Electricity", True),
    "44bb800a-fbc3-4592-8426-94ecb05ddec3": ("Streamers", True),
    "c33714d1-b2f9-412e-bd50-1884c9d46336": ("Plasma", True),
    "10201aa3-ebc2-42d8-84b7-2e63f6eeb8ab": ("Waveform", True),
    # tubes and other volumes (named for reports; unknown GUIDs are tubes too)
    "4391385a-cf83-4396-9e33-31e4e4930b27": ("Wire", False),
    "4391385a-df73-4396-9e33-31e4e4930b27": ("Toon", False),
    "4391aaaa-df81-4396-9e33-31e4e4930b27": ("LightWire", False),
    "2f212815-f4d3-c1a4-681a-feeaf9c6dc37": ("Icing", False),
    "d381e0f5-3def-4a0d-8853-31e9200bcbda": ("Lofted", False),
    "e0abbc80-0f80-e854-4970-8924a0863dcc": ("Petal", False),
    "cf7f0059-7aeb-53a4-2b67-c83d863a9ffa": ("Spikes", False),
    "4391aaaa-df73-4396-9e33-31e4e4930b27": ("Disco", False),
    "1caa6d7d-f015-3f54-3a4b-8b5354d39f81": ("Comet", False),
    "b2ffef01-eaaa-4ab5-aa64-95a2c4f5dbc6": ("NeonPulse", False),
    "0f0ff7b2-a677-45eb-a7d6-0cd7206f4816": ("ChromaticWave", False),
}


def _sniff(data: bytes) -> str:
    """A hint for what a file that is not a .tilt really is ("" when unknown)."""
    if not data:
        return " (the file is empty)"
    hints = {b"\x89PNG": "a PNG image", b"PK\x03\x04": "a bare zip archive", b"glTF": "a GLB model",
             b"\xff\xd8\xff": "a JPEG image"}
    for magic, what in hints.items():
        if data.startswith(magic):
            return f" (it looks like {what})"
    return ""


def _open_archive(data: bytes, name: str, limits: SketchLimits) -> tuple[bytes, dict]:
    """Check the header, open the zip; return ``data.sketch`` bytes and the parsed metadata."""
    if len(data) < 16 or not data.startswith(TILT_MAGIC):
        raise SketchFormatError(
            f"{name}: not a .tilt file: it does not start with the 16-byte 'tilT' header"
            f"{_sniff(data)}")
    header_size = struct.unpack_from("<H", data, 4)[0]
    offset = header_size if 16 <= header_size < len(data) else 16
    # The central directory's size is checked before zipfile makes an object per entry.
    check_zip_directory(data[offset:], name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data[offset:]))
    except zipfile.BadZipFile as exc:
        raise SketchFormatError(
            f"{name}: the zip archive after the .tilt header is damaged or truncated ({exc})"
        ) from exc
    names = set(archive.namelist())
    if "data.sketch" not in names:
        raise SketchFormatError(f"{name}: the .tilt archive has no data.sketch")
    # Decompressed sizes are checked before inflating, so a zip bomb is refused cheaply.
    size = archive.getinfo("data.sketch").file_size
    if size > limits.max_file_bytes:
        raise SketchLimitError(
            f"{name}: data.sketch inflates to {size} bytes, more than the limit "
            f"max_file_bytes={limits.max_file_bytes}")
    try:
        sketch_bytes = archive.read("data.sketch")
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise SketchFormatError(f"{name}: cannot inflate data.sketch ({exc})") from exc
    metadata: dict = {}
    if "metadata.json" in names and archive.getinfo("metadata.json").file_size <= (16 << 20):
        try:
            loaded = json.loads(archive.read("metadata.json").decode("utf-8"))
            metadata = loaded if isinstance(loaded, dict) else {}
        except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, EOFError, OSError) as exc:
            logger.warning("%s: metadata.json is unreadable (%s); brushes become tubes", name, exc)
    else:
        logger.warning("%s: no metadata.json; brush names unknown, strokes become tubes", name)
    return sketch_bytes, metadata


def read_tilt(data: bytes, name: str = "sketch", limits: SketchLimits = DEFAULT_LIMITS,
              base_dir: Path | None = None) -> Sketch:
    """Parse ``.tilt`` bytes into a stroke ``Sketch`` in metres, right-handed, +Y up.

    Each ``Stroke`` has points [N,3] f32 (m), radii [N] f32 (m), colors [N,4] f32 (the stroke's
    RGBA), orientations [N,4] f32 (x, y, z, w; brush forward = rotated -Z, up = rotated +Y),
    ``brush`` the brush name (or its GUID when unknown) and ``ribbon`` for flat brushes.
    ``base_dir`` is unused.
    """
    del base_dir
    sketch_bytes, metadata = _open_archive(data, name, limits)
    guids = metadata.get("BrushIndex", [])
    if not isinstance(guids, list):
        guids = []
    cur = BinaryCursor(sketch_bytes, f"{name}: data.sketch")

    # 1. data.sketch header.
    sentinel, version, _reserved, n_extra = cur.unpack("IiiI", "the header")
    if sentinel != SKETCH_SENTINEL:
        raise SketchFormatError(
            f"{name}: data.sketch has a bad sentinel 0x{sentinel:08x} "
            f"(expected 0x{SKETCH_SENTINEL:08x})")
    cur.take(n_extra, "the header's extra bytes")
    (n_strokes,) = cur.unpack("i", "the stroke count")
    if n_strokes < 0:
        raise SketchFormatError(f"{name}: data.sketch declares a negative stroke count {n_strokes}")
    if n_strokes > limits.max_strokes:
        raise SketchLimitError(
            f"{name}: {n_strokes} strokes is more than the limit max_strokes={limits.max_strokes}")

    strokes: list[Stroke] = []
    total = 0
    unknown: set[str] = set()
    for k in range(n_strokes):
        # 2. Stroke header and its optional extension fields.
        brush_index, r, g, b, a, brush_size, stroke_mask, cp_mask = cur.unpack(
            "i4ffII", f"stroke {k}'s header")
        scale = 1.0
        for bit in range(32):
            if not stroke_mask >> bit & 1:
                continue
            if bit < 16:
                raw = cur.take(4, f"stroke {k}'s extension field {bit}")
                if bit == 1:
                    scale = struct.unpack("<f", raw)[0]
            else:
                (length,) = cur.unpack("I", f"stroke {k}'s extension length")
                cur.take(length, f"stroke {k}'s extension field {bit}")
        (n_cp,) = cur.unpack("i", f"stroke {k}'s control point count")
        if n_cp < 0:
            raise SketchFormatError(f"{name}: stroke {k} declares a negative point count {n_cp}")
        total = limits.add_stroke_points(name, f"stroke {k}", n_cp, total)

        # 3. Control points, read as one [n_cp, 7 + n_ext] float32 block.
        n_ext = bin(cp_mask).count("1")
        width = 7 + n_ext
        raw = cur.take(n_cp * width * 4, f"stroke {k}'s {n_cp} control points")
        block = np.frombuffer(raw, dtype="<f4").reshape(n_cp, width)
        pressure = block[:, 7].astype(np.float64) if cp_mask & 1 else np.ones(n_cp)

        # 4. To metres and a right-handed frame (negate Z; quaternion (x,y,z,w)->(-x,-y,z,w)).
        pos = block[:, 0:3].astype(np.float64) * METRES_PER_UNIT
        pos[:, 2] *= -1.0
        quat = block[:, 3:7].astype(np.float64)
        quat[:, 0:2] *= -1.0
        radii = 0.5 * brush_size * scale * pressure * METRES_PER_UNIT

        guid = str(guids[brush_index]) if 0 <= brush_index < len(guids) else ""
        brush, ribbon = TILT_BRUSHES.get(guid.lower(), (guid or f"brush#{brush_index}", False))
        if guid.lower() not in TILT_BRUSHES:
            unknown.add(guid or f"brush#{brush_index}")
        color = np.array([r, g, b, a], dtype=np.float32)
        strokes.append(Stroke(
            points=pos.astype(np.float32),
            radii=radii.astype(np.float32),
            colors=np.tile(color, (n_cp, 1)),
            orientations=quat.astype(np.float32),
            brush=brush,
            ribbon=ribbon,
        ))
    if cur.pos != len(sketch_bytes):
        logger.debug("%s: %d trailing bytes after the last stroke ignored", name,
                     len(sketch_bytes) - cur.pos)
    if unknown:
        logger.info("%s: brushes not in the known list, swept as tubes: %s", name,
                    ", ".join(sorted(unknown)))
    meta = {"format": "tilt", "tool": "Tilt Brush", "sketch_version": int(version),
            "brush_guids": [str(gu) for gu in guids]}
    return Sketch(strokes=tuple(strokes), mesh=None, source_units="dm",
                  metres_per_unit=METRES_PER_UNIT, name=name, metadata=meta)
