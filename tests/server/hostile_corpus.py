"""Hostile sketch files: small files that ask for a lot (a huge texture, a header declaring a
billion rows, a scene placing one mesh 300,000 times, millions of lines), malformed ones, and
big honest ones near the limits. Each case says which status codes are acceptable for it.

    for case in corpus():
        case.name, case.fmt, case.data, case.codes

Used by ``test_hostile_parsing.py`` and ``benchmarks/load_server.py --mixed``. Everything is
made here, in memory, in a few seconds.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

REFUSED = ("INVALID_ARGUMENT", "RESOURCE_EXHAUSTED")


@dataclass(frozen=True)
class Case:
    name: str
    fmt: str
    data: bytes
    codes: tuple[str, ...]
    """Acceptable outcomes: "OK" (accepted) and/or gRPC status names."""
    needle: str = ""
    """Text the refusal must contain (the limit it names), when refused."""


def png_header_only_image(width: int, height: int) -> bytes:
    """A valid greyscale PNG of ``width`` x ``height`` black pixels (compressed as it is made:
    small, cheap to make, expensive to decode)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + \
            struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    comp = zlib.compressobj(1)
    rows = 1000
    block = bytes((width + 1) * rows)
    parts = [comp.compress(block) for _ in range(height // rows)]
    parts.append(comp.compress(bytes((width + 1) * (height % rows))))
    idat = b"".join(parts) + comp.flush()
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0,
                                                             0, 0, 0)) +
            chunk(b"IDAT", idat) + chunk(b"IEND", b""))


def glb(doc: dict, binary: bytes = b"") -> bytes:
    """A GLB container around a glTF document and its binary chunk. A ``RepeatedNode`` as the
    document's "nodes" is written by repetition (fast for 300k nodes)."""
    nodes = doc.get("nodes")
    if isinstance(nodes, RepeatedNode):
        one = json.dumps(nodes.node, separators=(",", ":"))
        doc = dict(doc, nodes="@NODES@")
        text = json.dumps(doc, separators=(",", ":")).replace(
            '"@NODES@"', "[" + ",".join([one] * nodes.count) + "]").encode()
    else:
        text = json.dumps(doc, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 4)
    binary += b"\0" * (-len(binary) % 4)
    body = struct.pack("<II", len(text), 0x4E4F534A) + text
    if binary:
        body += struct.pack("<II", len(binary), 0x004E4942) + binary
    return b"glTF" + struct.pack("<II", 2, 12 + len(body)) + body


@dataclass(frozen=True)
class RepeatedNode:
    """``count`` copies of one glTF node."""

    node: dict
    count: int

    def __len__(self) -> int:
        return self.count


def triangle_glb(image: bytes | None = None, nodes: list | None = None,
                 position_count: int | None = None, mime: str = "image/png") -> bytes:
    """One textured triangle; ``image`` embedded as its base-colour texture, ``nodes`` instead
    of the one node, ``position_count`` a lie about the vertex count."""
    pos = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0]], "<f4").tobytes()
    uv = np.array([[0, 0], [1, 0], [0, 1]], "<f4").tobytes()
    idx = np.array([0, 1, 2], "<u4").tobytes()
    binary = pos + uv + idx
    views = [{"buffer": 0, "byteOffset": 0, "byteLength": 36},
             {"buffer": 0, "byteOffset": 36, "byteLength": 24},
             {"buffer": 0, "byteOffset": 60, "byteLength": 12}]
    accessors = [{"bufferView": 0, "componentType": 5126, "count": position_count or 3,
                  "type": "VEC3", "min": [0, 0, 0], "max": [1, 1, 0]},
                 {"bufferView": 1, "componentType": 5126, "count": 3, "type": "VEC2"},
                 {"bufferView": 2, "componentType": 5125, "count": 3, "type": "SCALAR"}]
    prim = {"attributes": {"POSITION": 0, "TEXCOORD_0": 1}, "indices": 2}
    doc = {"asset": {"version": "2.0"}, "scene": 0,
           "scenes": [{"nodes": [0] if nodes is None else list(range(len(nodes)))}],
           "nodes": nodes if nodes is not None else [{"mesh": 0}],
           "meshes": [{"primitives": [prim]}], "accessors": accessors, "bufferViews": views,
           "buffers": [{"byteLength": 0}]}
    if image is not None:
        pad = b"\0" * (-len(binary) % 4)
        views.append({"buffer": 0, "byteOffset": len(binary) + len(pad),
                      "byteLength": len(image)})
        binary += pad + image
        doc["images"] = [{"bufferView": 3, "mimeType": mime}]
        doc["textures"] = [{"source": 0}]
        doc["materials"] = [{"pbrMetallicRoughness": {"baseColorTexture": {"index": 0}}}]
        prim["material"] = 0
    doc["buffers"][0]["byteLength"] = len(binary)
    return glb(doc, binary)


def jpeg_header(width: int, height: int) -> bytes:
    """The start of a baseline JPEG declaring ``width`` x ``height`` (no image data)."""
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0" \
        + sof + b"\xff\xd9"


def tilt(zip_bytes: bytes) -> bytes:
    return b"tilT" + struct.pack("<HH", 16, 1) + b"\0" * 8 + zip_bytes


def zip_with(entries: dict, deflate: bool = True) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED,
                         compresslevel=1) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def many_entries_zip(n: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for i in range(n):
            z.writestr(f"f{i}", b"")
        z.writestr("data.sketch", b"")
    return buf.getvalue()


def big_glb(n_triangles: int) -> bytes:
    """An honest GLB of a grid with about ``n_triangles`` triangles (no node tricks)."""
    side = int((n_triangles / 2) ** 0.5) + 1
    ys, xs = np.mgrid[0:side, 0:side].astype(np.float32)
    pos = np.stack([xs.ravel(), ys.ravel(), np.sin(xs.ravel() * 0.1)], axis=1).astype("<f4")
    i = np.arange(side * side).reshape(side, side)[:-1, :-1].ravel()
    tri = np.concatenate([np.stack([i, i + 1, i + side], 1), np.stack([i + 1, i + side + 1,
                                                                        i + side], 1)])
    tri = tri[:n_triangles].astype("<u4")
    binary = pos.tobytes() + tri.tobytes()
    doc = {"asset": {"version": "2.0"}, "scene": 0, "scenes": [{"nodes": [0]}],
           "nodes": [{"mesh": 0}],
           "meshes": [{"primitives": [{"attributes": {"POSITION": 0}, "indices": 1}]}],
           "accessors": [{"bufferView": 0, "componentType": 5126, "count": len(pos),
                          "type": "VEC3", "min": pos.min(0).tolist(), "max": pos.max(0).tolist()},
                         {"bufferView": 1, "componentType": 5125, "count": tri.size,
                          "type": "SCALAR"}],
           "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": pos.nbytes},
                           {"buffer": 0, "byteOffset": pos.nbytes, "byteLength": tri.nbytes}],
           "buffers": [{"byteLength": len(binary)}]}
    return glb(doc, binary)


def apa_many_strokes(n_strokes: int, points: int) -> bytes:
    out = bytearray(b"\x08apainter" + struct.pack("<HB", 1, 1) + b"\x04flat" +
                    struct.pack("<I", n_strokes))
    pt = np.zeros(points, dtype=[("pos", "<f4", (3,)), ("quat", "<f4", (4,)),
                                 ("pressure", "<f4"), ("time", "<u4")])
    pt["pos"][:, 0] = np.arange(points) * 0.01
    pt["quat"][:, 3] = 1.0
    pt["pressure"] = 1.0
    for k in range(n_strokes):
        pt["pos"][:, 1] = k * 0.001
        out += struct.pack("<B4fI", 0, 1.0, 0.0, 0.0, 0.01, points) + pt.tobytes()
    return bytes(out)


@lru_cache(maxsize=1)
def corpus() -> tuple[Case, ...]:
    """The cases, made once per process."""
    big_png = png_header_only_image(12_000, 12_000)
    cases = [
        Case("glb with a 12000x12000 png texture", "glb", triangle_glb(big_png), REFUSED,
             "max_image_pixels"),
        Case("glb with a jpeg declaring 60000x60000", "glb",
             triangle_glb(jpeg_header(60_000, 60_000), mime="image/jpeg"), REFUSED,
             "max_image_pixels"),
        Case("glb placing one mesh 300k times", "glb",
             triangle_glb(nodes=RepeatedNode({"mesh": 0, "translation": [0.125, 0.25, 0.5],
                                              "name": "instance"}, 300_000)),
             REFUSED, "max_nodes"),
        Case("glb whose nodes double at each level", "glb",
             triangle_glb(nodes=[{"mesh": 0, "children": [i + 1, i + 1]} for i in range(30)]
                          + [{"mesh": 0}]), REFUSED, "max_nodes"),
        Case("glb whose accessor claims a billion vertices", "glb",
             triangle_glb(position_count=10 ** 9), REFUSED, "max_vertices"),
        Case("gltf nested 100k deep", "gltf", b"[" * 100_000 + b"]" * 100_000, REFUSED),
        Case("obj with 3M vertex lines", "obj", b"v 0 0 0\n" * 3_000_000 + b"l 1 2\n", REFUSED,
             "max_vertices"),
        Case("obj with 2.5M face lines", "obj",
             b"v 0 0 0\nv 1 0 0\nv 0 1 0\n" + b"f 1 2 3\n" * 2_500_000, REFUSED,
             "max_triangles"),
        Case("curves with 3M point lines", "curves",
             (b"v 100\n" + b"0 0 0\n" * 100) * 30_000, REFUSED, "max_points"),
        Case("curves of 40M blank lines", "curves", b"\n" * 40_000_000, REFUSED, "max_lines"),
        Case("curves with one 20 MB line", "curves", b"v 1\n" + b"1 " * 10_000_000, REFUSED),
        Case("ply declaring a billion vertices", "ply",
             b"ply\nformat binary_little_endian 1.0\nelement vertex 1000000000\n"
             b"property float x\nproperty float y\nproperty float z\nend_header\n" +
             b"\0" * 100, REFUSED, "max_vertices"),
        Case("ply whose counts outrun its bytes", "ply",
             b"ply\nformat binary_little_endian 1.0\nelement vertex 1000000\n"
             b"property float x\nproperty float y\nproperty float z\nelement face 1000000\n"
             b"property list uchar int vertex_indices\nend_header\n" + b"\0" * 100, REFUSED),
        Case("off declaring a billion faces", "off", b"OFF\n3 1000000000 0\n0 0 0\n1 0 0\n0 1 0\n",
             REFUSED, "max_triangles"),
        Case("stl whose count lies", "stl", b"\0" * 80 + struct.pack("<I", 2 ** 32 - 1) +
             b"\0" * 50, REFUSED),
        Case("tilt zip listing 5k entries", "tilt", tilt(many_entries_zip(5_000)), REFUSED,
             "MAX_ZIP_ENTRIES"),
        Case("tilt whose data.sketch inflates to 100 MB", "tilt",
             tilt(zip_with({"data.sketch": b"\0" * (100 << 20)})), REFUSED, "max_file_bytes"),
        Case("apa with 100k two-point strokes", "apa", apa_many_strokes(100_000, 2),
             ("OK", "RESOURCE_EXHAUSTED")),
        Case("honest glb of 1.9M triangles", "glb", big_glb(1_900_000),
             ("OK", "INVALID_ARGUMENT", "RESOURCE_EXHAUSTED")),
    ]
    return tuple(cases)
