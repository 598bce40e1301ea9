"""Golden files the C# core of the Unity package is tested against, written by the Python side
with the server's own converters (``sketch2real.server.convert``) and the Python client's packer
(``sketch2real.client.pack``): what goes over the wire in each direction, byte for byte.

    python tests/clients/golden_writer.py            # rewrite unity_client/Tests/Golden~/
    python tests/clients/golden_writer.py --check    # exit 1 when the committed files differ

Files (all little-endian; "wire" is right-handed +Y up, "unity" is Unity's left-handed frame,
which is the wire frame with X negated and every triangle's winding flipped):

- ``chiral.*``: a tetrahedron with three different edge lengths along the axes (chiral: its
  mirror image is another shape), as ``mesh_to_proto`` puts it in a ``Mesh`` (positions,
  indices, colours, area-weighted normals, UVs, a PNG texture) and the arrays Unity must get
  from it (``chiral.unity_*``). ``chiral.mesh.pb`` is the whole serialized ``Mesh`` message.
- ``helix.*``: one stroke, a right-handed helix, as Unity captures it (``helix.unity_*``) and
  the ``Stroke`` fields the server must receive (``helix.points.f32`` ...), packed by the
  Python client.
- ``events.tsv``: job events built by ``convert.event_to_proto`` from pipeline events, one per
  line: ``job_id  seq  kind  key=value;...`` (the fields of the ``JobEvent`` oneof).
- ``golden.txt``: ``key value`` lines: counts, the chiral shape's signed volume and edge
  determinant, the helix's handedness, and the SHA-256 of a 90,000-vertex grid (past the 65,535
  vertices of 16-bit indices) that both sides build from the same integer formula.
"""

from __future__ import annotations

import argparse
import hashlib
import struct
import sys
import tempfile
import zlib
from pathlib import Path

import numpy as np

from sketch2real.client import Client
from sketch2real.pipeline.events import (Cancelled, Completed, Failed, Preview, Progress,
                                         StageStarted)
from sketch2real.server import convert
from sketch2real.wire._generated import sketch2real_pb2 as pb

REPO = Path(__file__).resolve().parents[2]
GOLDEN_DIR = REPO / "unity_client" / "Tests" / "Golden~"
GRID_SIDE = 300
"""The grid is GRID_SIDE x GRID_SIDE vertices (90,000 > 65,535)."""


def unity_from_wire_positions(v: np.ndarray) -> np.ndarray:
    """[N,3] wire -> Unity: negate X (exact: only the sign bit changes)."""
    out = np.array(v, dtype="<f4", copy=True)
    out[:, 0] = -out[:, 0]
    return out


def flip_winding(f: np.ndarray) -> np.ndarray:
    """[F,3] triangles with their winding reversed (a, b, c) -> (a, c, b)."""
    return np.ascontiguousarray(np.asarray(f)[:, [0, 2, 1]])


def png_rgba(width: int, height: int, rgba: bytes) -> bytes:
    """A PNG with stored (uncompressed) deflate blocks, so its bytes do not depend on zlib's
    version. ``rgba``: rows top to bottom, 4 bytes per pixel."""
    raw = b"".join(b"\x00" + rgba[y * width * 4:(y + 1) * width * 4] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 0)) + chunk(b"IEND", b""))


def chiral_mesh() -> dict:
    """The tetrahedron: origin corner at (0, 1, -0.5) (x = 0 exactly, so Unity sees -0.0),
    edges 0.3 along +X, 0.2 along +Y, 0.1 along +Z; faces counter-clockwise from outside."""
    o = np.array([0.0, 1.0, -0.5])
    v = np.array([o, o + [0.3, 0, 0], o + [0, 0.2, 0], o + [0, 0, 0.1]], dtype=np.float32)
    faces = []
    centre = v.astype(np.float64).mean(axis=0)
    for tri in ([0, 1, 2], [0, 1, 3], [0, 2, 3], [1, 2, 3]):
        a, b, c = v[tri].astype(np.float64)
        if np.dot(np.cross(b - a, c - a), (a + b + c) / 3 - centre) < 0:
            tri = [tri[0], tri[2], tri[1]]
        faces.append(tri)
    faces = np.array(faces, dtype=np.uint32)
    colors = np.array([[255, 255, 255, 255], [255, 0, 0, 255], [0, 255, 0, 255],
                       [0, 0, 255, 128]], dtype=np.uint8)
    uvs = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [0.5, 0.25]], dtype=np.float32)
    png = png_rgba(2, 2, bytes([255, 0, 0, 255, 0, 255, 0, 255,
                                0, 0, 255, 255, 255, 255, 255, 128]))
    return {"vertices": v, "faces": faces, "colors": colors, "uvs": uvs, "png": png}


def signed_volume(v: np.ndarray, f: np.ndarray) -> float:
    p = v.astype(np.float64)
    return float(np.einsum("ij,ij->i", p[f[:, 0]], np.cross(p[f[:, 1]], p[f[:, 2]])).sum() / 6)


def helix_wire() -> dict:
    """A right-handed helix around +Y in the wire frame (x = r sin t, y = c t, z = r cos t),
    with radii, RGBA colours and brush orientations (unit quaternions x, y, z, w)."""
    t = np.linspace(0.0, 4 * np.pi, 97)
    pts = np.stack([0.1 * np.sin(t), 0.8 + 0.02 * t, 0.1 * np.cos(t)], axis=1)
    radii = 0.004 + 0.002 * np.sin(t * 0.5) ** 2
    k = np.arange(len(t))
    colors = np.stack([k * 255 // (len(t) - 1), 64 + 0 * k, 255 - k * 255 // (len(t) - 1),
                       255 + 0 * k], axis=1).astype(np.uint8)
    # Brush frame: a rotation by t/2 about an axis that is not a coordinate axis.
    axis = np.array([0.3, 0.8, 0.52])
    axis /= np.linalg.norm(axis)
    half = t / 4
    quats = np.concatenate([np.sin(half)[:, None] * axis, np.cos(half)[:, None]], axis=1)
    return {"points": pts.astype(np.float32), "radii": radii.astype(np.float32),
            "colors": colors, "orientations": quats.astype(np.float32)}


def mirror_quaternions(q: np.ndarray) -> np.ndarray:
    """Unity <-> wire for rotations: conjugating by the X mirror keeps x and w and negates y, z."""
    out = np.array(q, dtype="<f4", copy=True)
    out[:, 1] = -out[:, 1]
    out[:, 2] = -out[:, 2]
    return out


def grid_unity(side: int = GRID_SIDE) -> tuple[np.ndarray, np.ndarray]:
    """The big grid in Unity's frame from integers only (every value exact in float32):
    vertex (i, j) at (i/128 - 1, ((i*j) mod 7)/8, j/128); cell triangles (a, c, b), (b, c, d)
    with a=(i,j), b=(i+1,j), c=(i,j+1), d=(i+1,j+1), index = i*side + j."""
    i, j = np.meshgrid(np.arange(side), np.arange(side), indexing="ij")
    v = np.stack([i / 128.0 - 1.0, ((i * j) % 7) / 8.0, j / 128.0], axis=-1).reshape(-1, 3)
    ci, cj = np.meshgrid(np.arange(side - 1), np.arange(side - 1), indexing="ij")
    a = (ci * side + cj).ravel()
    b, c = a + side, a + 1
    d = b + 1
    f = np.stack([np.stack([a, c, b], 1), np.stack([b, c, d], 1)], axis=1).reshape(-1, 3)
    return v.astype("<f4"), f.astype("<u4")


def helix_handedness(points: np.ndarray) -> int:
    """+1 for a right-handed helix, -1 for a left-handed one, read in a right-handed frame:
    the sign of the summed triple products of consecutive segments (the torsion's sign)."""
    p = points.astype(np.float64)
    d = np.diff(p, axis=0)
    triple = np.einsum("ij,ij->i", np.cross(d[:-2], d[1:-1]), d[2:])
    return int(np.sign(triple.sum()))


def edge_determinant(v: np.ndarray) -> float:
    """det[v1-v0, v2-v0, v3-v0] of the labelled tetrahedron (its chirality, numerically)."""
    p = v.astype(np.float64)
    return float(np.linalg.det(np.stack([p[1] - p[0], p[2] - p[0], p[3] - p[0]])))


def _kv(msg) -> str:
    parts = []
    for field, value in msg.ListFields():
        if field.name == "mesh":
            parts.append(f"mesh_vertices={value.vertex_count}")
            parts.append(f"mesh_triangles={value.triangle_count}")
        elif field.name == "stats":
            parts.append(f"run_seconds={value.run_seconds:g}")
        elif field.type == field.TYPE_ENUM:
            parts.append(f"{field.name}={int(value)}")
        elif getattr(field, "is_repeated", False):
            parts.append(f"{field.name}={'|'.join(str(int(x)) for x in value)}")
        elif isinstance(value, float):
            parts.append(f"{field.name}={value:.9g}")
        else:
            parts.append(f"{field.name}={value}")
    return ";".join(parts)


def job_events() -> list["pb.JobEvent"]:
    """Three jobs through ``convert``: one that runs, is re-queued by a restart and completes;
    one that fails; one cancelled while running."""
    tiny_v = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0]], np.float32)
    tiny_f = np.array([[0, 1, 2]], np.uint32)
    tiny_c = np.full((3, 4), 200, np.uint8)
    out = []

    def add(job, items):
        seq = 0
        for item in items:
            seq += 1
            t = 1700000000.0 + seq
            if isinstance(item, tuple):
                out.append(convert.queued_event(job, seq, t, item[0], item[1]))
            else:
                out.append(convert.event_to_proto(job, seq, t, item, run_seconds=2.5))

    a = [(2, "submitted"), StageStarted("fit", 2),
         Progress("fit", 1, 2, 0.9, 40.0), (0, "requeued after a server restart"),
         StageStarted("fit", 2), Progress("fit", 1, 2, 0.9, 40.0), Progress("fit", 2, 2, 0.8, 30.0),
         Preview("fit", 2, tiny_v, tiny_f, tiny_c), StageStarted("sds", 4)]
    a += [Progress("sds", k, 4, 0.7 - 0.1 * k, 20.0 - 4 * k) for k in range(1, 5)]
    a += [Preview("sds", 4, tiny_v, tiny_f, tiny_c), StageStarted("bridge", 3)]
    a += [Progress("bridge", k, 3, 0.2 - 0.05 * k, 3.0 - k) for k in range(1, 4)]
    a += [StageStarted("export", 0),
          Completed({}, tiny_v, tiny_f, tiny_c, None, None, {"runner": "golden"})]
    add("job-a", a)
    add("job-b", [(0, "submitted"), StageStarted("fit", 2),
                  Failed("invalid_input", "sketch: the strokes bound no surface")])
    add("job-c", [(0, "submitted"), StageStarted("fit", 5), Progress("fit", 1, 5, 0.5, 9.0),
                  Cancelled("fit", 1)])
    return out


def write_golden(dest: Path) -> list[str]:
    """Write every golden file into ``dest``; returns their names."""
    dest.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {}

    # 1. The chiral mesh, as the server sends it, and as Unity must see it.
    m = chiral_mesh()
    msg = convert.mesh_to_proto(m["vertices"], m["faces"], m["colors"], m["uvs"], m["png"])
    wire = convert.mesh_from_proto(msg)
    files["chiral.mesh.pb"] = msg.SerializeToString(deterministic=True)
    files["chiral.positions.f32"] = msg.positions
    files["chiral.indices.u32"] = msg.indices
    files["chiral.colors.u8"] = msg.colors
    files["chiral.normals.f32"] = msg.normals
    files["chiral.uvs.f32"] = msg.uvs
    files["chiral.texture.png"] = msg.texture_png
    files["chiral.unity_positions.f32"] = unity_from_wire_positions(wire["vertices"]).tobytes()
    files["chiral.unity_indices.u32"] = flip_winding(wire["faces"]).astype("<u4").tobytes()
    files["chiral.unity_normals.f32"] = unity_from_wire_positions(wire["normals"]).tobytes()

    # 2. The helix stroke, as Unity captures it, and as the server must receive it.
    h = helix_wire()
    unity_pts = unity_from_wire_positions(h["points"])
    unity_q = mirror_quaternions(h["orientations"])
    stroke = Client.stroke(h["points"], h["radii"], h["colors"], orientations=h["orientations"],
                           brush="golden")
    files["helix.unity_points.f32"] = unity_pts.tobytes()
    files["helix.unity_orientations.f32"] = unity_q.tobytes()
    files["helix.radii.f32"] = stroke.radii
    files["helix.colors.u8"] = stroke.colors
    files["helix.points.f32"] = stroke.points
    files["helix.orientations.f32"] = stroke.orientations

    # 3. Events.
    lines = []
    for e in job_events():
        kind = e.WhichOneof("event")
        lines.append(f"{e.job_id}\t{e.seq}\t{kind}\t{_kv(getattr(e, kind))}")
    files["events.tsv"] = ("\n".join(lines) + "\n").encode()

    # 4. The manifest.
    gv, gf = grid_unity()
    grid_wire_v = unity_from_wire_positions(gv).tobytes()
    grid_wire_f = flip_winding(gf).astype("<u4").tobytes()
    manifest = {
        "chiral_vertices": len(m["vertices"]),
        "chiral_triangles": len(m["faces"]),
        "chiral_signed_volume_wire": f"{signed_volume(m['vertices'], m['faces']):.9g}",
        "chiral_edge_determinant_wire": f"{edge_determinant(m['vertices']):.9g}",
        "helix_points": len(h["points"]),
        "helix_handedness_wire": helix_handedness(h["points"]),
        "grid_side": GRID_SIDE,
        "grid_vertices": len(gv),
        "grid_triangles": len(gf),
        "grid_positions_wire_sha256": hashlib.sha256(grid_wire_v).hexdigest(),
        "grid_indices_wire_sha256": hashlib.sha256(grid_wire_f).hexdigest(),
        "events": len(lines),
    }
    files["golden.txt"] = "".join(f"{k} {v}\n" for k, v in manifest.items()).encode()

    for name, data in files.items():
        (dest / name).write_bytes(data)
    return sorted(files)


def check(dest: Path = GOLDEN_DIR) -> list[str]:
    """Names of committed golden files that differ from a fresh write (empty: all current)."""
    with tempfile.TemporaryDirectory() as tmp:
        names = write_golden(Path(tmp))
        return [n for n in names if not (dest / n).is_file()
                or (dest / n).read_bytes() != (Path(tmp) / n).read_bytes()]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--check", action="store_true", help="compare instead of writing")
    p.add_argument("--dest", type=Path, default=GOLDEN_DIR)
    args = p.parse_args(argv)
    if args.check:
        stale = check(args.dest)
        for n in stale:
            print(f"out of date: {args.dest / n}", file=sys.stderr)
        return 1 if stale else 0
    for n in write_golden(args.dest):
        print(args.dest / n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
