"""The targets and the markdown: what the check's results say, in one table and a few details.

Targets (issue 12; measured on a lent H200): ``standard`` end to end at most 60 s; first preview
at most 3 s after the job starts; the loop at most 1.2x the floor measured in the same run; a
bridge step within 5% of an SDS step; peak GPU memory at most 16 GiB (a 16 GB card); a fit at
resolution 128 at most 5 s. A dry run evaluates nothing: its numbers only show that the script
works.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Target:
    name: str
    goal: float
    unit: str
    value: float | None
    breakdown: str = ""

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "not measured"
        return "PASS" if self.value <= self.goal else "MISS"


def _get(d: Any, *keys, default=None):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return default
        d = d[k]
    return d


def _fmt(x: Any, digits: int = 2) -> str:
    if x is None:
        return "-"
    if isinstance(x, bool):
        return "yes" if x else "no"
    if isinstance(x, float):
        return f"{x:.{digits}f}"
    return str(x)


def _seconds_breakdown(part: dict) -> str:
    sec = part.get("seconds") or {}
    keys = [k for k in ("fit", *(part.get("stages") or {}), "export", "metrics") if k in sec]
    text = ", ".join(f"{k} {sec[k]:.1f}" for k in keys)
    exp = part.get("export_seconds") or {}
    if exp:
        text += " (export: " + ", ".join(f"{k} {v:.1f}" for k, v in exp.items()) + ")"
    return text


def targets(results: dict) -> list[Target]:
    """The issue's targets from the parts' data (None where a part did not measure it)."""
    parts = results.get("parts", {})
    std = _get(parts, "standard", "data", default={}) or {}
    guid = _get(parts, "guidance", "data", default={}) or {}
    fit = _get(parts, "fit", "data", default={}) or {}
    out = [Target("standard end to end (fit + refine + export), s", 60.0, "s",
                  _get(std, "seconds", "total"), _seconds_breakdown(std))]
    stdc = _get(parts, "standard_compiled", "data", default={}) or {}
    if _get(stdc, "seconds", "total") is not None:
        out.append(Target("standard end to end, UNet compiled, s", 60.0, "s",
                          _get(stdc, "seconds", "total"), _seconds_breakdown(stdc)))
    out.append(Target("first preview after the job starts, s", 3.0, "s",
                      std.get("time_to_first_preview_from_job_start_s"),
                      f"fit {_fmt(_get(std, 'seconds', 'fit'))} s, then "
                      f"{_fmt(std.get('time_to_first_preview_s'))} s into the loop"))
    floor_ms = _get(std, "floor", "step_ms")
    out.append(Target("loop step / floor step (same run)", 1.2, "x", std.get("loop_over_floor"),
                      f"step {_fmt(std.get('step_ms'), 1)} ms, floor {_fmt(floor_ms, 1)} ms "
                      f"(UNet {_fmt(_get(std, 'floor', 'unet_2b', 'median_ms'), 1)} ms + VAE "
                      f"fwd+bwd {_fmt(_get(std, 'floor', 'vae_fwd_bwd_b', 'median_ms'), 1)} ms)"))
    if stdc.get("loop_over_floor") is not None:
        out.append(Target("loop step / floor step, UNet compiled", 1.2, "x",
                          stdc.get("loop_over_floor"),
                          f"step {_fmt(stdc.get('step_ms'), 1)} ms, floor "
                          f"{_fmt(_get(stdc, 'floor', 'step_ms'), 1)} ms"))
    sds, bridge = _get(guid, "steps", "sds", "median_ms"), _get(guid, "steps", "bridge", "median_ms")
    in_loop = std.get("stage_step_ms") or {}
    loop_ratio = (in_loop["bridge"] / in_loop["sds"]) if {"sds", "bridge"} <= set(in_loop) else None
    out.append(Target("bridge step / SDS step", 1.05, "x",
                      bridge / sds if sds and bridge else None,
                      f"SDS {_fmt(sds, 1)} ms, bridge {_fmt(bridge, 1)} ms; in the standard loop "
                      f"{_fmt(loop_ratio, 3)}x"))
    out.append(Target("peak GPU memory, standard (reserved), GiB", 16.0, "GiB",
                      std.get("peak_gpu_memory_reserved_gib"),
                      f"allocated {_fmt(std.get('peak_gpu_memory_allocated_gib'))} GiB"))
    fit128 = next((r for r in fit.get("fits", []) if r.get("resolution") == 128), None)
    out.append(Target("fit at resolution 128, s", 5.0, "s",
                      fit128.get("fit_s") if fit128 else None,
                      ", ".join(f"{k} {v:.2f}" for k, v in (fit128 or {}).get("seconds", {}).items())))
    return out


def _targets_table(results: dict) -> list[str]:
    dry = results.get("dry_run")
    lines = ["| target | goal | measured | result | breakdown |", "| --- | --- | --- | --- | --- |"]
    for t in targets(results):
        verdict = "n/a (dry run)" if dry and t.value is not None else t.verdict
        lines.append(f"| {t.name} | <= {t.goal:g} | {_fmt(t.value)} | {verdict} | {t.breakdown} |")
    return lines


def _parts_table(results: dict) -> list[str]:
    lines = ["| part | status | seconds | note |", "| --- | --- | --- | --- |"]
    for name, p in results.get("parts", {}).items():
        note = p.get("reason") or p.get("error") or ""
        lines.append(f"| {name} | {p.get('status')} | {_fmt(p.get('seconds'), 1)} | "
                     f"{str(note).replace('|', '/')[:160]} |")
    return lines


def short_table(results: dict) -> str:
    """What is printed last: the targets and the parts."""
    head = (f"GPU check ({'DRY RUN, CPU toy sizes: numbers mean nothing' if results.get('dry_run') else 'real run'}), "
            f"{results.get('machine', '')}, commit {results.get('commit') or '?'}, "
            f"{_fmt(results.get('elapsed_s'), 0)} s of {_fmt(results.get('budget_s'), 0)} s")
    return "\n".join([head, "", *_targets_table(results), "", *_parts_table(results)])


def _kv_table(d: dict, keys: list[str]) -> list[str]:
    rows = [f"| {k} | {_fmt(d.get(k))} |" for k in keys if k in d]
    return ["| | |", "| --- | --- |", *rows] if rows else []


def markdown(results: dict) -> str:
    """The whole report: header, targets, parts, then each part's details."""
    parts = results.get("parts", {})
    out = [f"# GPU check {results.get('started', '')}", "",
           f"- mode: {'dry run (CPU, toy sizes; the numbers only show that the script works)' if results.get('dry_run') else 'real'}",
           f"- machine: {results.get('machine', '')}",
           f"- commit: {results.get('commit') or '?'}",
           f"- elapsed: {_fmt(results.get('elapsed_s'), 0)} s of a {_fmt(results.get('budget_s'), 0)} s budget",
           "", "## Targets", "", *_targets_table(results), "", "## Parts", "",
           *_parts_table(results)]
    env = _get(parts, "env", "data", default={}) or {}
    if env:
        out += ["", "## Environment", "", *_kv_table(env, [
            "device_name", "capability", "memory_gib", "nvidia_smi", "python", "torch",
            "cuda_build", "cudnn", "cpus", "matmul_tflops", "copy_tb_per_s", "blocked_imports"])]
        pk = env.get("packages") or {}
        out.append("")
        out.append("packages: " + ", ".join(f"{k} {v or '-'}" for k, v in pk.items()))
    nv = _get(parts, "nvdiffrast", "data", default={}) or {}
    if nv:
        out += ["", "## Rasterizer", "", *_kv_table(nv, [
            "installed", "loaded", "build_and_load_s", "error", "automatic_choice",
            "simulated_cuda_choice", "raster_problem"])]
        for name in ("nvdiffrast", "torch"):
            r = nv.get(f"raster_{name}")
            if isinstance(r, dict):
                out.append(f"- {name}: " + (f"{r['median_ms']:.2f} ms (median of {r['n']})"
                                            if "median_ms" in r else r.get("error", "")))
    py = _get(parts, "pytest_gpu", "data", default={}) or {}
    if py:
        out += ["", "## pytest -m gpu", "",
                f"{py.get('passed', 0)} passed, {py.get('failed', 0)} failed, "
                f"{py.get('errors', 0)} errors, {py.get('skipped', 0)} skipped", ""]
        for case in py.get("cases", []):
            out.append(f"- {case['name']}: {case['outcome']} ({case['seconds']:.1f} s)"
                       + (f" -- {case['message']}" if case.get("message") else ""))
    fit = _get(parts, "fit", "data", default={}) or {}
    if fit.get("fits"):
        out += ["", "## Fit", "", f"sketch: {fit.get('sketch')}", "",
                "| resolution | fit s | seconds per stage | faces | held-out IoU | distance mean |",
                "| --- | --- | --- | --- | --- | --- |"]
        for r in fit["fits"]:
            stages = ", ".join(f"{k} {v:.2f}" for k, v in (r.get("seconds") or {}).items())
            out.append(f"| {r['resolution']} | {_fmt(r.get('fit_s'))} | {stages} | {r.get('faces')} | "
                       f"{_fmt(r.get('heldout_iou'), 3)} | {_fmt(r.get('distance_mean'), 4)} |")
    for key, title in (("guidance", "Guidance steps (eager)"), ("compiled", "Guidance steps, UNet compiled")):
        g = _get(parts, key, "data", default={}) or {}
        if not g:
            continue
        out += ["", f"## {title}", ""]
        if key == "guidance":
            out.append(f"prior {g.get('prior')} ({g.get('dtype')}, UNet channels-last "
                       f"{_fmt(g.get('unet_channels_last'))}), batch {g.get('batch')} views of "
                       f"{g.get('render_size')} px -> {g.get('model_size')} px; built in "
                       f"{_fmt(g.get('prior_build_s'), 1)} s")
        else:
            out.append(f"compile: {_fmt(g.get('compile_s'), 1)} s (backend "
                       f"{g.get('compile_backend')}, UNet batch {g.get('compile_batches')})")
        fl = g.get("floor") or {}
        if fl:
            out.append(f"floor: UNet (2B) {_fmt(_get(fl, 'unet_2b', 'median_ms'), 1)} ms, VAE "
                       f"encoder fwd+bwd (B) {_fmt(_get(fl, 'vae_fwd_bwd_b', 'median_ms'), 1)} ms, "
                       f"one step {_fmt(fl.get('step_ms'), 1)} ms")
        steps = g.get("steps") or {}
        if steps:
            out += ["", "| method | step ms (median) | min | encode ms | UNet ms |",
                    "| --- | --- | --- | --- | --- |"]
            for m, r in steps.items():
                out.append(f"| {m} | {_fmt(r.get('median_ms'), 1)} | {_fmt(r.get('min_ms'), 1)} | "
                           f"{_fmt(r.get('encode_ms'), 1)} | {_fmt(r.get('unet_ms'), 1)} |")
        if g.get("variants"):
            out += ["", "| dtype | channels-last | UNet (2B) ms | VAE fwd+bwd (B) ms |",
                    "| --- | --- | --- | --- |"]
            for r in g["variants"]:
                out.append(f"| {r['dtype']} | {_fmt(r['channels_last'])} | {_fmt(r['unet_2b_ms'], 1)} | "
                           f"{_fmt(r['vae_fwd_bwd_b_ms'], 1)} |")
    for key, title in (("standard", "standard end to end"), ("standard_compiled", "standard end to end, UNet compiled"),
                       ("fallback", "Fallback: PyTorch rasterizer on the device")):
        s = _get(parts, key, "data", default={}) or {}
        if not s:
            continue
        out += ["", f"## {title}", "", *_kv_table(s, [
            "sketch", "preset", "steps", "views_per_step", "render_size", "model_size", "compiled",
            "compile_s", "rasterizer", "fallbacks", "steps_per_second", "step_ms",
            "loop_over_floor", "time_to_first_preview_from_job_start_s",
            "time_to_first_preview_s", "peak_gpu_memory_reserved_gib",
            "peak_gpu_memory_allocated_gib", "peak_rss_gib", "faces", "skipped_steps"])]
        if s.get("seconds"):
            out += ["", "seconds: " + _seconds_breakdown(s)]
        if s.get("stage_step_ms"):
            out.append("ms per step by stage: " + ", ".join(
                f"{k} {v:.1f}" for k, v in s["stage_step_ms"].items()))
    return "\n".join(out) + "\n"
