"""``sketch2real refine`` over several files (one bad: reported, the others still run, exit 1),
the summary table and the JSON report; ``sketch2real doctor``."""

import json

import trimesh

from sketch2real.cli import main

FAST = ["--model", "analytic", "--preset", "preview", "--device", "cpu", "--steps", "6",
        "--texture-size", "128", "--max-faces", "2000"]


def test_refine_several_files_one_failing(tmp_path, capsys):
    sk = tmp_path / "chair.curves"
    assert main(["example", "chair", "-o", str(sk)]) == 0
    bad = tmp_path / "broken.tilt"
    bad.write_bytes(b"not a tilt file")
    out, rep = tmp_path / "out", tmp_path / "report.json"
    code = main(["refine", str(bad), str(sk), "--prompt", "a blue chair", "--out-dir", str(out),
                 "--report", str(rep), *FAST])
    captured = capsys.readouterr()
    assert code == 1
    assert "1 of 2 refined" in captured.out
    assert "broken.tilt" in captured.out and "chair.curves" in captured.out
    assert "Traceback" not in captured.err
    report = json.loads(rep.read_text())
    by_name = {r["input"].rsplit("/", 1)[-1]: r for r in report["results"]}
    assert by_name["broken.tilt"]["status"] == "failed" and "tilT" in by_name["broken.tilt"]["error"]
    ok = by_name["chair.curves"]
    assert ok["status"] == "ok"
    for key in ("seconds", "steps_per_second", "peak_rss_bytes", "stroke_to_surface", "plan"):
        assert key in ok["report"]
    assert report["plan"]["request"]["prompt"] == "a blue chair"
    mesh = trimesh.load(out / "chair.glb", force="mesh")
    assert mesh.visual.kind == "texture" and len(mesh.faces) <= 2000
    assert (out / "chair.obj").exists() and (out / "chair.png").exists() and (out / "chair.ply").exists()
    # The example chair stands on y = 0 and is about 0.95 m tall: the result is in its frame.
    assert abs(mesh.bounds[0][1]) < 0.05 and abs(mesh.bounds[1][1] - 0.95) < 0.05


def test_refine_single_output_name_and_bad_arguments(tmp_path, capsys):
    sk = tmp_path / "chair.curves"
    main(["example", "chair", "-o", str(sk)])
    capsys.readouterr()
    assert main(["refine", str(sk), str(sk), "--prompt", "x", "-o", str(tmp_path / "a.glb"), *FAST]) == 2
    assert "-o names the output of one sketch" in capsys.readouterr().err
    assert main(["refine", str(sk), "--prompt", "x", "-o", str(tmp_path / "a.fbx"), *FAST]) == 2
    assert main(["refine", str(sk), "--prompt", "x", "--max-faces", "5", *FAST[:-2]]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("sketch2real refine: error: max_faces")
    mesh_in = tmp_path / "in.obj"
    mesh_in.write_text("v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nf 1 3 2\nf 1 2 4\nf 1 4 3\nf 2 3 4\n")
    capsys.readouterr()
    assert main(["refine", str(mesh_in), "--prompt", "x", "--out-dir", str(tmp_path), *FAST]) == 1
    assert "would overwrite the input" in capsys.readouterr().out
    assert main(["refine", str(sk), "--prompt", "x", "--front", "0,1,0", *FAST]) == 2
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith(
        "sketch2real refine: error: front: must be a horizontal direction")
    out = tmp_path / "res" / "mine.ply"
    rep = tmp_path / "res" / "mine.json"
    assert main(["refine", str(sk), "--prompt", "a green chair", "-o", str(out), "--formats", "ply",
                 "--front", "1,0,0", "--report", str(rep), *FAST]) == 0
    assert out.exists() and not (tmp_path / "res" / "mine.glb").exists()
    assert json.loads(rep.read_text())["plan"]["views"]["front"] == [1.0, 0.0, 0.0]
    assert trimesh.load(out).visual.kind == "vertex"


def test_doctor_reports_what_runs(capsys):
    assert main(["doctor"]) == 0
    text = capsys.readouterr().out
    for word in ("CUDA:", "nvdiffrast:", "weights:", "disk:", "can run:"):
        assert word in text
    assert main(["doctor", "--json", "--model", "analytic-not-a-folder"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["can_run"]["refine_cpu_smoke"] is True
    assert data["model"]["found"] is False
