"""Readers: every real sketch, small synthetic files of every format, and malformed files.

Synthetic ``.tilt`` and ``.apa`` files are built here by tiny writers that follow the format
notes in ``../shared/data/sketches/README.md`` independently of the readers.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
from pathlib import Path

import numpy as np
import pytest
import trimesh
from scipy.spatial.transform import Rotation

from sketch2real.geometry.errors import (SketchError, SketchFormatError, SketchLimitError,
                                         SketchValidationError, UnsupportedFormatError)
from sketch2real.geometry.limits import DEFAULT_LIMITS, SketchLimits
from sketch2real.geometry.readers import (READERS, read_sketch, read_sketch_bytes,
                                          supported_extensions)
from sketch2real.geometry.readers.curves import write_curves
from sketch2real.geometry.readers.tilt import TILT_BRUSHES

FLAT_GUID = "2d35bcf0-e4d8-452c-97b1-3311be063130"
UNKNOWN_GUID = "00000000-1111-2222-3333-444444444444"


# --- synthetic file writers ------------------------------------------------------------------


def tilt_bytes(strokes, guids=(FLAT_GUID,), n_extra=0, sentinel=0xC576A5CD, metadata=True,
               cut_sketch: int | None = None) -> bytes:
    """A .tilt file. ``strokes``: dicts with brush (index), rgba, size, points [N,3] (dm, Unity
    frame), quats [N,4] (x,y,z,w), optional scale, pressure [N], timestamps."""
    out = bytearray(struct.pack("<IiiI", sentinel, 5, 0, n_extra) + b"\x07" * n_extra)
    out += struct.pack("<i", len(strokes))
    for s in strokes:
        pts = np.asarray(s["points"], np.float32)
        n = len(pts)
        quats = np.asarray(s.get("quats", np.tile([0, 0, 0, 1], (n, 1))), np.float32)
        stroke_mask = 0
        ext = b""
        if "flags" in s:
            stroke_mask |= 1
            ext += struct.pack("<I", s["flags"])
        if "scale" in s:
            stroke_mask |= 2
            ext += struct.pack("<f", s["scale"])
        if "blob" in s:  # a variable-length extension (bit 16)
            stroke_mask |= 1 << 16
            ext += struct.pack("<I", len(s["blob"])) + s["blob"]
        cp_mask = 0
        cols = [pts, quats]
        if "pressure" in s:
            cp_mask |= 1
            cols.append(np.asarray(s["pressure"], np.float32)[:, None])
        if s.get("timestamps", False):
            cp_mask |= 2
            cols.append(np.arange(n, dtype=np.uint32).view(np.float32)[:, None])
        out += struct.pack("<i4ffII", s.get("brush", 0), *s.get("rgba", (1, 0, 0, 1)),
                           s.get("size", 0.5), stroke_mask, cp_mask)
        out += ext + struct.pack("<i", n) + np.concatenate(cols, axis=1).astype("<f4").tobytes()
    sketch = bytes(out[:cut_sketch] if cut_sketch is not None else out)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("data.sketch", sketch)
        if metadata:
            z.writestr("metadata.json", json.dumps({"BrushIndex": list(guids)}))
        z.writestr("thumbnail.png", b"\x89PNG\r\n\x1a\n")
    return b"tilT" + struct.pack("<HHII", 16, 1, 0, 0) + buf.getvalue()


def apa_bytes(strokes, brushes=("flat", "spheres"), magic=b"apainter") -> bytes:
    """An .apa file. ``strokes``: dicts with brush (index), rgb, size, points [N,3] (m),
    quats [N,4], pressure [N]."""
    out = bytearray(struct.pack("<B", len(magic)) + magic + struct.pack("<HB", 1, len(brushes)))
    for b in brushes:
        out += struct.pack("<B", len(b)) + b.encode()
    out += struct.pack("<I", len(strokes))
    for s in strokes:
        pts = np.asarray(s["points"], np.float32)
        n = len(pts)
        quats = np.asarray(s.get("quats", np.tile([0, 0, 0, 1], (n, 1))), np.float32)
        pressure = np.asarray(s.get("pressure", np.ones(n)), np.float32)
        out += struct.pack("<B4fI", s.get("brush", 0), *s.get("rgb", (0, 1, 0)),
                           s.get("size", 0.1), n)
        for i in range(n):
            out += struct.pack("<3f4ffI", *pts[i], *quats[i], pressure[i], i)
    return bytes(out)


def _line(n=5, axis=0, scale=1.0):
    p = np.zeros((n, 3))
    p[:, axis] = np.linspace(0, scale, n)
    return p


def _one_line(err: BaseException) -> str:
    msg = str(err)
    assert "\n" not in msg and msg.strip() == msg and msg
    return msg


# --- registry and dispatch ---------------------------------------------------------------------


def test_registry_lists_every_format():
    assert set(READERS) == {".curves", ".tilt", ".apa", ".obj", ".ply", ".glb", ".gltf", ".stl",
                            ".off"}
    assert supported_extensions() == tuple(sorted(READERS))


def test_unknown_extension_lists_supported(tmp_path):
    p = tmp_path / "drawing.xyz"
    p.write_text("hello")
    with pytest.raises(UnsupportedFormatError) as e:
        read_sketch(p)
    msg = _one_line(e.value)
    assert "'.xyz'" in msg and ".tilt" in msg and ".curves" in msg and "drawing.xyz" in msg


def test_missing_file(tmp_path):
    with pytest.raises(SketchError, match="no such file"):
        read_sketch(tmp_path / "nope.tilt")


def test_directory_is_not_a_file(tmp_path):
    d = tmp_path / "folder.tilt"
    d.mkdir()
    with pytest.raises(SketchError, match="not a regular file"):
        read_sketch(d)


def test_extension_is_case_insensitive(tmp_path):
    p = tmp_path / "LINES.CURVES"
    write_curves([_line()], p)
    assert len(read_sketch(p).strokes) == 1


def test_file_bigger_than_limit_refused_before_reading(tmp_path):
    p = tmp_path / "big.curves"
    write_curves([_line(100)], p)
    with pytest.raises(SketchLimitError) as e:
        read_sketch(p, SketchLimits(max_file_bytes=64))
    msg = _one_line(e.value)
    assert "max_file_bytes=64" in msg and "big.curves" in msg
    with pytest.raises(SketchLimitError, match="max_file_bytes"):
        read_sketch_bytes(p.read_bytes(), "curves", limits=SketchLimits(max_file_bytes=64))


@pytest.mark.parametrize("ext", [".tilt", ".apa", ".curves", ".obj", ".ply", ".glb", ".stl",
                                 ".off"])
def test_empty_file(tmp_path, ext):
    p = tmp_path / f"empty{ext}"
    p.write_bytes(b"")
    with pytest.raises(SketchFormatError) as e:
        read_sketch(p)
    assert "empty" in _one_line(e.value) and "empty" + ext in str(e.value)


@pytest.mark.parametrize("fmt", ["tilt", ".tilt", "TILT"])
def test_read_bytes_accepts_format_spellings(fmt):
    data = tilt_bytes([{"points": _line()}])
    s = read_sketch_bytes(data, fmt, name="upload")
    assert s.name == "upload" and len(s.strokes) == 1


def test_read_bytes_unknown_format():
    with pytest.raises(UnsupportedFormatError, match="supported: .apa"):
        read_sketch_bytes(b"abc", "fbx")


# --- real sketches ---------------------------------------------------------------------------


def _real_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix.lower() in READERS)


def test_every_real_sketch_reads(sketches_dir):
    files = _real_files(sketches_dir)
    assert len(files) >= 20, files  # 16 CASSIE + 3 Tilt + 3 A-Painter
    for path in files:
        s = read_sketch(path)
        assert s.kind == "strokes" and s.name == str(path)
        assert 1 <= len(s.strokes) <= 1000, path
        assert len(s.strokes) <= s.n_points <= 20_000, path
        lo, hi = s.bounds()
        ext = hi - lo
        # Things people draw at arm's length: a few cm to a few metres on their longest side.
        assert 0.1 < ext.max() < 5.0, (path, ext)
        for st in s.strokes:
            assert st.points.dtype == np.float32 and st.points.shape == (st.n_points, 3)
            assert st.radii.shape == (st.n_points,) and np.all(st.radii >= 0)
            assert st.colors.shape == (st.n_points, 4)
            assert np.all((st.colors >= 0) & (st.colors <= 1))


def test_real_cassie_counts(sketches_dir):
    files = sorted((sketches_dir / "cassie").glob("*.curves"))
    assert len(files) == 16
    chair = read_sketch(sketches_dir / "cassie" / "chair.curves")
    assert len(chair.strokes) == 199 and chair.n_points == 1237
    assert all(np.all(st.radii == 0) for st in chair.strokes)  # no radius in the format
    # A chair of ~0.5 m standing at hand height: metres, +Y up.
    lo, hi = chair.bounds()
    assert 0.3 < (hi - lo)[1] < 1.0 and lo[1] > 0.5


def test_real_tilt_in_metres(sketches_dir):
    chest = read_sketch(sketches_dir / "tilt" / "TiltBrushUnitySDK_Dungeon_Chest.tilt")
    torch_ = read_sketch(sketches_dir / "tilt" / "TiltBrushUnitySDK_Dungeon_Torch.tilt")
    assert len(chest.strokes) == 168 and len(torch_.strokes) == 33
    assert chest.source_units == "dm" and chest.metres_per_unit == pytest.approx(0.1)
    lo, hi = chest.bounds()
    assert 0.3 < (hi - lo).max() < 2.0  # a chest, in metres (it would be ~11.7 in decimetres)
    radii = np.concatenate([s.radii for s in chest.strokes])
    assert 0 < np.median(radii) < 0.1  # brush half-widths of cm, not dm
    # The chest and torch are drawn with Paper (flat) and, for the torch, Fire and Wire.
    assert {s.brush for s in chest.strokes} == {"Paper"} and all(s.ribbon for s in chest.strokes)
    assert {s.brush for s in torch_.strokes} == {"Paper", "Fire", "Wire"}
    assert not any(s.ribbon for s in torch_.strokes if s.brush == "Wire")


def test_real_tilt_right_handed_consistent_with_its_camera(sketches_dir):
    """The thumbnail camera in metadata.json looks at the sketch. Converting its Unity pose the
    same way the reader converts strokes (decimetres -> metres, z -> -z, quaternion (x,y,z,w) ->
    (-x,-y,z,w), forward = rotated -Z) must give a camera that still looks at the converted
    sketch: this checks the mirror of positions and of rotations agree."""
    for path in sorted((sketches_dir / "tilt").glob("*.tilt")):
        s = read_sketch(path)
        raw = path.read_bytes()
        meta = json.loads(zipfile.ZipFile(io.BytesIO(raw[16:])).read("metadata.json"))
        pos, quat, _ = meta["ThumbnailCameraTransformInRoomSpace"]
        cam = np.array(pos) * 0.1 * [1, 1, -1]
        q = np.array(quat) * [-1, -1, 1, 1]
        centre = np.mean(s.bounds(), axis=0)
        if "SceneTransformInRoomSpace" in meta:  # canvas -> room
            tp, tq, ts = meta["SceneTransformInRoomSpace"]
            centre = (Rotation.from_quat(np.array(tq) * [-1, -1, 1, 1]).apply(centre * ts)
                      + np.array(tp) * 0.1 * [1, 1, -1])
        forward = Rotation.from_quat(q).apply([0, 0, -1])
        to_centre = (centre - cam) / np.linalg.norm(centre - cam)
        assert forward @ to_centre > 0.95, path
        # Without the quaternion conversion the camera would look elsewhere.
        wrong = Rotation.from_quat(np.array(quat)).apply([0, 0, -1])
        assert wrong @ to_centre < 0.95, path


def test_real_apainter(sketches_dir):
    rose = read_sketch(sketches_dir / "apainter" / "rose_bush.apa")
    assert len(rose.strokes) == 229
    assert rose.source_units == "m"
    brushes = {s.brush: s.ribbon for s in rose.strokes}
    assert brushes["flat"] and brushes["line-gradient"] and not brushes["leaf2"]
    assert sum(s.n_points == 1 for s in rose.strokes) == 4  # single taps, kept as dots


# --- .curves ---------------------------------------------------------------------------------


def test_curves_round_trip(tmp_path):
    a = np.array([[0, 0, 0], [0.1, 0.2, 0.3], [0.5, 0.25, -1.5]])
    b = np.array([[1, 1, 1], [1.000001, 2, 3.123456789]])
    p = write_curves([a, b], tmp_path / "two.curves")
    s = read_sketch(p)
    assert [st.n_points for st in s.strokes] == [3, 2]
    np.testing.assert_allclose(s.strokes[0].points, a, atol=1e-7)
    np.testing.assert_allclose(s.strokes[1].points, b, atol=1e-7)
    assert np.all(s.strokes[0].radii == 0)
    np.testing.assert_allclose(s.strokes[0].colors, [[0.5, 0.5, 0.5, 1]] * 3)
    assert s.source_units == "m" and s.metres_per_unit == 1.0


def test_write_curves_rejects_bad_arrays(tmp_path):
    with pytest.raises(ValueError, match="shape"):
        write_curves([np.zeros((3, 2))], tmp_path / "x.curves")
    with pytest.raises(ValueError, match="NaN"):
        write_curves([np.full((3, 3), np.nan)], tmp_path / "x.curves")


def test_curves_non_number(tmp_path):
    p = tmp_path / "bad.curves"
    p.write_text("v 2\n0 0 0\n1 abc 0\n")
    with pytest.raises(SketchFormatError) as e:
        read_sketch(p)
    msg = _one_line(e.value)
    assert "line 3" in msg and "'abc' is not a number" in msg and "bad.curves" in msg


def test_curves_block_shorter_than_declared(tmp_path):
    p = tmp_path / "short.curves"
    p.write_text("v 5\n0 0 0\n1 0 0\n2 0 0\n")
    with pytest.raises(SketchFormatError, match="declares 5 points but the file ends after 3"):
        read_sketch(p)
    p.write_text("v 5\n0 0 0\n1 0 0\n2 0 0\nv 2\n0 0 0\n1 1 1\n")
    with pytest.raises(SketchFormatError, match="declares 5 points but only 3 follow"):
        read_sketch(p)


@pytest.mark.parametrize("text, match", [
    ("0 0 0\n", "expected a block header"),
    ("v x\n", "not an integer"),
    ("v -1\n", "negative point count"),
    ("v 1\n0 0\n", "expected 3 numbers"),
])
def test_curves_malformed(tmp_path, text, match):
    p = tmp_path / "m.curves"
    p.write_text(text)
    with pytest.raises(SketchFormatError, match=match):
        read_sketch(p)


def test_curves_binary_garbage(tmp_path):
    p = tmp_path / "bin.curves"
    p.write_bytes(b"\xff\xfe\x00\x81" * 10)
    with pytest.raises(SketchFormatError, match="not a text .curves file"):
        read_sketch(p)


def test_curves_nan_coordinates(tmp_path):
    p = tmp_path / "nan.curves"
    p.write_text("v 2\n0 0 0\n1 1 1\nv 3\n0 0 0\nnan 1 0\n2 2 2\n")
    with pytest.raises(SketchValidationError) as e:
        read_sketch(p)
    msg = _one_line(e.value)
    assert "stroke 1 points" in msg and "row 1" in msg and "NaN" in msg


# --- .tilt -----------------------------------------------------------------------------------


def test_tilt_units_handedness_radius(tmp_path):
    pts = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [4.0, 5.0, 9.0]])
    theta = 0.3
    q_unity = Rotation.from_euler("y", theta).as_quat()  # x, y, z, w
    data = tilt_bytes([{"points": pts, "size": 0.8, "scale": 2.0, "pressure": [1.0, 0.5, 0.25],
                        "quats": np.tile(q_unity, (3, 1)), "rgba": (0.2, 0.4, 0.6, 1.0),
                        "timestamps": True, "flags": 0, "blob": b"xyz"}],
                      n_extra=3)
    p = tmp_path / "one.tilt"
    p.write_bytes(data)
    s = read_sketch(p)
    st = s.strokes[0]
    # decimetres -> metres, z negated
    np.testing.assert_allclose(st.points, pts * 0.1 * [1, 1, -1], atol=1e-7)
    # radius = 0.5 * size * scale * pressure, in metres
    np.testing.assert_allclose(st.radii, 0.5 * 0.8 * 2.0 * np.array([1, 0.5, 0.25]) * 0.1,
                               rtol=1e-6)
    np.testing.assert_allclose(st.colors, [[0.2, 0.4, 0.6, 1.0]] * 3, atol=1e-7)
    assert st.brush == "Flat" and st.ribbon
    assert s.source_units == "dm" and s.metres_per_unit == pytest.approx(0.1)
    # The pointer's forward (+Z in Unity) mirrored must equal the converted rotation's -Z.
    unity_forward = Rotation.from_quat(q_unity).apply([0, 0, 1]) * [1, 1, -1]
    ours = Rotation.from_quat(st.orientations[0]).apply([0, 0, -1])
    np.testing.assert_allclose(ours, unity_forward, atol=1e-6)
    unity_up = Rotation.from_quat(q_unity).apply([0, 1, 0]) * [1, 1, -1]
    np.testing.assert_allclose(Rotation.from_quat(st.orientations[0]).apply([0, 1, 0]), unity_up,
                               atol=1e-6)


def test_tilt_mirror_reverses_turning_sense():
    """What the person saw is kept. In Unity (left-handed, +Z away from the viewer), going +x then
    +z is a left turn seen from above. After the z -> -z mirror the same path goes +x then -z,
    still a left turn seen from above, which in a right-handed frame is a turn about +Y."""
    path = np.array([[0, 0, 0], [10, 0, 0], [10, 0, 10]], float)  # dm, Unity frame
    s = read_sketch_bytes(tilt_bytes([{"points": path}]), "tilt")
    p = s.strokes[0].points.astype(float)
    assert np.cross(p[1] - p[0], p[2] - p[1])[1] > 0


def test_tilt_unknown_guid_is_a_tube_and_missing_metadata_ok():
    data = tilt_bytes([{"points": _line(), "brush": 0}], guids=[UNKNOWN_GUID])
    s = read_sketch_bytes(data, "tilt")
    assert not s.strokes[0].ribbon and s.strokes[0].brush == UNKNOWN_GUID
    s = read_sketch_bytes(tilt_bytes([{"points": _line()}], metadata=False), "tilt")
    assert not s.strokes[0].ribbon


def test_tilt_known_ribbon_guids():
    names = {name for name, ribbon in TILT_BRUSHES.values() if ribbon}
    assert {"Flat", "Ink", "Marker", "Paper", "OilPaint", "Highlighter"} <= names
    assert not TILT_BRUSHES["4391385a-cf83-4396-9e33-31e4e4930b27"][1]  # Wire is a tube


def test_tilt_wrong_magic():
    data = tilt_bytes([{"points": _line()}])
    with pytest.raises(SketchFormatError, match="'tilT' header"):
        read_sketch_bytes(b"tilt" + data[4:], "tilt", name="x.tilt")


def test_tilt_that_is_a_png(tmp_path):
    p = tmp_path / "photo.tilt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(SketchFormatError) as e:
        read_sketch(p)
    msg = _one_line(e.value)
    assert "PNG" in msg and "photo.tilt" in msg


def test_tilt_truncated_file(tmp_path):
    data = tilt_bytes([{"points": _line(50)}])
    p = tmp_path / "cut.tilt"
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(SketchFormatError, match="damaged or truncated"):
        read_sketch(p)


def test_tilt_truncated_sketch_data():
    data = tilt_bytes([{"points": _line(50)}, {"points": _line(50)}], cut_sketch=1600)
    with pytest.raises(SketchFormatError) as e:
        read_sketch_bytes(data, "tilt", name="cut.tilt")
    msg = _one_line(e.value)
    assert "truncated" in msg and "stroke 1" in msg and "cut.tilt" in msg


def test_tilt_bad_sentinel():
    with pytest.raises(SketchFormatError, match="bad sentinel"):
        read_sketch_bytes(tilt_bytes([{"points": _line()}], sentinel=0x12345678), "tilt")


def test_tilt_negative_and_huge_counts():
    data = tilt_bytes([{"points": _line()}])
    with pytest.raises(SketchLimitError, match="max_strokes=2"):
        read_sketch_bytes(tilt_bytes([{"points": _line()}] * 3), "tilt",
                          limits=SketchLimits(max_strokes=2))
    with pytest.raises(SketchLimitError, match="max_points_per_stroke=4"):
        read_sketch_bytes(data, "tilt", limits=SketchLimits(max_points_per_stroke=4))


def test_tilt_zip_without_sketch():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("metadata.json", "{}")
    data = b"tilT" + struct.pack("<HHII", 16, 1, 0, 0) + buf.getvalue()
    with pytest.raises(SketchFormatError, match="no data.sketch"):
        read_sketch_bytes(data, "tilt")


# --- .apa ------------------------------------------------------------------------------------


def test_apa_round_trip():
    pts = np.array([[0, 1, 0], [0, 1.1, 0], [0, 1.2, 0.05]])
    q = Rotation.from_euler("z", 0.4).as_quat()
    data = apa_bytes([{"points": pts, "size": 0.2, "pressure": [1, 0.5, 0.5], "rgb": (1, 0.5, 0),
                       "quats": np.tile(q, (3, 1))},
                      {"points": pts + 1, "brush": 1}])
    s = read_sketch_bytes(data, "apa", name="p.apa")
    a, b = s.strokes
    np.testing.assert_allclose(a.points, pts, atol=1e-7)  # metres, no conversion
    np.testing.assert_allclose(a.radii, [0.1, 0.05, 0.05], rtol=1e-6)
    np.testing.assert_allclose(a.colors, [[1, 0.5, 0, 1]] * 3)
    np.testing.assert_allclose(a.orientations, np.tile(q, (3, 1)), atol=1e-6)
    assert a.brush == "flat" and a.ribbon and b.brush == "spheres" and not b.ribbon
    assert s.metadata["brushes"] == ["flat", "spheres"]


def test_apa_wrong_magic():
    with pytest.raises(SketchFormatError, match="not an A-Painter file"):
        read_sketch_bytes(apa_bytes([{"points": _line()}], magic=b"apaintex"), "apa")


def test_apa_truncated(tmp_path):
    data = apa_bytes([{"points": _line(20)}])
    p = tmp_path / "cut.apa"
    p.write_bytes(data[:-50])
    with pytest.raises(SketchFormatError) as e:
        read_sketch(p)
    msg = _one_line(e.value)
    assert "truncated" in msg and "stroke 0" in msg and "cut.apa" in msg


def test_apa_brush_index_out_of_range():
    with pytest.raises(SketchFormatError, match="uses brush 7 but only 2"):
        read_sketch_bytes(apa_bytes([{"points": _line(), "brush": 7}]), "apa")


# --- .obj lines and faces --------------------------------------------------------------------


def test_obj_lines_indices_and_merging(tmp_path):
    p = tmp_path / "wire.obj"
    p.write_text(
        "# a polyline and a segment chain\n"
        "v 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\n"
        "l 1 2 3\n"
        "v 0 0 1\nv 1 0 1\nv 1 1 1\n"
        "l -3 -2\nl 6 7\n"  # chain 5-6, 6-7 -> one stroke
        "l 4/1 1/2\n"
    )
    s = read_sketch(p)
    pts = [st.points.tolist() for st in s.strokes]
    assert pts == [[[0, 0, 0], [1, 0, 0], [1, 1, 0]],
                   [[0, 0, 1], [1, 0, 1], [1, 1, 1]],
                   [[0, 1, 0], [0, 0, 0]]]
    assert s.kind == "strokes" and all(np.all(st.radii == 0) for st in s.strokes)


def test_obj_lines_vertex_colours():
    data = b"v 0 0 0 1 0 0\nv 1 0 0 0 1 0\nl 1 2\n"
    s = read_sketch_bytes(data, "obj")
    np.testing.assert_allclose(s.strokes[0].colors, [[1, 0, 0, 1], [0, 1, 0, 1]])


@pytest.mark.parametrize("text, match", [
    ("v 0 0 0\nv 1 0 0\nl 1 3\n", "line 3: line index 3 is out of range"),
    ("v 0 0 0\nv 1 0 0\nl 1 -3\n", "reaches before the first vertex"),
    ("v 0 0 0\nv 1 0 0\nl 0 1\n", "index 0"),
    ("v 0 0 0\nv 1 0 0\nl 1 x\n", "'x' is not a vertex index"),
    ("v 0 0\nl 1 1\n", "needs 3 coordinates"),
    ("v 0 0 0\nv 1 0 0\n", "neither faces"),
])
def test_obj_lines_malformed(text, match):
    with pytest.raises(SketchFormatError, match=match):
        read_sketch_bytes(text.encode(), "obj", name="w.obj")


def test_obj_with_faces_is_a_mesh():
    tetra = b"v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nf 1 3 2\nf 1 2 4\nf 2 3 4\nf 1 4 3\n"
    s = read_sketch_bytes(tetra, "obj")
    assert s.kind == "mesh" and s.mesh.faces.shape == (4, 3) and s.mesh.faces.dtype == np.int64


def test_obj_faces_out_of_range():
    with pytest.raises(SketchFormatError) as e:
        read_sketch_bytes(b"v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 9\n", "obj", name="f.obj")
    msg = _one_line(e.value)
    assert "f.obj" in msg and "out of range" in msg and "line 4" in msg


# --- mesh formats ----------------------------------------------------------------------------


def _box(colour=None) -> trimesh.Trimesh:
    m = trimesh.creation.box(extents=(1.0, 2.0, 0.5))
    if colour is not None:
        m.visual.vertex_colors = np.tile(colour, (len(m.vertices), 1))
    return m


@pytest.mark.parametrize("ext", ["ply", "stl", "off", "obj", "glb"])
def test_mesh_formats_read(tmp_path, ext):
    p = tmp_path / f"box.{ext}"
    _box().export(p)
    s = read_sketch(p)
    assert s.kind == "mesh" and s.mesh.faces.shape[1] == 3
    lo, hi = s.bounds()
    np.testing.assert_allclose(hi - lo, [1.0, 2.0, 0.5], atol=1e-6)
    assert trimesh.Trimesh(s.mesh.vertices, s.mesh.faces, process=True).volume == pytest.approx(1.0)


def test_glb_scene_transforms_and_colours(tmp_path):
    scene = trimesh.Scene()
    scene.add_geometry(_box((255, 0, 0, 255)), node_name="a",
                       transform=trimesh.transformations.translation_matrix([10, 0, 0]))
    mirror = np.diag([-1.0, 1, 1, 1])  # a mirroring node: winding must be restored
    mirror[:3, 3] = [-10, 0, 0]
    scene.add_geometry(_box((0, 0, 255, 255)), node_name="b", transform=mirror)
    p = tmp_path / "scene.glb"
    p.write_bytes(scene.export(file_type="glb"))
    s = read_sketch(p)
    v, f, c = s.mesh.vertices, s.mesh.faces, s.mesh.vertex_colors
    assert len(f) == 24 and c is not None and c.shape == (len(v), 4)
    red = c[:, 0] > 0.9
    np.testing.assert_allclose(v[red].mean(axis=0), [10, 0, 0], atol=1e-5)
    np.testing.assert_allclose(v[~red].mean(axis=0), [-10, 0, 0], atol=1e-5)
    m = trimesh.Trimesh(v, f, process=True)
    assert m.volume == pytest.approx(2.0)  # both boxes outward (a flipped one would cancel)


def test_gltf_with_embedded_buffers(tmp_path):
    files = trimesh.Scene(_box()).export(file_type="gltf")  # {name: bytes}, .gltf + .bin
    for fname, blob in files.items():
        (tmp_path / fname).write_bytes(blob)
    gltf = next(tmp_path.glob("*.gltf"))
    s = read_sketch(gltf)  # external buffer resolved beside the file
    assert s.kind == "mesh" and len(s.mesh.faces) == 12


def test_ply_text_garbage():
    with pytest.raises(SketchFormatError) as e:
        read_sketch_bytes(b"this is not a ply file at all\n" * 5, "ply", name="junk.ply")
    assert "junk.ply" in _one_line(e.value) and "does not start with 'ply'" in str(e.value)
    with pytest.raises(SketchFormatError, match="junk.ply: not a readable .ply file"):
        read_sketch_bytes(b"ply\nthis is not a ply header\n" * 5, "ply", name="junk.ply")


def test_glb_random_bytes():
    rng = np.random.default_rng(0)
    for head in (b"", b"glTF"):
        with pytest.raises(SketchFormatError) as e:
            read_sketch_bytes(head + rng.bytes(500), "glb", name="noise.glb")
        assert "noise.glb" in _one_line(e.value)
        assert ("'glTF'" in str(e.value)) == (head == b"")


def test_stl_garbage_loads_nothing():
    with pytest.raises(SketchFormatError, match="no triangles"):
        read_sketch_bytes(b"garbage text", "stl", name="g.stl")


def test_ply_points_only():
    ply = (b"ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\n"
           b"property float z\nend_header\n0 0 0\n1 0 0\n0 1 0\n")
    with pytest.raises(SketchFormatError, match="no triangles .*PointCloud"):
        read_sketch_bytes(ply, "ply")


def test_mesh_only_degenerate_faces():
    off = b"OFF\n4 2 0\n0 0 0\n1 0 0\n2 0 0\n0 1 0\n3 0 1 2\n3 0 0 3\n"
    with pytest.raises(SketchValidationError, match="degenerate"):
        read_sketch_bytes(off, "off", name="flat.off")


# --- limits ----------------------------------------------------------------------------------


def test_too_many_points_and_strokes(tmp_path):
    p = write_curves([_line(5), _line(5, axis=1), _line(5, axis=2)], tmp_path / "three.curves")
    with pytest.raises(SketchLimitError) as e:
        read_sketch(p, SketchLimits(max_points=10))
    assert "max_points" in _one_line(e.value)
    with pytest.raises(SketchLimitError, match="max_strokes"):
        read_sketch(p, SketchLimits(max_strokes=2))
    with pytest.raises(SketchLimitError, match="max_points_per_stroke=4"):
        read_sketch(p, SketchLimits(max_points_per_stroke=4))
    data = apa_bytes([{"points": _line(5)}] * 3)
    with pytest.raises(SketchLimitError, match="max_points"):
        read_sketch_bytes(data, "apa", limits=SketchLimits(max_points=10))


def test_too_many_triangles_and_vertices(tmp_path):
    p = tmp_path / "box.ply"
    _box().export(p)
    with pytest.raises(SketchLimitError) as e:
        read_sketch(p, SketchLimits(max_triangles=10))
    assert "max_triangles" in _one_line(e.value)
    with pytest.raises(SketchLimitError, match="max_vertices"):
        read_sketch(p, SketchLimits(max_vertices=4))


def test_default_limits_untouched():
    assert DEFAULT_LIMITS == SketchLimits()


# --- bounds checked before anything is expanded ------------------------------------------------


def test_line_census_counts_the_first_bytes_of_every_line(monkeypatch):
    from sketch2real.geometry.readers import preflight

    rng = np.random.default_rng(3)
    heads = [b"v 1 2 3", b"vt 0 1", b"f 1 2 3", b"0.5 1 2", b"-1 0 0", b"# c", b"", b"v\t1 2 3",
             b"l 1 2", b"  v 1 2 3"]
    lines = [heads[i] for i in rng.integers(0, len(heads), 5000)]
    data = b"\n".join(lines)
    monkeypatch.setattr(preflight, "CHUNK_BYTES", 97)  # many chunk boundaries
    v, f, num = preflight.count_lines_where(data, preflight.starts_with_word("v"),
                                            preflight.starts_with_word("f"),
                                            preflight.starts_with_number)
    assert v == sum(1 for x in lines if x[:2] in (b"v ", b"v\t"))
    assert f == sum(1 for x in lines if x.startswith(b"f "))
    assert num == sum(1 for x in lines if x[:1] and x[:1] in b"0123456789+-.")
    assert preflight.line_count(data) == len(lines)
    assert [raw for _, _, raw in preflight.iter_lines(b"a\rb\rc")] == [b"a\n", b"b\n", b"c"]


@pytest.mark.parametrize("data, fmt, limits, match", [
    (b"\n" * 50 + b"v 1\n0 0 0\n", "curves", SketchLimits(max_lines=40), "max_lines=40"),
    (b"v 3\n" + b"0 0 0\n" * 3 + b"v 3\n" + b"1 1 1\n" * 3, "curves",
     SketchLimits(max_points=5), "6 point lines is more than the limit max_points=5"),
    (b"v 1\n0 0 0\n" * 4, "curves", SketchLimits(max_strokes=3), "max_strokes"),
    (b"v 1\n" + b"1 " * 1000, "curves", DEFAULT_LIMITS, "longer than a header or a point"),
    (b"v 0 0 0\n" * 11 + b"l 1 2\n", "obj", SketchLimits(max_vertices=10),
     "11 vertex lines is more than the limit max_vertices=10"),
    (b"v 0 0 0\nv 1 0 0\nv 0 1 0\n" + b"f 1 2 3\n" * 6, "obj", SketchLimits(max_triangles=5),
     "6 face lines is more than the limit max_triangles=5"),
    (b"v 0 0 0\nv 1 0 0\nl " + b"1 2 " * 100 + b"\n", "obj", SketchLimits(max_points_per_stroke=10),
     "longer than any element can be"),
    (b"ply\nformat ascii 1.0\nelement vertex 99\nproperty float x\nproperty float y\n"
     b"property float z\nend_header\n0 0 0\n", "ply", SketchLimits(max_vertices=50),
     "declares 99 vertex rows, more than the limit max_vertices=50"),
    (b"ply\nformat binary_little_endian 1.0\nelement vertex 1000\nproperty float x\n"
     b"end_header\n" + b"\0" * 40, "ply", DEFAULT_LIMITS, "more than the file's 40 bytes"),
    (b"OFF\n8 99 0\n", "off", SketchLimits(max_triangles=50), "max_triangles=50"),
    (b"OFF\n8 6 0\n0 0 0\n", "off", DEFAULT_LIMITS, "but the file has only 3 lines"),
    (b"\0" * 80 + struct.pack("<I", 3) + b"\0" * 150, "stl", SketchLimits(max_triangles=2),
     "3 triangles is more than the limit max_triangles=2"),
])
def test_counts_are_refused_before_the_file_is_expanded(data, fmt, limits, match):
    with pytest.raises(SketchError, match=match) as e:
        read_sketch_bytes(data, fmt, name=f"x.{fmt}", limits=limits)
    assert "x." in _one_line(e.value)


def _glb(doc: dict, binary: bytes = b"") -> bytes:
    text = json.dumps(doc).encode()
    text += b" " * (-len(text) % 4)
    binary += b"\0" * (-len(binary) % 4)
    body = struct.pack("<II", len(text), 0x4E4F534A) + text
    if binary:
        body += struct.pack("<II", len(binary), 0x004E4942) + binary
    return b"glTF" + struct.pack("<II", 2, 12 + len(body)) + body


def _triangle_doc(nodes=None, count=3, image: bytes | None = None,
                  roots=(0,)) -> tuple[dict, bytes]:
    binary = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0]], "<f4").tobytes()
    doc = {"asset": {"version": "2.0"}, "scenes": [{"nodes": list(roots)}],
           "nodes": nodes or [{"mesh": 0}],
           "meshes": [{"primitives": [{"attributes": {"POSITION": 0}}]}],
           "accessors": [{"bufferView": 0, "componentType": 5126, "count": count,
                          "type": "VEC3"}],
           "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": 36}],
           "buffers": [{"byteLength": 36}]}
    if image is not None:
        doc["bufferViews"].append({"buffer": 0, "byteOffset": 36, "byteLength": len(image)})
        doc["images"] = [{"bufferView": 1, "mimeType": "image/png"}]
        binary += image
        doc["buffers"][0]["byteLength"] = len(binary)
    return doc, binary


def _png_header(width: int, height: int) -> bytes:
    import zlib

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr +
            struct.pack(">I", zlib.crc32(b"IHDR" + ihdr)))


@pytest.mark.parametrize("doc, limits, match", [
    (_triangle_doc(image=_png_header(5000, 4000)), SketchLimits(),
     "image 0 is 5000 x 4000 pixels, more than the limit max_image_pixels=16777216"),
    (_triangle_doc(nodes=[{"mesh": 0}] * 30), SketchLimits(max_nodes=20),
     "30 nodes is more than the limit max_nodes=20"),
    (_triangle_doc(nodes=[{"mesh": 0, "children": [i + 1, i + 1]} for i in range(12)]
                   + [{"mesh": 0}]), SketchLimits(max_nodes=1000), "max_nodes=1000"),
    (_triangle_doc(nodes=[{"mesh": 0, "children": [0]}]), SketchLimits(max_nodes=100),
     "max_nodes=100"),  # a cycle
    (_triangle_doc(count=10 ** 9), SketchLimits(), "max_vertices"),
    (_triangle_doc(nodes=[{"mesh": 0}] * 8, roots=range(8)), SketchLimits(max_vertices=20),
     "mesh instances hold 21 vertices"),
])
def test_gltf_declarations_are_refused_before_the_scene_is_built(doc, limits, match):
    with pytest.raises(SketchLimitError, match=match):
        read_sketch_bytes(_glb(*doc), "glb", name="x.glb", limits=limits)


def test_a_textured_glb_within_the_limits_still_reads(tmp_path):
    from PIL import Image

    box = _box()
    img = Image.new("RGB", (64, 64), (200, 30, 30))
    uv = np.random.default_rng(0).random((len(box.vertices), 2))
    box.visual = trimesh.visual.TextureVisuals(uv=uv, image=img)
    data = box.export(file_type="glb")
    s = read_sketch_bytes(data, "glb", limits=SketchLimits(max_image_pixels=64 * 64))
    assert s.mesh.vertex_colors is not None and s.mesh.vertex_colors[:, 0].mean() > 0.7
    with pytest.raises(SketchLimitError, match="64 x 64 pixels"):
        read_sketch_bytes(data, "glb", limits=SketchLimits(max_image_pixels=64 * 63))


def test_tilt_zip_directory_is_checked_before_it_is_read():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i in range(100):
            z.writestr(f"junk{i}", b"")
        z.writestr("data.sketch", b"")
    with pytest.raises(SketchLimitError, match="MAX_ZIP_ENTRIES=64"):
        read_sketch_bytes(b"tilT" + struct.pack("<HHII", 16, 1, 0, 0) + buf.getvalue(), "tilt")
