"""Checks of what a sketch file declares, made before a parser expands any of it.

A small file can ask for a lot: a 450 KB GLB can carry a 12,000 x 12,000 PNG (half a gigabyte
once decoded), a PLY header can declare a billion vertices, a GLB can place one mesh 300,000
times, a text file can hold millions of lines. Each check here reads only headers, counts or
the glTF JSON (never the arrays) and compares them with ``SketchLimits``:

- text files: ``check_lines`` counts the lines (one ``bytes.count``), ``count_lines_where``
  classifies every line by its first two bytes (numpy, a few MiB at a time), so a reader refuses
  a file whose vertex or point lines are past a limit before it parses the first one;
- glTF / GLB (``check_gltf_document``): nodes, node instances (every placement counts),
  vertices and triangles per mesh and per instance, and each image's width x height from its
  header (PIL reads headers lazily: nothing is decoded);
- PLY / OFF headers: element counts against the limits and against the bytes present;
- STL: the triangle count (binary header, or ``endfacet`` count);
- zip (``.tilt``): the central directory's entry count and size, before ``zipfile`` reads it.

Checks are permissive about what they cannot parse: a malformed header is left to the parser,
whose error message names the file. They are strict about counts: a count past a limit is a
``SketchLimitError`` naming the limit; a count the file's bytes cannot hold is a
``SketchFormatError``.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import struct
import warnings
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from ..errors import SketchFormatError, SketchLimitError
from ..limits import SketchLimits

CHUNK_BYTES = 1 << 22
"""Bytes classified at a time by ``count_lines_where`` (bounds its temporary arrays)."""
MAX_ZIP_ENTRIES = 64
"""Most entries a ``.tilt`` archive may list (it holds three or four files)."""
MAX_ZIP_DIRECTORY_BYTES = 1 << 20
"""Largest zip central directory read for a ``.tilt``."""
HEADER_SCAN_BYTES = 1 << 16
"""How far into a PLY / OFF file its header is looked for."""

_WS = np.zeros(256, dtype=bool)
_WS[[ord(" "), ord("\t")]] = True
_NUMBER_START = np.zeros(256, dtype=bool)
_NUMBER_START[list(b"0123456789+-.")] = True


# --- text files ------------------------------------------------------------------------------


def line_count(data: bytes) -> int:
    """Lines in ``data`` (a last line without a newline counts)."""
    if not data:
        return 0
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1)


def check_lines(data: bytes, name: str, limits: SketchLimits) -> int:
    """Refuse a text file with more than ``limits.max_lines`` lines; returns the count."""
    n = line_count(data)
    if n > limits.max_lines:
        raise SketchLimitError(
            f"{name}: {n} lines is more than the limit max_lines={limits.max_lines}")
    return n


def _line_heads(data: bytes) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """(first byte, second byte) of every line, a chunk of lines at a time, as uint8 arrays; a
    missing second byte reads as a newline."""
    arr = np.frombuffer(data, dtype=np.uint8)
    n = len(arr)
    for lo in range(0, n, CHUNK_BYTES):
        hi = min(n, lo + CHUNK_BYTES)
        starts = np.flatnonzero(arr[lo:hi] == 10) + (lo + 1)
        if lo == 0:
            starts = np.concatenate([np.zeros(1, dtype=starts.dtype), starts])
        starts = starts[starts < n]
        if not len(starts):
            continue
        second = np.minimum(starts + 1, n - 1)
        yield arr[starts], np.where(starts + 1 < n, arr[second], 10).astype(np.uint8)


LineTest = Callable[[np.ndarray, np.ndarray], np.ndarray]


def starts_with_word(char: str) -> LineTest:
    """A line test: the line starts with ``char`` followed by a space or a tab (``"v"`` matches
    ``v 1 2 3`` but not ``vt 0 1``)."""
    code = ord(char)
    return lambda b0, b1: (b0 == code) & _WS[b1]


def starts_with_number(b0: np.ndarray, b1: np.ndarray) -> np.ndarray:
    """A line test: the line starts with a digit, a sign or a decimal point."""
    del b1
    return _NUMBER_START[b0]


def count_lines_where(data: bytes, *tests: LineTest) -> list[int]:
    """How many lines pass each test (``starts_with_word("v")``, ``starts_with_number``), in one
    pass over ``data`` that reads only the first two bytes of each line."""
    counts = [0] * len(tests)
    for b0, b1 in _line_heads(data):
        for i, test in enumerate(tests):
            counts[i] += int(np.count_nonzero(test(b0, b1)))
    return counts


def iter_lines(data: bytes) -> Iterator[tuple[int, int, bytes]]:
    """(1-based line number, byte offset, raw line) for each line, without splitting the whole
    file at once. A file that uses bare carriage returns as line ends is read by them."""
    if b"\n" not in data and b"\r" in data:
        data = data.replace(b"\r", b"\n")
    offset = 0
    for lineno, raw in enumerate(io.BytesIO(data), start=1):
        yield lineno, offset, raw
        offset += len(raw)


# --- glTF / GLB ------------------------------------------------------------------------------

_GLB_JSON = 0x4E4F534A
_GLB_BIN = 0x004E4942


def glb_chunks(data: bytes) -> tuple[bytes, memoryview | None] | None:
    """The JSON chunk and the BIN chunk (or None) of a GLB, or None when the container cannot be
    read (the parser then says why)."""
    if len(data) < 20 or data[:4] != b"glTF":
        return None
    pos = 12
    json_chunk: bytes | None = None
    binary: memoryview | None = None
    view = memoryview(data)
    while pos + 8 <= len(data):
        length, kind = struct.unpack_from("<II", data, pos)
        body = view[pos + 8:pos + 8 + length]
        if kind == _GLB_JSON and json_chunk is None:
            json_chunk = bytes(body)
        elif kind == _GLB_BIN and binary is None:
            binary = body
        pos += 8 + length + (-length % 4)
    return (json_chunk, binary) if json_chunk is not None else None


def _load_json(text: bytes) -> dict | None:
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError, UnicodeDecodeError):
        return None
    return doc if isinstance(doc, dict) else None


def _items(doc: dict, key: str) -> list:
    value = doc.get(key)
    return value if isinstance(value, list) else []


def _index(value, n: int) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < n \
        else None


def _count(accessors: list, index) -> int:
    """The ``count`` of accessor ``index`` (0 when there is none or it is not a count)."""
    i = _index(index, len(accessors))
    if i is None or not isinstance(accessors[i], dict):
        return 0
    count = accessors[i].get("count")
    return count if isinstance(count, int) and count > 0 else 0


def _mesh_counts(doc: dict) -> list[tuple[int, int]]:
    """(vertices, triangles) of every mesh of a glTF document, from its accessors' counts."""
    accessors = _items(doc, "accessors")
    out = []
    for mesh in _items(doc, "meshes"):
        n_v = n_t = 0
        prims = mesh.get("primitives") if isinstance(mesh, dict) else None
        for prim in prims if isinstance(prims, list) else []:
            if not isinstance(prim, dict):
                continue
            attrs = prim.get("attributes") if isinstance(prim.get("attributes"), dict) else {}
            v = _count(accessors, attrs.get("POSITION"))
            n = _count(accessors, prim["indices"]) if "indices" in prim else v
            mode = prim.get("mode", 4)
            n_v += v
            n_t += n // 3 if mode == 4 else max(0, n - 2) if mode in (5, 6) else 0
        out.append((n_v, n_t))
    return out


def _check_totals(name: str, what: str, n_v: int, n_t: int, limits: SketchLimits) -> None:
    if n_v > limits.max_vertices:
        raise SketchLimitError(f"{name}: {what} hold {n_v} vertices, more than the limit "
                               f"max_vertices={limits.max_vertices}")
    if n_t > limits.max_triangles:
        raise SketchLimitError(f"{name}: {what} hold {n_t} triangles, more than the limit "
                               f"max_triangles={limits.max_triangles}")


def _check_nodes(doc: dict, name: str, limits: SketchLimits,
                 meshes: list[tuple[int, int]]) -> None:
    """Node instances (every path from a scene root counts, so a node shared by two parents
    counts twice and a cycle never ends) and the geometry they place, bounded by the limits."""
    nodes = _items(doc, "nodes")
    if len(nodes) > limits.max_nodes:
        raise SketchLimitError(f"{name}: {len(nodes)} nodes is more than the limit "
                               f"max_nodes={limits.max_nodes}")
    roots: list = []
    scenes = _items(doc, "scenes")
    for scene in scenes:
        if isinstance(scene, dict) and isinstance(scene.get("nodes"), list):
            roots.extend(scene["nodes"])
    if not scenes:  # no scene: every node that is nobody's child is a root
        children_of_any = {c for node in nodes if isinstance(node, dict)
                           and isinstance(node.get("children"), list) for c in node["children"]
                           if isinstance(c, int)}
        roots = [i for i in range(len(nodes)) if i not in children_of_any]
    stack = [i for i in (_index(r, len(nodes)) for r in roots) if i is not None]
    visits = n_v = n_t = 0
    while stack:
        i = stack.pop()
        visits += 1
        node = nodes[i]
        if not isinstance(node, dict):
            continue
        m = _index(node.get("mesh"), len(meshes))
        if m is not None:
            n_v += meshes[m][0]
            n_t += meshes[m][1]
            _check_totals(name, "the scene's mesh instances", n_v, n_t, limits)
        children = node.get("children")
        if isinstance(children, list) and children:
            if visits + len(stack) + len(children) > limits.max_nodes:
                raise SketchLimitError(f"{name}: the scene places more than {limits.max_nodes} "
                                       f"nodes, the limit max_nodes={limits.max_nodes}")
            stack.extend(c for c in (_index(c, len(nodes)) for c in children) if c is not None)


def _png_size(b: bytes) -> tuple[int, int] | None:
    if len(b) >= 24 and b[:8] == b"\x89PNG\r\n\x1a\n" and b[12:16] == b"IHDR":
        return struct.unpack(">II", b[16:24])
    return None


def _jpeg_size(b: bytes) -> tuple[int, int] | None:
    """The frame size of a JPEG from its first SOF marker."""
    if b[:2] != b"\xff\xd8":
        return None
    pos = 2
    while pos + 4 <= len(b):
        if b[pos] != 0xFF:
            return None
        marker = b[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        (length,) = struct.unpack(">H", b[pos + 2:pos + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if pos + 9 > len(b):
                return None
            height, width = struct.unpack(">HH", b[pos + 5:pos + 9])
            return width, height
        pos += 2 + length
    return None


def image_size(blob) -> tuple[int, int] | None:
    """(width, height) from an image's header (PNG and JPEG read here, anything else PIL can
    identify), without decoding it; None when it is not an image we know."""
    head = bytes(blob[:1 << 16])
    size = _png_size(head) or _jpeg_size(head)
    if size is not None:
        return size
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(bytes(blob))) as im:
                return tuple(im.size)
    except Image.DecompressionBombError:
        return (1 << 31, 1)  # beyond PIL's own bound: certainly beyond ours
    except Exception:  # noqa: BLE001 - not an image PIL can identify: the parser will say
        return None


def _data_uri(uri) -> bytes | None:
    if not isinstance(uri, str) or not uri.startswith("data:") or "," not in uri:
        return None
    try:
        return base64.b64decode(uri.split(",", 1)[1], validate=False)
    except (binascii.Error, ValueError):
        return None


def _check_images(doc: dict, name: str, limits: SketchLimits, binary: memoryview | None,
                  base_dir: Path | None) -> None:
    buffers = _items(doc, "buffers")
    views = _items(doc, "bufferViews")
    decoded: dict[int, bytes | memoryview | None] = {}

    def buffer(i: int):
        if i not in decoded:
            b = buffers[i] if isinstance(buffers[i], dict) else {}
            decoded[i] = binary if "uri" not in b else _data_uri(b.get("uri"))
        return decoded[i]

    for k, img in enumerate(_items(doc, "images")):
        if not isinstance(img, dict):
            continue
        blob = None
        v = _index(img.get("bufferView"), len(views))
        if v is not None and isinstance(views[v], dict):
            view = views[v]
            b = _index(view.get("buffer"), len(buffers))
            data = buffer(b) if b is not None else None
            offset, length = view.get("byteOffset", 0), view.get("byteLength", 0)
            if data is not None and isinstance(offset, int) and isinstance(length, int):
                blob = data[max(0, offset):max(0, offset) + max(0, length)]
        elif isinstance(img.get("uri"), str):
            blob = _data_uri(img["uri"])
            if blob is None and base_dir is not None:
                path = Path(base_dir) / img["uri"]
                try:
                    with open(path, "rb") as fh:
                        blob = fh.read(HEADER_SCAN_BYTES * 16)
                except OSError:
                    blob = None
        if blob is None or len(blob) == 0:
            continue
        size = image_size(blob)
        if size is not None and size[0] * size[1] > limits.max_image_pixels:
            raise SketchLimitError(
                f"{name}: image {k} is {size[0]} x {size[1]} pixels, more than the limit "
                f"max_image_pixels={limits.max_image_pixels}")


def check_gltf_document(doc: dict, name: str, limits: SketchLimits,
                        binary: memoryview | None = None, base_dir: Path | None = None) -> None:
    """Check a glTF document (the parsed JSON) before a loader builds its scene: meshes, node
    instances and images against ``limits``."""
    meshes = _mesh_counts(doc)
    _check_totals(name, "its meshes", sum(m[0] for m in meshes), sum(m[1] for m in meshes),
                  limits)
    _check_nodes(doc, name, limits, meshes)
    _check_images(doc, name, limits, binary, base_dir)


def check_gltf(data: bytes, file_type: str, name: str, limits: SketchLimits,
               base_dir: Path | None = None) -> None:
    """``check_gltf_document`` on a ``.glb`` (its JSON chunk) or ``.gltf`` (the file)."""
    if file_type == "glb":
        chunks = glb_chunks(data)
        if chunks is None:
            return
        doc = _load_json(chunks[0])
        binary = chunks[1]
    else:
        doc, binary = _load_json(data), None
    if doc is not None:
        check_gltf_document(doc, name, limits, binary, base_dir)


# --- PLY, OFF, STL ---------------------------------------------------------------------------

_PLY_SIZES = {"char": 1, "uchar": 1, "int8": 1, "uint8": 1, "short": 2, "ushort": 2,
              "int16": 2, "uint16": 2, "int": 4, "uint": 4, "int32": 4, "uint32": 4,
              "float": 4, "float32": 4, "double": 8, "float64": 8}


def check_ply(data: bytes, name: str, limits: SketchLimits) -> None:
    """Element counts of a PLY header against the limits and against the body's bytes."""
    end = data.find(b"end_header", 0, HEADER_SCAN_BYTES)
    if end < 0:
        return
    nl = data.find(b"\n", end)
    body = len(data) - (nl + 1 if nl >= 0 else len(data))
    fmt = ""
    elements: list[list] = []  # [name, count, min bytes per row]
    for line in data[:end].decode("ascii", "replace").splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == "format":
            fmt = parts[1]
        elif len(parts) == 3 and parts[0] == "element":
            try:
                elements.append([parts[1], int(parts[2]), 0])
            except ValueError:
                return
        elif parts[:1] == ["property"] and elements:
            if fmt == "ascii":
                elements[-1][2] += 2
            elif len(parts) >= 5 and parts[1] == "list":
                elements[-1][2] += _PLY_SIZES.get(parts[2], 1)
            elif len(parts) >= 3:
                elements[-1][2] += _PLY_SIZES.get(parts[1], 1)
    limit_of = {"vertex": ("max_vertices", limits.max_vertices),
                "face": ("max_triangles", limits.max_triangles)}
    for element, count, row in elements:
        if count < 0:
            return
        if element in limit_of and count > limit_of[element][1]:
            field, value = limit_of[element]
            raise SketchLimitError(f"{name}: the header declares {count} {element} rows, more "
                                   f"than the limit {field}={value}")
        if count * max(row, 1) > body:
            raise SketchFormatError(f"{name}: the header declares {count} {element} rows, more "
                                    f"than the file's {body} bytes after the header can hold")


def check_off(data: bytes, name: str, limits: SketchLimits) -> None:
    """The vertex and face counts of an OFF header against the limits and the lines present."""
    head = data[:HEADER_SCAN_BYTES].decode("ascii", "replace")
    words: list[str] = []
    for line in head.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.extend(line.split())
        if len(words) >= 4:
            break
    if not words or not words[0].endswith("OFF"):
        return
    try:
        n_v, n_f = int(words[1]), int(words[2])
    except (IndexError, ValueError):
        return
    if n_v > limits.max_vertices:
        raise SketchLimitError(f"{name}: the header declares {n_v} vertices, more than the limit "
                               f"max_vertices={limits.max_vertices}")
    if n_f > limits.max_triangles:
        raise SketchLimitError(f"{name}: the header declares {n_f} faces, more than the limit "
                               f"max_triangles={limits.max_triangles}")
    lines = check_lines(data, name, limits)
    if n_v + n_f > lines:
        raise SketchFormatError(f"{name}: the header declares {n_v} vertices and {n_f} faces, "
                                f"but the file has only {lines} lines")


def check_stl(data: bytes, name: str, limits: SketchLimits) -> None:
    """The triangle count of a binary STL (its header, when the size agrees) or of an ASCII one
    (its ``endfacet`` keywords) against ``max_triangles``."""
    if len(data) >= 84:
        (n,) = struct.unpack_from("<I", data, 80)
        if 84 + 50 * n == len(data):
            if n > limits.max_triangles:
                raise SketchLimitError(f"{name}: {n} triangles is more than the limit "
                                       f"max_triangles={limits.max_triangles}")
            return
    n = data.count(b"endfacet")
    if n > limits.max_triangles:
        raise SketchLimitError(f"{name}: {n} facets is more than the limit "
                               f"max_triangles={limits.max_triangles}")
    check_lines(data, name, limits)


def check_obj_mesh(data: bytes, name: str, limits: SketchLimits) -> None:
    """Lines, ``v`` lines and ``f`` lines of an OBJ against the limits, before it is parsed."""
    check_lines(data, name, limits)
    n_v, n_f = count_lines_where(data, starts_with_word("v"), starts_with_word("f"))
    if n_v > limits.max_vertices:
        raise SketchLimitError(f"{name}: {n_v} vertex lines is more than the limit "
                               f"max_vertices={limits.max_vertices}")
    if n_f > limits.max_triangles:
        raise SketchLimitError(f"{name}: {n_f} face lines is more than the limit "
                               f"max_triangles={limits.max_triangles}")


MESH_CHECKS = {
    "obj": lambda data, name, limits, base_dir: check_obj_mesh(data, name, limits),
    "ply": lambda data, name, limits, base_dir: check_ply(data, name, limits),
    "off": lambda data, name, limits, base_dir: check_off(data, name, limits),
    "stl": lambda data, name, limits, base_dir: check_stl(data, name, limits),
    "glb": lambda data, name, limits, base_dir: check_gltf(data, "glb", name, limits, base_dir),
    "gltf": lambda data, name, limits, base_dir: check_gltf(data, "gltf", name, limits,
                                                            base_dir),
}
"""Mesh file type -> its check, run by ``mesh_formats.read_mesh`` before trimesh sees the
bytes."""


# --- zip -------------------------------------------------------------------------------------


def check_zip_directory(data: bytes, name: str) -> None:
    """The entry count and size of a zip's central directory (from its end record), before
    ``zipfile`` builds an object per entry. A missing end record is left to ``zipfile``."""
    k = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if k < 0 or k + 22 > len(data):
        return
    entries, size = struct.unpack_from("<HI", data, k + 10)
    if entries > MAX_ZIP_ENTRIES or size > MAX_ZIP_DIRECTORY_BYTES:
        raise SketchLimitError(
            f"{name}: the archive lists {entries} entries in {size} bytes, more than "
            f"MAX_ZIP_ENTRIES={MAX_ZIP_ENTRIES} / MAX_ZIP_DIRECTORY_BYTES="
            f"{MAX_ZIP_DIRECTORY_BYTES} (a .tilt holds a few files)")
