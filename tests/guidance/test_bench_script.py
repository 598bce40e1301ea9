"""The benchmark script runs (on a CPU it uses the tiny config and says so) and writes JSON."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_guidance.py"


def test_bench_guidance_cpu_smoke(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("bench_guidance", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    out = tmp_path / "bench.json"
    assert bench.main(["--out", str(out), "--device", "cpu", "--methods", "sds", "bridge", "vsd",
                       "--batches", "1", "--steps", "1", "--warmup", "0"]) == 0
    report = json.loads(out.read_text())
    assert "NOT representative" in report["config"] and "tiny config" in capsys.readouterr().out
    rows = {r["method"]: r for r in report["results"]}
    assert set(rows) == {"sds", "bridge", "vsd"} and rows["bridge"]["stage"] == 2.0
    for row in rows.values():
        assert row["total_ms"] > 0 and row["unet_ms"] > 0 and row["encode_ms"] > 0
    assert set(report["summary"]) == {"bridge_over_sds_b1", "vsd_over_sds_b1"}
    # the SD 2.1-base configs are written in the script (no download): spot-check them
    assert bench.SD21_BASE_UNET["block_out_channels"] == (320, 640, 1280, 1280)
    assert bench.SD21_BASE_UNET["cross_attention_dim"] == 1024
    assert bench.SD21_BASE_VAE["block_out_channels"] == (128, 256, 512, 512)
