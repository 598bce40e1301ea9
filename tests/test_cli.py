"""The command line as a user meets it: example -> fit -> report; bad input is one line and a
non-zero exit, never a traceback."""

import json

import trimesh

from sketch2real.cli import main


def test_example_fit_render_round_trip(tmp_path, capsys):
    sk = tmp_path / "chair.curves"
    assert main(["example", "chair", "-o", str(sk)]) == 0
    out, rep = tmp_path / "out" / "chair.glb", tmp_path / "report.json"
    code = main(["fit", str(sk), "-o", str(out), "--resolution", "32", "--iterations", "20",
                 "--report", str(rep)])
    assert code == 0
    report = json.loads(rep.read_text())
    for key in ("heldout_iou", "stroke_to_surface", "watertight", "faces", "seconds"):
        assert key in report
    assert report["watertight"] is True
    assert set(report["stroke_to_surface"]) >= {"mean", "p95"}
    mesh = trimesh.load(out, force="mesh")
    assert len(mesh.faces) == report["faces"]
    # Back in the sketch's frame: the example chair stands on y = 0 and is about 0.95 m tall.
    assert abs(mesh.bounds[0][1]) < 0.05 and abs(mesh.bounds[1][1] - 0.95) < 0.05
    png = tmp_path / "look.png"
    assert main(["render", str(out), "-o", str(png), "--size", "64", "--views", "2"]) == 0
    assert png.stat().st_size > 0


def _one_line_error(capsys):
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert "Traceback" not in err[0]
    return err[0]


def test_bad_sketch_file_is_one_line(tmp_path, capsys):
    bad = tmp_path / "broken.tilt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n not a tilt at all")
    assert main(["fit", str(bad), "-o", str(tmp_path / "x.ply")]) == 2
    assert "broken.tilt" in _one_line_error(capsys)


def test_missing_file_and_unknown_format(tmp_path, capsys):
    assert main(["fit", str(tmp_path / "nope.curves"), "-o", str(tmp_path / "x.ply")]) == 2
    _one_line_error(capsys)
    odd = tmp_path / "sketch.xyz"
    odd.write_text("1 2 3\n")
    assert main(["fit", str(odd), "-o", str(tmp_path / "x.ply")]) == 2
    assert ".curves" in _one_line_error(capsys)


def test_bad_output_suffix_and_device(tmp_path, capsys):
    sk = tmp_path / "vase.curves"
    assert main(["example", "vase", "-o", str(sk)]) == 0
    capsys.readouterr()
    assert main(["fit", str(sk), "-o", str(tmp_path / "x.stl")]) == 2
    assert ".ply" in _one_line_error(capsys)
    import torch

    if not torch.cuda.is_available():
        assert main(["fit", str(sk), "-o", str(tmp_path / "x.ply"), "--device", "cuda"]) == 2
        assert "CUDA" in _one_line_error(capsys)


def test_render_uses_the_mesh_colours(tmp_path):
    import numpy as np
    from PIL import Image

    box = trimesh.creation.box(extents=(0.4, 0.3, 0.2))
    box.visual.vertex_colors = np.tile([230, 20, 20, 255], (len(box.vertices), 1)).astype(np.uint8)
    path = tmp_path / "red.ply"
    box.export(path)
    for extra, reddish in (([], True), (["--grey"], False)):
        png = tmp_path / "look.png"
        assert main(["render", str(path), "-o", str(png), "--size", "64", "--views", "1"] + extra) == 0
        img = np.asarray(Image.open(png)).astype(float)
        fg = img[(img < 250).any(-1)]
        assert len(fg) > 100
        assert (fg[:, 0].mean() > 2 * fg[:, 1].mean()) == reddish
