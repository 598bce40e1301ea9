"""The GPU check's machinery on the CPU: budget and skipping, results written as parts end,
targets, the pytest summary, and one real part through the orchestrator. The whole dry run is
``bash scripts/gpu_check.sh --dry-run`` (``.ci/run`` runs it)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.gpu_check import run, schedule, table  # noqa: E402
from benchmarks.gpu_check.record import Recorder, read_json  # noqa: E402


def test_parts_are_ordered_and_fit_the_budget():
    names = [p.name for p in schedule.PARTS]
    assert names[:3] == ["env", "nvdiffrast", "pytest_gpu"]
    assert names[-3:] == ["compiled", "fallback", "standard_compiled"]
    # the parts that matter most start whatever the others take
    assert sum(p.min_s for p in schedule.PARTS[:6]) < schedule.REAL_BUDGET_S
    from benchmarks.gpu_check.parts import PARTS as FUNCS

    assert set(FUNCS) == set(names) - {"pytest_gpu"}


def test_no_budget_skips_every_part_and_still_writes(tmp_path, capsys):
    code = run.main(["--dry-run", "--out", str(tmp_path), "--budget", "0",
                     "--work", str(tmp_path / "work")])
    assert code == 0
    data = json.loads((tmp_path / "gpu_check.json").read_text())
    assert data["dry_run"] is True
    assert {p["status"] for p in data["parts"].values()} == {"skipped"}
    assert "budget" in data["parts"]["env"]["reason"]
    md = (tmp_path / "gpu_check.md").read_text()
    assert "## Targets" in md and "| env | skipped |" in md
    assert "| env | skipped |" in capsys.readouterr().out          # the short table, last


def test_unknown_part_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="nope"):
        run.main(["--dry-run", "--out", str(tmp_path), "--only", "nope"])


def test_one_part_runs_in_its_own_process(tmp_path):
    code = run.main(["--dry-run", "--out", str(tmp_path), "--only", "env",
                     "--work", str(tmp_path / "work")])
    data = json.loads((tmp_path / "gpu_check.json").read_text())
    env = data["parts"]["env"]
    assert code == 0, env
    assert env["status"] == "ok" and env["data"]["device_name"] == "cpu (dry run)"
    assert env["data"]["matmul_tflops"] > 0 and "torch" in data["machine"]
    assert (tmp_path / "gpu_check.log").read_text().count("=====") == 1


def test_a_failing_part_is_recorded(tmp_path, monkeypatch):
    monkeypatch.setattr(schedule, "PARTS", (schedule.Part("env", 0, 60, "env"),))
    monkeypatch.setattr(run, "PARTS", schedule.PARTS)
    monkeypatch.setattr(run, "_run_child", lambda cmd, timeout, log, env: (None, timeout))
    code = run.main(["--dry-run", "--out", str(tmp_path), "--work", str(tmp_path / "w")])
    data = json.loads((tmp_path / "gpu_check.json").read_text())
    assert code == 1 and data["parts"]["env"]["status"] == "timeout"


def test_recorder_writes_as_it_goes(tmp_path):
    rec = Recorder(tmp_path / "p.json")
    rec.put("a", 1.5)
    assert read_json(tmp_path / "p.json") == {"a": 1.5}
    rec.update({"b": float("nan"), "c": (1, 2)})
    assert read_json(tmp_path / "p.json") == {"a": 1.5, "b": None, "c": [1, 2]}
    assert read_json(tmp_path / "missing.json") == {}


def test_targets_from_results():
    results = {"dry_run": False, "parts": {
        "standard": {"status": "ok", "data": {
            "seconds": {"fit": 2.0, "sds": 30.0, "bridge": 8.0, "export": 9.0, "total": 50.0},
            "stages": {"sds": 640, "bridge": 160}, "time_to_first_preview_from_job_start_s": 2.5,
            "time_to_first_preview_s": 0.4, "step_ms": 47.5, "loop_over_floor": 1.25,
            "floor": {"step_ms": 38.0}, "stage_step_ms": {"sds": 46.9, "bridge": 50.0},
            "peak_gpu_memory_reserved_gib": 9.0, "export_seconds": {"uv_unwrap": 6.0}}},
        "guidance": {"status": "ok", "data": {"steps": {"sds": {"median_ms": 40.0},
                                                        "bridge": {"median_ms": 41.0}}}},
        "fit": {"status": "ok", "data": {"fits": [{"resolution": 128, "fit_s": 6.0,
                                                   "seconds": {"optimise": 5.0}}]}}}}
    got = {t.name.split(",")[0]: t for t in table.targets(results)}
    assert got["standard end to end (fit + refine + export)"].verdict == "PASS"
    assert "uv_unwrap 6.0" in got["standard end to end (fit + refine + export)"].breakdown
    assert got["first preview after the job starts"].verdict == "PASS"
    assert got["loop step / floor step (same run)"].verdict == "MISS"
    assert got["bridge step / SDS step"].value == pytest.approx(1.025)
    assert got["peak GPU memory"].verdict == "PASS"
    assert got["fit at resolution 128"].verdict == "MISS"
    md = table.markdown(results)
    assert "| fit at resolution 128, s | <= 5 | 6.00 | MISS |" in md
    empty = table.targets({"parts": {}})
    assert {t.verdict for t in empty} == {"not measured"}


def test_junit_summary(tmp_path):
    xml = tmp_path / "r.xml"
    xml.write_text("""<?xml version="1.0"?><testsuites><testsuite>
      <testcase classname="tests.a" name="t1" time="1.5"/>
      <testcase classname="tests.a" name="t2" time="0.1"><failure message="boom&#10;more"/></testcase>
      <testcase classname="tests.b" name="t3" time="0"><skipped message="needs a CUDA GPU"/></testcase>
    </testsuite></testsuites>""")
    got = run.read_junit(xml)
    assert (got["passed"], got["failed"], got["skipped"], got["errors"]) == (1, 1, 1, 0)
    assert got["cases"][1] == {"name": "tests.a.t2", "outcome": "failed", "seconds": 0.1,
                               "message": "boom"}
    assert run.read_junit(tmp_path / "none.xml")["passed"] == 0


def test_gpu_tests_and_sketches_are_found(monkeypatch, tmp_path):
    files = run.gpu_test_files()
    assert "tests/geometry/test_raster_gpu.py" in files
    assert "tests/pipeline/test_refine_gpu.py" in files
    (tmp_path / "cassie").mkdir()
    (tmp_path / "cassie" / "chair.curves").write_text("")
    monkeypatch.setenv("SKETCH2REAL_SKETCHES", str(tmp_path))
    assert run.find_sketches_dir() == tmp_path.resolve()
